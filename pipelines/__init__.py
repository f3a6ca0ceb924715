"""Warehouse of Chinese public-finance performance self-evaluation reports."""
