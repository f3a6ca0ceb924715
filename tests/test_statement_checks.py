"""A 部门决算 checked against itself: the peer's planted-errors copy against the clean real report, and
each named rule on a few sentences of its own."""

from __future__ import annotations

from collections import Counter

import pytest

from pipelines.documents import Document, Paragraph
from pipelines.recognize.extract import extract
from pipelines.recognize.prose.sentences import sentences
from pipelines.recognize.statement_checks import check_statements
from tests.conftest import ROOT

DOCS = ROOT / "tests" / "corpus" / "docs"
CLEAN, PLANTED = "real_putuo_czj_2024_juesuan.pdf", "real_putuo_czj_2024_juesuan_planted_errors.pdf"


@pytest.fixture(scope="module")
def warnings() -> dict[str, list[dict]]:
    from pipelines.documents import read_document

    return {name: extract(read_document(DOCS / name)).to_json()["warnings"] for name in (CLEAN, PLANTED)}


def _key(warning: dict) -> tuple[str, str]:
    return warning["rule"], warning["message"]


def test_every_planted_error_is_named_and_points_at_its_places(warnings) -> None:
    clean = {_key(w) for w in warnings[CLEAN]}
    planted = [w for w in warnings[PLANTED] if _key(w) not in clean]
    rules = Counter(w["rule"] for w in planted)
    assert rules == {"statement_comparison_contradicted": 3, "statement_year_differs": 2,
                     "same_figure_disagrees": 2, "statement_unit_placeholder": 1, "statement_table_missing": 1}
    messages = " ".join(w["message"] for w in planted)
    for said in ("2023年度", "截至2023年12月31日", "XX局", "支出决算表", "收入总计", "支出总计",
                 "1560.05", "80.81", "62.29"):
        assert said in messages, said
    for w in planted:
        pages = [p.get("page") for p in w["provenance"]]
        assert all(pages) and len(pages) == 2, w  # a missing table: its 目录 line and where it should stand


def test_the_clean_report_raises_only_its_real_slips(warnings) -> None:
    assert len(warnings[CLEAN]) <= 3
    assert [w["rule"] for w in warnings[CLEAN]] == ["same_figure_disagrees"]  # 326.71 in the 总表, 326.72 elsewhere
    assert "326.71" in warnings[CLEAN][0]["message"] and "326.72" in warnings[CLEAN][0]["message"]


def _check(*lines: str, year: int = 2024, unit: str = "某县财政局", final_accounts: bool = True) -> list[dict]:
    document = Document(blocks=[Paragraph(line) for line in lines], format="txt")
    return check_statements(list(sentences(document)), year, unit, final_accounts)


def test_a_comparison_is_checked_against_the_figures_stated_before_it() -> None:
    said = _check("一、行政运行（项）。", "年初预算为100.00万元，支出决算为90.00万元，完成年初预算的90.00%。",
                  "决算数大于预算数的主要原因是人员增加。")
    assert [w["rule"] for w in said] == ["statement_comparison_contradicted"]
    assert "100" in said[0]["message"] and "90" in said[0]["message"]
    assert not _check("年初预算为100.00万元，支出决算为90.00万元，完成年初预算的90.00%。",
                      "决算数小于预算数的主要原因是人员减少。其中：因公出国（境）费年初预算为0万元，支出决算为0万元。")


def test_a_completion_rate_its_figures_do_not_give_is_named_and_zero_budgets_are_not() -> None:
    said = _check("公务接待费预算为1万元，支出决算为0.53万元，完成预算的47%；较上年减少0.47万元，下降47%。")
    assert len(said) == 1 and "53.00%" in said[0]["message"]
    assert not _check("因公出国（境）费年初预算为0万元，支出决算为0.00万元，完成预算的0%。")


def test_year_and_placeholder_rules() -> None:
    assert [w["rule"] for w in _check("某县财政局2023年度部门决算情况说明")] == ["statement_year_differs"]
    assert not _check("确保2025年预算执行率不低于95%。")  # prose naming another year is no title
    assert [w["rule"] for w in _check("截至2023年12月31日，共有车辆0辆。")] == ["statement_year_differs"]
    assert not _check("截至2023年12月31日，共有车辆0辆。", final_accounts=False)  # a 预算 states last year's end
    assert [w["rule"] for w in _check("某县XX局2024年度部门决算表", "某县XX局")] == ["statement_unit_placeholder"]
