"""The corpus generator's --units mode: N distinct units the extractor reads back, reproducibly.

Dashboards are benchmarked on warehouses built from it, so a unit count that silently shrinks (two
documents resolving to one unit) or degenerate figures (every rate 100 %) would make the benchmark lie.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

import pytest

from pipelines.documents import Paragraph, read_document
from pipelines.recognize.extract import extract
from scripts import generate_corpus
from scripts.generate_corpus import UNIT_YEARS, generate

Corpus = tuple[Path, dict[Path, dict[str, Any]]]


def content(path: Path) -> list[object]:
    """What a document says, without the binary formats' timestamps."""
    return [b.text if isinstance(b, Paragraph) else b.rows for b in read_document(path).blocks]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Ten units, fourteen documents, each read back by the extractor once."""
    out = tmp_path_factory.mktemp("units")
    return out, {path: extract(read_document(path)).to_json() for path in generate(out, 14, seed=11, units=10)}


def test_units_are_distinct_and_read_back(corpus: Corpus) -> None:
    out, facts = corpus
    assert len(facts) == 14
    assert len({p.parent.parent for p in facts}) == 10
    years: dict[tuple[str, str], set[int]] = {}
    for path, f in facts.items():
        province, unit, year = path.relative_to(out).parts[:3]
        assert (f["unit"]["name"], f["unit"]["province"], str(f["fiscal_year"])) == (unit, province, year), path
        years.setdefault((f["unit"]["adcode"], f["unit"]["name"]), set()).add(f["fiscal_year"])
    assert len(years) == 10  # what dim_unit keys on: adcode and name
    assert all(1 <= len(y) <= 2 and y <= set(UNIT_YEARS) for y in years.values())


def test_figures_are_varied(corpus: Corpus) -> None:
    rates, scores = [], []
    for f in corpus[1].values():
        for project in f["projects"]:
            funds = project.get("funds") or {}
            total = funds.get("total") or {}
            row = total if total.get("executed") else funds.get("current_appropriation") or {}
            base = row.get("adjusted_budget") or row.get("initial_budget")
            if row.get("executed") and base:
                rates.append(row["executed"] / base * 100)
            if project.get("total_score") is not None:
                scores.append(project["total_score"])
        scores += [s["score"] for s in f["summary_rows"] if s.get("score") is not None]
    assert len(rates) >= 10 and 85 <= statistics.median(rates) <= 105, rates
    assert max(rates) - min(rates) >= 10, rates
    assert min(scores) < 90 < max(scores), scores


def test_same_seed_same_corpus(tmp_path: Path) -> None:
    first = generate(tmp_path / "a", seed=5, units=4)
    again = generate(tmp_path / "b", seed=5, units=4, jobs=2)  # processes do not change what is written
    assert [p.relative_to(tmp_path / "a") for p in first] == [p.relative_to(tmp_path / "b") for p in again]
    for one, two in zip(first, again, strict=True):
        assert content(one) == content(two), one
    other = generate(tmp_path / "c", seed=6, units=4)
    assert {p.parent.parent.name for p in other} != {p.parent.parent.name for p in first}


def test_kinds_of_unit_past_the_counties(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    two = generate_corpus.unique_counties()[:2]
    monkeypatch.setattr(generate_corpus, "unique_counties", lambda: list(two))
    made = generate(tmp_path, seed=3, units=5)
    units = {p.parent.parent.name for p in made}
    assert len(units) == 5
    assert {u.removeprefix(two[0].county).removeprefix(two[1].county) for u in units} == {"总工会", "财政局", "教育局"}
    renamed = next(p for p in made if p.suffix in (".txt", ".html") and "总工会" not in p.parent.parent.name)
    assert extract(read_document(renamed)).unit.name == renamed.parent.parent.name


def test_counts_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="between"):
        generate(tmp_path, 25, units=10)


def test_default_mode_is_unchanged(tmp_path: Path) -> None:
    made = generate(tmp_path, 5, seed=7)
    assert len(made) == 5 and all(p.parent.parent == tmp_path for p in made)
