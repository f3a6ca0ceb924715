"""FILE → Document: one reader per file format, nothing about budgets."""

from pipelines.documents.model import Document, Paragraph, Table
from pipelines.documents.read import read_document

__all__ = ["Document", "Paragraph", "Table", "read_document"]
