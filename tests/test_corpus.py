"""The labelled corpus (tests/corpus): real documents the extractor was not written for, against their gold.

The seeds say the extractor reads the layouts it was built on; these say whether it reads others. Each
document is scored as ``../shared/corpus/score_corpus.py`` scores it (a ``"partial": true`` gold scores
only its labelled facts; a failed extraction scores 0), each must reach F1 0.85 and the corpus a mean of
0.95. Every document is read and extracted once per session (tests/conftest.py caches it).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from pipelines.documents.legacy import soffice
from tests.conftest import CORPUS_DIR, LEGACY_SUFFIXES, corpus_extraction, corpus_files, corpus_gold
from tests.gold_compare import Comparison, compare

DOCUMENT_F1 = 0.85
MEAN_F1 = 0.95
NO_LIBREOFFICE = "LibreOffice (soffice) is not installed: legacy .doc/.xls cannot be converted (`make setup`)"

LABELLED = [p for p in corpus_files() if corpus_gold(p) is not None]
UNLABELLED = [p for p in corpus_files() if corpus_gold(p) is None]
MONEY_FUNDS = ("initial_budget", "adjusted_budget", "executed")
MONEY_DEPARTMENT = ("basic_expenditure", "project_expenditure", "personnel_expenditure", "public_expenditure")


def _needs_libreoffice(path: Path) -> bool:
    return path.suffix.lower() in LEGACY_SUFFIXES and soffice() is None


def _params(paths: list[Path]) -> list[Any]:
    """One case per document, id = its stem; legacy formats skip where LibreOffice is missing."""
    return [pytest.param(p, id=p.stem, marks=pytest.mark.skipif(_needs_libreoffice(p), reason=NO_LIBREOFFICE))
            for p in paths]


def _score(path: Path) -> tuple[Comparison | None, str | None]:
    """The comparison of a document's facts with its gold, or the error its extraction raised."""
    extraction = corpus_extraction(path.name)
    if extraction.facts is None:
        return None, extraction.error
    gold = corpus_gold(path)
    assert gold is not None
    return compare(gold, extraction.facts, like_scorer=True), None


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[Comparison | None, str | None]]:
    """Every labelled document that can be read here, scored once for the module."""
    return {p.stem: _score(p) for p in LABELLED if not _needs_libreoffice(p)}


def test_corpus_is_complete() -> None:
    """A gold without its document (or a renamed file) would silently shrink the corpus."""
    golds = {p.stem for p in (CORPUS_DIR / "gold").glob("*.json")}
    assert golds == {p.stem for p in LABELLED}
    assert UNLABELLED, "the two documents without gold (planted errors, blank template) are missing"


@pytest.mark.parametrize("path", _params(LABELLED))
def test_document_matches_gold(scores: dict[str, tuple[Comparison | None, str | None]], path: Path) -> None:
    result, error = scores[path.stem]
    assert result is not None, f"{path.name}: extraction failed: {error}"
    misses = "\n".join(result.misses[:40])
    assert result.f1 >= DOCUMENT_F1, (
        f"{path.name}: F1 {result.f1:.3f} < {DOCUMENT_F1} ({result.correct} correct, {result.extracted} extracted, "
        f"{result.expected} in gold); misses:\n{misses}")


def test_corpus_mean_f1(scores: dict[str, tuple[Comparison | None, str | None]]) -> None:
    """The mean over documents, a failed extraction counting 0 (as score_corpus.py counts it)."""
    f1 = {stem: (result.f1 if result is not None else 0.0) for stem, (result, _) in scores.items()}
    mean = sum(f1.values()) / len(f1)
    table = "\n".join(f"  {stem:44} {value:.3f}" for stem, value in sorted(f1.items(), key=lambda kv: kv[1]))
    assert mean >= MEAN_F1, f"corpus mean F1 {mean:.3f} < {MEAN_F1} over {len(f1)} documents:\n{table}"


def money_figures(facts: dict) -> list[str]:
    """Where the facts hold an amount of money: fund rows, department figures, summary amounts, spending."""
    found: list[str] = []
    for i, project in enumerate(facts.get("projects") or []):
        for row, funds in (project.get("funds") or {}).items():
            found += [f"projects[{i}].funds.{row}.{k}" for k in MONEY_FUNDS if (funds or {}).get(k) is not None]
    department = facts.get("department") or {}
    found += [f"department.funds.{k}" for k in MONEY_FUNDS if (department.get("funds") or {}).get(k) is not None]
    found += [f"department.{k}" for k in MONEY_DEPARTMENT if department.get(k) is not None]
    found += [f"summary_rows[{i}].amount" for i, row in enumerate(facts.get("summary_rows") or [])
              if row.get("amount") is not None]
    found += [f"spending{[s.get('classification'), s.get('path'), s.get('phase')]} = {s.get('amount')}"
              for s in facts.get("spending") or [] if s.get("amount") is not None]
    return found


@pytest.mark.parametrize("path", _params(UNLABELLED))
def test_unlabelled_document_is_extracted(path: Path) -> None:
    """The real report with planted errors and the blank template must still come out as facts."""
    extraction = corpus_extraction(path.name)
    assert extraction.facts is not None, f"{path.name}: extraction failed: {extraction.error}"
    assert extraction.facts.get("contract") == "self-eval-facts/1"
    assert (extraction.facts.get("source") or {}).get("file") == path.name


def test_blank_template_has_no_money() -> None:
    """The blank 部门决算 template prints table heads and an outline but no figure: any amount is invented."""
    path = next(p for p in UNLABELLED if p.stem == "template_juesuan_tables")
    extraction = corpus_extraction(path.name)
    assert extraction.facts is not None, f"{path.name}: extraction failed: {extraction.error}"
    figures = money_figures(extraction.facts)
    assert not figures, f"{len(figures)} money figures from a blank template:\n" + "\n".join(figures[:30])


def test_money_figures_finds_amounts() -> None:
    """The blank-template test is only as good as this helper: it must see money in a labelled gold."""
    gold = corpus_gold(next(p for p in LABELLED if p.stem.startswith("A01")))
    assert gold is not None
    assert any(".funds.total." in f for f in money_figures(gold))
    assert money_figures({"spending": [{"classification": "income", "path": ["x"], "amount": 0.0}]})


@pytest.mark.parametrize("path", [pytest.param(p, id=p.stem) for p in LABELLED])
def test_gold_scores_itself_perfectly(path: Path) -> None:
    """Each gold self-scores 1.0 with the shared scorer; the project's comparison must agree."""
    gold = corpus_gold(path)
    assert gold is not None
    result = compare(gold, gold, like_scorer=True)
    assert result.f1 == 1.0, "\n".join(result.misses[:10])


def test_partial_gold_scores_only_its_labelled_facts() -> None:
    """A ``"partial": true`` gold: extra facts are not counted, a missed labelled fact still is."""
    path = next(p for p in LABELLED if (corpus_gold(p) or {}).get("partial"))
    gold = corpus_gold(path)
    assert gold is not None
    extra = copy.deepcopy(gold)
    extra["spending"].append({"classification": "functional", "path": ["未标注的支出"], "phase": "final",
                              "year": gold["fiscal_year"], "amount": 1.23})
    extra["summary_rows"].append({"project": "未标注的项目", "amount": 4.56, "score": None, "grade": None})
    assert compare(gold, extra, like_scorer=True).f1 == 1.0
    assert compare({**gold, "partial": False}, extra, like_scorer=True).f1 < 1.0
    missing = copy.deepcopy(gold)
    missing["spending"].pop(0)
    assert compare(gold, missing, like_scorer=True).f1 < 1.0
