from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = Path(__file__).resolve().parent / "gold"


def gold_stems() -> list[str]:
    return sorted(p.stem for p in GOLD_DIR.glob("*.json"))


def seed_path(stem: str) -> Path:
    found = list((ROOT / "raw").rglob(f"{stem}.*"))
    assert found, f"seed {stem} is not under raw/"
    return found[0]


def load_gold(stem: str) -> dict:
    return json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Every seed rendered as PDF, DOCX, XLSX and HTML, once per test session."""
    from tests.fixtures.render import render_all

    out = tmp_path_factory.mktemp("rendered")
    return {stem: render_all(seed_path(stem), out) for stem in gold_stems()}
