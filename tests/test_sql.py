"""`make sql` (python -m pipelines.sql): the analysts' prompt on the published copy, read-only."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.sql import Session, display_width, format_table, run_piped

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """A small published file, written by duckdb directly: no pipeline run needed."""
    path = tmp_path / "selfeval.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE dim_unit (unit_name VARCHAR, province VARCHAR, last_year INTEGER)")
        con.execute("INSERT INTO dim_unit VALUES ('红寺堡区总工会', '宁夏回族自治区', 2023), "
                    "('Hongsibao', 'NX', 2024), ('盐边县总工会', NULL, 2024)")
    return path


def prompt(sql: str, path: Path) -> subprocess.CompletedProcess[str]:
    """Pipe sql into the prompt as `echo ... | make sql` does, the published copy at path."""
    env = {**os.environ, "PUBLISHED_PATH": str(path)}
    return subprocess.run([sys.executable, "-m", "pipelines.sql"], input=sql, capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)


def test_piped_sql_prints_a_table_and_exits_0(published: Path) -> None:
    result = prompt("select count(*) as n from dim_unit", published)  # no ';': the end of input ends it
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].strip() == "n" and set(lines[1]) == {"-"} and lines[2].strip() == "3"
    assert result.stderr == ""


def test_multi_line_statements_and_dot_commands(published: Path) -> None:
    sql = ".tables\nselect unit_name\nfrom dim_unit\nwhere last_year = 2023;\nselect 'two' as second;\n"
    result = prompt(sql, published)
    assert result.returncode == 0, result.stderr
    assert "dim_unit" in result.stdout and "红寺堡区总工会" in result.stdout and "two" in result.stdout
    assert "盐边县总工会" not in result.stdout


def test_a_write_fails_with_one_line_and_leaves_the_file_alone(published: Path) -> None:
    before = published.stat().st_mtime_ns
    result = prompt("create table scratch as select 1 as a;\nselect 'not reached' as later;\n", published)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "read-only" in result.stderr
    assert "not reached" not in result.stdout  # piped SQL stops at the first error
    with duckdb.connect(str(published), read_only=True) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert tables == {"dim_unit"} and published.stat().st_mtime_ns == before


def test_an_sql_error_is_one_line(published: Path) -> None:
    result = prompt("select * from no_such_table;", published)  # DuckDB's message spans several lines
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "no_such_table" in result.stderr


def test_missing_published_file_says_run_make_run_first(tmp_path: Path) -> None:
    result = prompt("select 1", tmp_path / "selfeval.duckdb")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        f"no published warehouse at {tmp_path / 'selfeval.duckdb'}: run `make run` first"]
    assert not (tmp_path / "selfeval.duckdb").exists()  # not created by opening it


def test_chinese_columns_are_aligned_by_display_width() -> None:
    table = format_table(["unit_name", "n"], [("红寺堡区总工会", 1), ("abc", 22), (None, None)])
    lines = table.splitlines()
    assert {tuple(_separators(line)) for line in lines} == {(15,)}, table  # same terminal column on every line
    assert lines[2] == "红寺堡区总工会 |    1" and lines[3] == "abc            |   22"  # numbers right-aligned
    assert lines[4] == "NULL           | NULL"
    assert display_width("红寺堡") == 6 and display_width("abc") == 3


def _separators(line: str) -> list[int]:
    """Terminal columns of the column separators ('|' and the '+' of the rule): a wide character takes two."""
    found, column = [], 0
    for char in line:
        if char in "|+":
            found.append(column)
        column += display_width(char)
    return found


def test_a_newly_published_copy_is_picked_up(published: Path, tmp_path: Path) -> None:
    """The nightly run replaces the file by an atomic rename; an open prompt must not keep reading the old copy."""
    out, err = io.StringIO(), io.StringIO()
    session = Session(published, out=out, err=err)
    try:
        assert run_piped(session, ["select count(*) as n from dim_unit;"])
        newer = tmp_path / "newer.duckdb"
        with duckdb.connect(str(newer)) as con:
            con.execute("CREATE TABLE dim_unit AS SELECT 'x' AS unit_name FROM range(7)")
        newer.replace(published)
        assert run_piped(session, ["select count(*) as n from dim_unit;"])
    finally:
        session.close()
    assert [line.strip() for line in out.getvalue().splitlines() if line.strip().isdigit()] == ["3", "7"]
    assert "newer published copy" in err.getvalue()
