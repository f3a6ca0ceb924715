"""Data-quality rules: one registry, run after each load, findings per document and rule."""
