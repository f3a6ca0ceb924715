"""Metamorphic tests: the same tables printed in another form must give the same facts.

Every perturbation of tests/perturb.py is applied to every labelled table (a table holding values of its
document's gold) of these documents, chosen because their unperturbed extraction already matches their
gold (``test_unperturbed_document_matches_gold`` keeps that premise checked):

* the seeds in raw/ that have labelled tables: 000 (result list + seven project tables), 001 (基础数据表,
  部门整体 table, three project tables), 002 (自评结果 list), 003 (one project table). Seed 004 has
  only prose and no labelled table, so no table perturbation applies to it;
* corpus documents of kinds A and B whose tables are self-evaluation tables: A01 A02 A04 A05 A07 A08
  A09 (项目支出绩效自评表), B01 (基础数据表 + 部门整体 table), B02 B11 (部门整体 tables), B03 (评分表).
  The legacy copies A11/B10 (same tables, read through LibreOffice) and the narrative B05/B06/B08/B09
  are left out.

The facts of the perturbed document are compared with those of the unperturbed one, ignoring
``provenance``, ``warnings`` and ``source``, with numbers equal to 6 decimals, texts equal once
whitespace is dropped, and spending / summary rows as unordered sets. The one perturbation that changes a
printed value is a code before a name: names are facts as printed (the gold keeps A02's
``[155]濉溪县民政局`` and A07's coded project name), so there the expected facts carry the code on
``name`` / ``supervising_dept`` / ``implementing_unit`` / ``summary_rows.project`` while ``unit.name`` must
stay without it.

Cases are (perturbation, document), the perturbation applied to every labelled table of the document:
label_merged_across(_all) (the leftmost label column merged over two columns, other rows blank / copied),
row_label_merged_across (the row labels of a block), code_prefix_unit / code_prefix_project (``[155]``,
``219001-``), blank_column (between two value columns), remark_column (``备注``), numbering_column
(``序号`` numbering the data rows), swapped_columns, split_header (``资金情况`` / ``评分情况`` over a run of
money / score columns), money_in_yuan, cut_row (the longest text cut by a page break), spacer_row /
spacer_under_header, unit_in_sheet_name. A perturbation that has nothing to change in a document is
skipped with the reason (``NotApplicable``), never passed. These tests are the target the extractor must
meet: failures are not marked xfail.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from pipelines.documents import Document, Paragraph, Table, read_document
from pipelines.recognize.extract import extract
from tests import perturb
from tests.conftest import CORPUS_DIR, corpus_document, corpus_gold, load_gold, seed_path
from tests.gold_compare import compare
from tests.perturb import NotApplicable

SEEDS = ["000_9f8c146217eb217a", "001_4163b9005dfad92f", "002_0c97949f140b58ff", "003_e1e9dc7755af7730"]
CORPUS = ["A01_yongde_mlzx_2022_yingyang.xlsx", "A02_suixi_mzj_2019_linshijiuzhu.html",
          "A04_huangshi_tsg_2022_gongxiang.pdf", "A05_shangrao_sfj_2021_sifayewu.xlsx",
          "A07_daying_sfj_2023_anke.html", "A08_zhongjiang_slj_2022_shuibiaochi.pdf",
          "A09_hengshan_swlsj_2020_chubeiliang.docx", "B01_hengshan_gtx_2023_jichu.xlsx",
          "B02_jinzhai_cgml_2023_zhengti.html", "B03_shouxian_bm_2023_pingfen.pdf",
          "B11_suiyang_tbz_2021_zhengti.xlsx"]
DOCUMENTS = SEEDS + [name.rsplit(".", 1)[0] for name in CORPUS]
BASELINE_F1 = 0.9
UNIT_CODE, PROJECT_CODE = "[155]", "219001-"
IGNORED = {"provenance", "warnings", "source"}
UNORDERED = {"spending", "summary_rows"}

Facts = dict[str, Any]
Expect = Callable[[Facts], Facts]


# ---------------------------------------------------------------------------------------------------------
# The documents, their gold and their unperturbed facts (each read and extracted once per session)


@functools.cache
def _load(doc: str) -> tuple[Document, dict]:
    if doc in SEEDS:
        return read_document(seed_path(doc)), load_gold(doc)
    name = next(n for n in CORPUS if n.startswith(doc))
    gold = corpus_gold(CORPUS_DIR / "docs" / name)
    assert gold is not None
    return corpus_document(name), gold


@functools.cache
def _baseline(doc: str) -> str:
    """The unperturbed facts as JSON text (a string, so no test can change the cached value)."""
    return json.dumps(extract(_load(doc)[0]).to_json(), ensure_ascii=False)


def _norm(text: Any) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", str(text))).lower()


def _gold_values(gold: dict) -> tuple[set[str], set[float]]:
    """The texts (names, targets, goals, paths) and figures the gold labels, to find the tables it covers."""
    texts: set[str] = set()
    numbers: set[float] = set()

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k not in ("unit", "source", "fiscal_year", "year", "contract"):
                    walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, bool) or value is None:
            return
        elif isinstance(value, int | float):
            numbers.add(round(float(value), 4))
        elif isinstance(value, str) and key not in ("classification", "phase") and len(_norm(value)) >= 2:
            texts.add(_norm(re.sub(r"^指标\s*\d+\s*[:：]", "", value)))

    walk(gold)
    return texts, numbers


def labelled_tables(document: Document, gold: dict) -> list[int]:
    """Block indices of the tables that hold at least two distinct values the gold labels."""
    texts, numbers = _gold_values(gold)
    out = []
    for i, block in enumerate(document.blocks):
        if not isinstance(block, Table):
            continue
        found: set[str] = set()
        for row in block.rows:
            for cell in row:
                key = _norm(re.sub(r"^指标\s*\d+\s*[:：]", "", cell))
                if key in texts:
                    found.add(key)
                elif perturb.is_number(cell) and round(float(perturb.compact(cell).replace(",", "")), 4) in numbers:
                    found.add(f"#{perturb.compact(cell)}")
        if len(found) >= 2:
            out.append(i)
    return out


# ---------------------------------------------------------------------------------------------------------
# Perturbations applied to every labelled table of a document, with their parameters chosen in general


def _each_table(document: Document, tables: list[int], apply: Callable[[Document, int, Table], Document]) -> Document:
    """``apply`` to every labelled table in turn; NotApplicable only when it applies to none."""
    out, reasons = document, []
    for i in tables:
        table = out.blocks[i]
        assert isinstance(table, Table)
        try:
            out = apply(out, i, table)
        except NotApplicable as exc:
            reasons.append(f"table {i}: {exc}")
    if out is document:
        raise NotApplicable("; ".join(reasons) or "no labelled table")
    return out


def _label_merged(others: str) -> Callable[[Document, dict, list[int]], tuple[Document, Expect | None]]:
    def recipe(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
        return _each_table(document, tables, lambda d, i, t: perturb.label_merged_across(
            d, i, perturb.label_column(t), others)), None
    return recipe


def row_label_merged_across(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    """The row labels of a table's first block (``年度资金总额``) merged over two columns, so that its
    figures stand one grid column further right than in the rows above and below."""
    def apply(d: Document, i: int, t: Table) -> Document:
        for b in perturb.value_blocks(t):
            col = next((c for c in range(min(b.heads)) for r in b.data
                        if perturb.is_row_label(t, r, c)), None)
            if col is not None:
                return perturb.label_merged_across(d, i, col)
        raise NotApplicable("no row labels left of a block's figures")
    return _each_table(document, tables, apply), None


def _renamed(names: dict[str, str], fields: tuple[str, ...]) -> Expect:
    """The expected facts when names are printed with a code: the named fields as printed."""
    def expect(facts: Facts) -> Facts:
        for project in facts.get("projects") or []:
            for key in fields:
                if key in project and project[key] in names:
                    project[key] = names[project[key]]
        for row in facts.get("summary_rows") or []:
            if "name" in fields and row.get("project") in names:
                row["project"] = names[row["project"]]
        return facts
    return expect


def code_prefix_unit(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    name = gold["unit"].get("name")
    if not name:
        raise NotApplicable("the gold names no unit")
    out = perturb.code_prefix(document, name, UNIT_CODE, tables)
    return out, _renamed({name: UNIT_CODE + name}, ("supervising_dept", "implementing_unit"))


def code_prefix_project(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    """The gold's project names, in project tables and in result lists, printed after a code."""
    out, renamed = document, {}
    names = {p["name"] for p in gold.get("projects") or [] if p.get("name")}
    names |= {r["project"] for r in gold.get("summary_rows") or [] if r.get("project")}
    for name in sorted(names):
        try:
            out = perturb.code_prefix(out, name, PROJECT_CODE, tables)
            renamed[name] = PROJECT_CODE + name
        except NotApplicable:
            continue
    if not renamed:
        raise NotApplicable("no project name stands alone in a labelled table")
    return out, _renamed(renamed, ("name",))


