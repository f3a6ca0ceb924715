"""Run every recognizer over one Document and merge their facts into the contract's object."""

from __future__ import annotations

from pathlib import Path

from pipelines.documents.model import Document, Paragraph, Table
from pipelines.recognize.facts import Facts, Unit
from pipelines.recognize.grid import TableRef
from pipelines.recognize.project_table import read_projects
from pipelines.recognize.unit import find_fiscal_year, find_unit_name, region_of

PARSER_VERSION = "1"


def extract(document: Document) -> Facts:
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    cells = [c for b in document.blocks if isinstance(b, Table) for row in b.rows for c in row if c.strip()]
    full_text = document.text()
    unit_name = find_unit_name(paragraphs, cells)
    unit = region_of(unit_name, full_text) if unit_name else Unit()
    facts = Facts(
        source={"file": Path(document.path).name, "sha256": document.sha256, "format": document.format,
                "parser_version": PARSER_VERSION},
        unit=unit,
        fiscal_year=find_fiscal_year(paragraphs, cells),
    )
    refs = [TableRef(b, i) for i, b in enumerate(document.blocks) if isinstance(b, Table)]
    for ref in refs:
        facts.projects.extend(read_projects(ref))
    return facts
