"""Facts → DuckDB fact tables: one transaction per document, and a published read-only copy."""