def blank_column(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    def apply(d: Document, i: int, t: Table) -> Document:
        blocks = perturb.value_blocks(t)
        if not blocks:
            raise NotApplicable("no value columns to put a blank column between")
        return perturb.insert_column(d, i, blocks[0].values[0] + 1)
    return _each_table(document, tables, apply), None


def remark_column(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    return _each_table(document, tables, lambda d, i, t: perturb.insert_column(d, i, t.width, "备注")), None


def numbering_column(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    return _each_table(document, tables,
                       lambda d, i, t: perturb.insert_column(d, i, 0, "序号", numbering=True)), None


def swapped_columns(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    """In each block, the first two column groups of equal width whose figures differ change places."""
    def apply(d: Document, i: int, t: Table) -> Document:
        out = d
        for b in perturb.value_blocks(t):
            if not b.aligned(t):
                continue
            groups = perturb.column_groups(t, b.rows, set(b.values) - b.tail_figures(t))
            pair = next(((x, y) for k, x in enumerate(groups) for y in groups[k + 1:] if len(x) == len(y)
                         and any(t.rows[r][x[0]] != t.rows[r][y[0]] for r in b.data)), None)
            if pair is not None:
                out = perturb.swap_columns(out, i, b.rows, *pair)
        if out is d:
            raise NotApplicable("no two value columns that can change places")
        return out
    return _each_table(document, tables, apply), None


def _runs(columns: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for c in sorted(columns):
        if runs and runs[-1][-1] == c - 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def split_header(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    """A group row over each block's adjacent money columns (资金情况), or, where it has none, over its
    adjacent score columns (评分情况)."""
    def apply(d: Document, i: int, t: Table) -> Document:
        out = d
        for b in reversed(perturb.value_blocks(t)):  # bottom up: an inserted row moves the rows below
            runs = [r for r in _runs(list(b.money(t))) if len(r) >= 2]
            label = "资金情况"
            if not runs:
                runs = [r for r in _runs(list(b.scores(t))) if len(r) >= 2]
                label = "评分情况"
            # the group must not cut a merged head in two
            runs = [r for r in runs if sum(map(len, perturb.column_groups(t, [b.top], r))) == len(r)]
            if runs:
                out = perturb.split_header(out, i, b.top, runs[0][0], runs[0][-1], label)
        if out is d:
            raise NotApplicable("no run of two value columns to group")
        return out
    return _each_table(document, tables, apply), None


def money_in_yuan(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    def apply(d: Document, i: int, t: Table) -> Document:
        if perturb.states_yuan(d, i):
            raise NotApplicable("money already in 元")
        blocks = [b for b in perturb.value_blocks(t)
                  if b.money(t) and b.aligned(t) and not set(b.money(t)) & b.tail_figures(t)]
        return perturb.money_in_yuan(d, i, blocks)
    return _each_table(document, tables, apply), None


def cut_row(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    def apply(d: Document, i: int, t: Table) -> Document:
        row, col = perturb.long_text_row(t)
        return perturb.cut_row(d, i, row, col)
    return _each_table(document, tables, apply), None


def spacer_row(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    """A blank row between the first two data rows of a block."""
    def apply(d: Document, i: int, t: Table) -> Document:
        data = next((b.data for b in perturb.value_blocks(t) if len(b.data) >= 2), None)
        if data is None:
            raise NotApplicable("no block of two data rows")
        return perturb.spacer_row(d, i, data[1])
    return _each_table(document, tables, apply), None


def spacer_under_header(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    """A blank row between each block's header and its first data row."""
    def apply(d: Document, i: int, t: Table) -> Document:
        out = d
        for b in reversed(perturb.value_blocks(t)):  # bottom up: an inserted row moves the rows below
            out = perturb.spacer_row(out, i, b.header + 1)
        if out is d:
            raise NotApplicable("no block")
        return out
    return _each_table(document, tables, apply), None


def unit_in_sheet_name(document: Document, gold: dict, tables: list[int]) -> tuple[Document, Expect | None]:
    name = gold["unit"].get("name")
    if not name:
        raise NotApplicable("the gold names no unit")
    return perturb.unit_in_sheet_name(document, name), None


RECIPES: dict[str, Callable[[Document, dict, list[int]], tuple[Document, Expect | None]]] = {
    "label_merged_across": _label_merged("blank"),
    "label_merged_across_all": _label_merged("copy"),
    "row_label_merged_across": row_label_merged_across,
    "code_prefix_unit": code_prefix_unit,
    "code_prefix_project": code_prefix_project,
    "blank_column": blank_column,
    "remark_column": remark_column,
    "numbering_column": numbering_column,
    "swapped_columns": swapped_columns,
    "split_header": split_header,
    "money_in_yuan": money_in_yuan,
    "cut_row": cut_row,
    "spacer_row": spacer_row,
    "spacer_under_header": spacer_under_header,
    "unit_in_sheet_name": unit_in_sheet_name,
}


# ---------------------------------------------------------------------------------------------------------
# Comparing facts


def comparable(facts: Any, key: str = "") -> Any:
    """Facts without provenance, warnings and source; numbers to 6 decimals; texts without whitespace;
    spending and summary rows in a fixed order (their order is not a fact)."""
    if isinstance(facts, dict):
        return {k: comparable(v, k) for k, v in facts.items() if k not in IGNORED}
    if isinstance(facts, list):
        items = [comparable(v) for v in facts]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)) \
            if key in UNORDERED else items
    if isinstance(facts, float):
        return round(facts, 6)
    if isinstance(facts, str):
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", facts))
    return facts


def _flat(value: Any, path: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in _flat(item, f"{path}.{key}" if path else key).items()}
    if isinstance(value, list) and value:
        return {k: v for i, item in enumerate(value) for k, v in _flat(item, f"{path}[{i}]").items()}
    return {path: value}


def differences(expected: Facts, got: Facts) -> list[str]:
    """Every fact that differs, as ``path: expected -> got``, in document order of the expected facts."""
    a, b = _flat(comparable(expected)), _flat(comparable(got))
    return [f"{k}: {a.get(k, '<absent>')!r} -> {b.get(k, '<absent>')!r}" for k in [*a, *(k for k in b if k not in a)]
            if a.get(k, "<absent>") != b.get(k, "<absent>")]


def consistency_errors(document: Document, original: Document | None = None) -> list[str]:
    """What would make a perturbed grid one no reader produces: ragged rows, copies that copy nothing,
    pages that do not match the rows. A copy the reader already left so in ``original`` is not counted."""
    known = Counter(text for _, text in _odd_copies(original)) if original is not None else Counter()
    errors = []
    for i, block in enumerate(document.blocks):
        if not isinstance(block, Table):
            continue
        if len({len(r) for r in block.rows}) > 1:
            errors.append(f"table {i}: rows of different widths")
        if block.row_pages is not None and len(block.row_pages) != len(block.rows):
            errors.append(f"table {i}: {len(block.row_pages)} pages for {len(block.rows)} rows")
    for where, text in _odd_copies(document):
        if known[text]:
            known[text] -= 1
        else:
            errors.append(f"{where} = {text!r} copies neither the cell to its left nor the one above")
    return errors


def _odd_copies(document: Document | None) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for i, block in enumerate(document.blocks if document is not None else []):
        if not isinstance(block, Table):
            continue
        for r, c in sorted(block.merged):
            text = block.rows[r][c] if r < len(block.rows) and c < len(block.rows[r]) else None
            left = block.rows[r][c - 1] if c > 0 and text is not None else None
            above = block.rows[r - 1][c] if r > 0 and text is not None else None
            if text is None or text not in (left, above):
                out.append((f"table {i}: merged copy at ({r}, {c})", text))
    return out


# ---------------------------------------------------------------------------------------------------------
# The tests


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_unperturbed_document_matches_gold(doc: str) -> None:
    """The premise: a perturbation is measured against facts that are already right."""
    _, gold = _load(doc)
    result = compare(gold, json.loads(_baseline(doc)), like_scorer=True)
    assert result.f1 >= BASELINE_F1, f"{doc}: F1 {result.f1:.3f}\n" + "\n".join(result.misses[:20])


@pytest.mark.parametrize("doc", DOCUMENTS)
@pytest.mark.parametrize("name", list(RECIPES))
def test_perturbation_keeps_facts(name: str, doc: str) -> None:
    document, gold = _load(doc)
    tables = labelled_tables(document, gold)
    try:
        perturbed, expect = RECIPES[name](document, gold, tables)
    except NotApplicable as exc:
        pytest.skip(f"{name} does not apply to {doc}: {exc}")
    assert perturbed != document, f"{name} left {doc} unchanged"
    errors = consistency_errors(perturbed, document)
    assert not errors, "\n".join(errors)
    baseline = json.loads(_baseline(doc))
    expected = expect(baseline) if expect else baseline
    got = extract(perturbed).to_json()
    diffs = differences(expected, got)
    assert not diffs, f"{name} on {doc} changed {len(diffs)} facts; first: {diffs[0]}\n" + "\n".join(diffs[1:25])


def test_every_document_has_labelled_tables() -> None:
    """A document without a labelled table would only ever be skipped."""
    empty = [doc for doc in DOCUMENTS if not labelled_tables(*_load(doc))]
    assert not empty


@pytest.mark.parametrize("name", list(RECIPES))
def test_every_perturbation_applies_somewhere(name: str) -> None:
    """A perturbation that finds nothing to change in any document would only ever be skipped."""
    applied = []
    for doc in DOCUMENTS:
        document, gold = _load(doc)
        try:
            RECIPES[name](document, gold, labelled_tables(document, gold))
        except NotApplicable:
            continue
        applied.append(doc)
    assert applied, f"{name} applies to none of {DOCUMENTS}"


def test_comparison_notices_a_changed_fact() -> None:
    """The fact comparison sees a changed figure and a changed name, but not whitespace or provenance."""
    facts = json.loads(_baseline(SEEDS[0]))
    same = json.loads(_baseline(SEEDS[0]))
    same["projects"][0]["provenance"] = {"block": 99}
    same["projects"][0]["name"] = f" {same['projects'][0]['name']} "
    assert differences(facts, same) == []
    changed = json.loads(_baseline(SEEDS[0]))
    changed["projects"][0]["funds"]["total"]["executed"] += 1
    changed["projects"][0]["name"] = "别的项目"
    found = differences(facts, changed)
    assert any("executed" in d for d in found) and any(d.startswith("projects[0].name") for d in found)


# ---------------------------------------------------------------------------------------------------------
# The generator itself, on a small table of the usual self-evaluation form


def _sample() -> Document:
    rows = [
        ["项目名称", "项目名称", "示例项目", "示例项目", "示例项目", "示例项目", "示例项目"],
        ["主管部门", "主管部门", "某某局", "某某局", "实施单位", "某某中心", "某某中心"],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
        ["项目资金（万元）", "年度资金总额", "12.5", "13", "10.4", "80%", "8"],
        ["项目资金（万元）", "其中：当年财政拨款", "12.5", "13", "10.4", "—", "—"],
        ["年度总体目标", "完成年度工作任务，保障各项工作顺利开展，服务对象满意。", "", "", "", "", ""],
    ]
    merged = {(0, 1), (0, 3), (0, 4), (0, 5), (0, 6), (1, 1), (1, 3), (1, 6), (3, 0), (4, 0)}
    return Document([Paragraph("某某中心2023年项目支出绩效自评表"), Paragraph("单位：万元"),
                     Table(rows, merged=merged)], format="xlsx", path="sample.xlsx")


def _table(document: Document) -> Table:
    table = document.blocks[-1]
    assert isinstance(table, Table)
    return table


def test_generator_finds_the_money_block() -> None:
    table = _table(_sample())
    [block] = perturb.value_blocks(table)
    assert (block.top, block.header, block.data) == (2, 2, (3, 4))
    assert block.values == (2, 3, 4, 5, 6) and block.money(table) == (2, 3, 4)
    assert perturb.long_text_row(table) == (5, 1)


def test_generator_keeps_input_and_grids_consistent() -> None:
    document = _sample()
    before = json.dumps([b.rows if isinstance(b, Table) else b.text for b in document.blocks], ensure_ascii=False)
    for name, recipe in RECIPES.items():
        try:
            out, _ = recipe(document, {"unit": {"name": "某某中心"}, "projects": [{"name": "示例项目"}]}, [2])
        except NotApplicable:
            continue
        assert out != document, name
        assert not consistency_errors(out), (name, consistency_errors(out))
    after = json.dumps([b.rows if isinstance(b, Table) else b.text for b in document.blocks], ensure_ascii=False)
    assert before == after


def test_generator_swaps_back_and_scales_money_only() -> None:
    document = _sample()
    block = perturb.value_blocks(_table(document))[0]
    once = perturb.swap_columns(document, 2, block.rows, (2,), (4,))
    assert _table(once).rows[3][2:5] == ["10.4", "13", "12.5"] and _table(once).rows[2][2] == "全年执行数"
    assert perturb.swap_columns(once, 2, block.rows, (2,), (4,)) == document
    yuan = perturb.money_in_yuan(document, 2, [block])
    rows = _table(yuan).rows
    assert rows[3][2:7] == ["125000", "130000", "104000", "80%", "8"]
    assert rows[2][2] == "年初预算数（元）" and rows[2][5] == "执行率" and rows[3][0] == "项目资金（元）"
    assert yuan.blocks[1].text == "单位：元"  # type: ignore[union-attr]


def test_generator_cuts_and_splits_without_losing_text() -> None:
    document = _sample()
    cut = _table(perturb.cut_row(document, 2, 5, 1))
    assert perturb.compact(cut.rows[5][1] + cut.rows[6][1]) == perturb.compact(_table(document).rows[5][1])
    assert cut.row_pages == [1, 1, 1, 1, 1, 1, 2] and not any(cut.rows[6][c] for c in (0, 2, 3))
    split = _table(perturb.split_header(document, 2, 2, 2, 4, "资金情况"))
    assert split.rows[2][2:5] == ["资金情况"] * 3 and split.rows[3] == _table(document).rows[2]
    assert (3, 0) in split.merged and (3, 2) not in split.merged and (2, 3) in split.merged


def test_generator_prefixes_and_moves_names_exactly() -> None:
    document = _sample()
    coded = _table(perturb.code_prefix(document, "某某中心", "[155]"))
    assert coded.rows[1][5:7] == ["[155]某某中心"] * 2 and coded.rows[1][2] == "某某局"
    moved = perturb.unit_in_sheet_name(document, "某某中心")
    assert all("某某中心" not in b.text for b in moved.blocks if isinstance(b, Paragraph))
    assert {b.location.sheet for b in moved.blocks} == {"某某中心"}
    with pytest.raises(NotApplicable):
        perturb.code_prefix(document, "别的单位", "[155]")


def test_a_change_of_facts_is_caught() -> None:
    """The suite can fail: the same swap applied to the data rows only (their heads left in place) moves
    figures under other heads, and the facts must differ."""
    doc = SEEDS[0]
    document, gold = _load(doc)
    for i in labelled_tables(document, gold):
        table = document.blocks[i]
        assert isinstance(table, Table)
        block = next((b for b in perturb.value_blocks(table) if len(b.money(table)) >= 3), None)
        if block is None:
            continue
        first, _, third = block.money(table)[:3]
        wrong = perturb.swap_columns(document, i, block.data, (first,), (third,))
        assert differences(json.loads(_baseline(doc)), extract(wrong).to_json())
        return
    pytest.fail(f"{doc} has no block of three money columns")
