"""The registry of data-quality rules over the fact tables.

Each rule's SQL returns the violating rows as (document_id, subject, detail, difference).
A finding is information for analysts: it never blocks a load.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from pipelines.load.load import transaction


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    severity: str  # warn | error
    category: str  # arithmetic | consistency | scoring | completeness
    sql: str


_PROJECT_FUNDS = "(SELECT * FROM fund_rows WHERE owner = 'project' AND row_key = 'total')"
_BASE = "COALESCE(NULLIF(f.adjusted_budget, 0), NULLIF(f.initial_budget, 0))"

LOW_OCR_CONFIDENCE = 0.80  # below it a figure read from a scan is worth checking against the original
# every provenance object that says it was read by OCR, from every fact table: one finding per printed row
_READ_BY_OCR = r"""
    SELECT DISTINCT document_id, unnest(regexp_extract_all(provenance::VARCHAR,
                                                           '\{[^{}]*"ocr":\s*\{[^{}]*\}[^{}]*\}')) AS read
    FROM (SELECT document_id, provenance FROM fund_rows UNION ALL SELECT document_id, provenance FROM indicators
          UNION ALL SELECT document_id, provenance FROM projects
          UNION ALL SELECT document_id, provenance FROM department_figures
          UNION ALL SELECT document_id, provenance FROM summary_rows
          UNION ALL SELECT document_id, provenance FROM spending)
    WHERE contains(provenance::VARCHAR, '"ocr"')"""

RULES: tuple[Rule, ...] = (
    Rule("fund_total_sum_of_sources", "年度资金总额 executed equals the sum of its sources (财政拨款 + 结转 + 其他)",
         "warn", "arithmetic", """
        SELECT t.document_id, p.name,
               '年度资金总额执行数' || t.executed || '万元，各来源合计' || sum(s.executed) || '万元',
               t.executed - sum(s.executed)
        FROM fund_rows t JOIN fund_rows s ON s.project_id = t.project_id AND s.row_key <> 'total'
        JOIN projects p ON p.project_id = t.project_id
        WHERE t.row_key = 'total' AND t.executed IS NOT NULL AND s.executed IS NOT NULL
        GROUP BY t.document_id, p.name, t.executed HAVING abs(t.executed - sum(s.executed)) > 0.011"""),
    Rule("execution_rate_matches", "reported 执行率 within 0.5 pp of executed / adjusted budget", "warn", "arithmetic",
         f"""
        SELECT f.document_id, coalesce(p.name, '部门整体'),
               '报告执行率' || f.execution_rate || '%，按执行数/预算数推算为'
               || round(f.executed / {_BASE} * 100, 2) || '%',
               f.execution_rate - f.executed / {_BASE} * 100
        FROM fund_rows f LEFT JOIN projects p ON p.project_id = f.project_id
        WHERE f.execution_rate IS NOT NULL AND f.executed IS NOT NULL AND {_BASE} IS NOT NULL
          AND abs(f.execution_rate - f.executed / {_BASE} * 100) > 0.5"""),
    Rule("executed_within_budget", "全年执行数 does not exceed 全年预算数", "warn", "consistency", f"""
        SELECT f.document_id, coalesce(p.name, '部门整体'),
               '全年执行数' || f.executed || '万元超过预算数' || {_BASE} || '万元',
               f.executed - {_BASE}
        FROM fund_rows f LEFT JOIN projects p ON p.project_id = f.project_id
        WHERE f.executed > {_BASE} + 0.011"""),
    Rule("score_within_weight", "an indicator's 得分 does not exceed its 分值", "error", "scoring", """
        SELECT i.document_id, coalesce(p.name, '部门整体') || ' / ' || coalesce(i.name, '?'),
               '得分' || i.score || '超过分值' || i.weight, i.score - i.weight
        FROM indicators i LEFT JOIN projects p ON p.project_id = i.project_id WHERE i.score > i.weight"""),
    Rule("weights_sum_to_100", "indicator weights sum to 100, or to 90 beside a funds weight of 10", "warn",
         "scoring", f"""
        SELECT p.document_id, p.name,
               '指标分值合计' || sum(i.weight) || '，资金分值' || coalesce(f.weight, 0) || '，合计不是100',
               sum(i.weight) + coalesce(f.weight, 0) - 100
        FROM projects p JOIN indicators i ON i.project_id = p.project_id
        LEFT JOIN {_PROJECT_FUNDS} f ON f.project_id = p.project_id
        GROUP BY p.document_id, p.project_id, p.name, f.weight
        HAVING abs(sum(i.weight) - 100) > 0.01 AND abs(sum(i.weight) + coalesce(f.weight, 0) - 100) > 0.01"""),
    Rule("total_is_sum_of_scores", "the 总分 得分 equals the sum of item scores (with or without the funds score)",
         "warn", "scoring", f"""
        SELECT p.document_id, p.name, '总分' || p.total_score || '，各指标得分合计' || sum(i.score)
               || '，资金得分' || coalesce(f.score, 0), p.total_score - sum(i.score) - coalesce(f.score, 0)
        FROM projects p JOIN indicators i ON i.project_id = p.project_id
        LEFT JOIN {_PROJECT_FUNDS} f ON f.project_id = p.project_id
        WHERE p.total_score IS NOT NULL
        GROUP BY p.document_id, p.project_id, p.name, p.total_score, f.score
        HAVING abs(p.total_score - sum(i.score)) > 0.01
           AND abs(p.total_score - sum(i.score) - coalesce(f.score, 0)) > 0.01"""),
    Rule("grade_matches_score", "a printed grade is the one its score implies (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差)",
         "warn", "scoring", """
        WITH graded AS (
            SELECT document_id, name AS subject, total_score AS score, grade FROM projects
            UNION ALL SELECT document_id, project, score, grade FROM summary_rows
            UNION ALL SELECT document_id, '部门整体', score, grade FROM department_figures)
        SELECT document_id, subject, '得分' || score || '，所填等级为“' || grade || '”', NULL
        FROM graded WHERE grade IS NOT NULL AND score IS NOT NULL AND grade <>
            CASE WHEN score >= 90 THEN '优' WHEN score >= 80 THEN '良' WHEN score >= 60 THEN '中' ELSE '差' END"""),
    Rule("lost_point_has_reason", "an indicator that lost points gives a deviation reason", "warn", "scoring", """
        SELECT i.document_id, coalesce(p.name, '部门整体') || ' / ' || coalesce(i.name, '?'),
               '分值' || i.weight || '只得' || i.score || '分，未说明偏差原因', i.score - i.weight
        FROM indicators i LEFT JOIN projects p ON p.project_id = i.project_id
        WHERE i.score < i.weight AND (i.deviation IS NULL OR i.deviation IN ('无', '无偏差'))"""),
    Rule("basic_is_personnel_plus_public", "基本支出 = 人员经费 + 公用经费", "warn", "arithmetic", """
        SELECT document_id, '部门整体', '基本支出' || basic_expenditure || '万元，人员经费+公用经费' ||
               (personnel_expenditure + public_expenditure) || '万元', basic_expenditure - personnel_expenditure
               - public_expenditure
        FROM department_figures
        WHERE abs(basic_expenditure - personnel_expenditure - public_expenditure) > 0.011"""),
    Rule("office_running_within_public", "机关运行经费 does not exceed 公用经费 (it is the 公用经费 of the "
         "administrative units)", "warn", "consistency", """
        SELECT o.document_id, '机关运行经费 ' || o.year,
               '机关运行经费' || o.amount || '万元超过公用经费' || p.amount || '万元',
               o.amount - p.amount
        FROM spending o JOIN spending p ON p.document_id = o.document_id AND p.classification = 'economic'
             AND p.path = ['公用经费'] AND p.phase = o.phase AND p.year IS NOT DISTINCT FROM o.year
        WHERE o.classification = 'economic' AND o.path = ['机关运行经费'] AND o.amount > p.amount + 0.011"""),
    Rule("three_public_sum_of_parts", "三公经费 = 因公出国（境） + 公务用车购置及运行 + 公务接待", "warn",
         "arithmetic", """
        SELECT t.document_id, '三公经费 ' || t.year || ' ' || t.phase, '三公经费' || t.amount || '万元，三项合计'
               || sum(s.amount) || '万元', t.amount - sum(s.amount)
        FROM spending t JOIN spending s ON s.document_id = t.document_id AND s.classification = 'three_public'
             AND len(s.path) = 2 AND s.phase = t.phase AND s.year IS NOT DISTINCT FROM t.year
        WHERE t.classification = 'three_public' AND len(t.path) = 1
        GROUP BY t.document_id, t.year, t.phase, t.amount HAVING abs(t.amount - sum(s.amount)) > 0.011"""),
    Rule("class_sum_of_items", "a functional 类 equals the sum of its 款/项 lines", "warn", "arithmetic", """
        SELECT t.document_id, t.path[1] || ' ' || t.year,
               '类' || t.amount || '万元，所列项合计' || sum(s.amount) || '万元',
               t.amount - sum(s.amount)
        FROM spending t JOIN spending s ON s.document_id = t.document_id AND s.classification = 'functional'
             AND len(s.path) = 3 AND s.path[1] = t.path[1] AND s.phase = t.phase
             AND s.year IS NOT DISTINCT FROM t.year
        WHERE t.classification = 'functional' AND len(t.path) = 1
        GROUP BY t.document_id, t.path, t.year, t.phase, t.amount HAVING abs(t.amount - sum(s.amount)) > 0.011"""),
    Rule("summary_row_agrees_with_project", "a summary-table row agrees with the project's own table", "warn",
         "consistency", f"""
        SELECT r.document_id, r.project, '汇总表：金额' || coalesce(r.amount::VARCHAR, '—') || '，得分'
               || coalesce(r.score::VARCHAR, '—') || '；项目表：执行数' || coalesce(f.executed::VARCHAR, '—')
               || '，得分' || coalesce(p.total_score::VARCHAR, '—'), r.score - p.total_score
        FROM summary_rows r
        JOIN projects p ON p.document_id = r.document_id
             AND (p.name = r.project OR contains(p.name, r.project) OR contains(r.project, p.name))
        LEFT JOIN {_PROJECT_FUNDS} f ON f.project_id = p.project_id
        WHERE (r.score IS NOT NULL AND p.total_score IS NOT NULL AND abs(r.score - p.total_score) > 0.01)
           OR (r.amount IS NOT NULL AND f.project_id IS NOT NULL AND r.amount NOT IN
               (coalesce(f.initial_budget, -1), coalesce(f.adjusted_budget, -1), coalesce(f.executed, -1)))"""),
    Rule("same_figure_agrees", "a figure the document states twice has the same value both times", "warn",
         "consistency", """
        SELECT document_id, split_part(message, '（', 1), message, NULL
        FROM extraction_warnings WHERE rule = 'same_figure_disagrees'"""),
    Rule("statements_agree", "a 决算/预算 agrees with itself: the year its headings name, the unit's name, the "
         "comparisons and 完成 % it states, the tables its contents list", "warn", "consistency", """
        SELECT document_id, CASE rule WHEN 'statement_year_differs' THEN '年度' WHEN 'statement_unit_placeholder'
               THEN '单位名称' WHEN 'statement_comparison_contradicted' THEN '文字中的比较'
               WHEN 'statement_table_missing' THEN '公开表目录' ELSE rule END, message, NULL
        FROM extraction_warnings WHERE starts_with(rule, 'statement_')"""),
    Rule("ocr_confidence", f"a figure read from a scan with OCR confidence below {LOW_OCR_CONFIDENCE:.2f}: to be "
         "checked against the original", "warn", "completeness", f"""
        SELECT document_id, left(read ->> '$.text', 60),
               'OCR识别置信度' || round((read ->> '$.ocr.confidence')::DOUBLE, 2) || '（第'
               || (read ->> '$.ocr.box[0]') || '页），请核对原件',
               (read ->> '$.ocr.confidence')::DOUBLE
        FROM ({_READ_BY_OCR})
        WHERE (read ->> '$.ocr.confidence')::DOUBLE < {LOW_OCR_CONFIDENCE}"""),
)


def run_rules(con: duckdb.DuckDBPyConnection, rules: tuple[Rule, ...] = RULES) -> dict[str, int]:
    """Recompute every finding (rules see all documents: a summary table may sit in another file)."""
    now = datetime.now()
    counts: dict[str, int] = {}
    with transaction(con):
        con.execute("DELETE FROM dq_findings WHERE NOT starts_with(rule_id, 'dbt:')")  # dbt's own: dbt_findings
        for rule in rules:
            rows = con.execute(rule.sql).fetchall()
            counts[rule.id] = len(rows)
            if rows:
                con.executemany(
                    "INSERT INTO dq_findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [[r[0], rule.id, rule.severity, rule.category, r[1], r[2], r[3], now] for r in rows],
                )
    return counts
