"""SQL prompt on the published warehouse: ``python -m pipelines.sql`` (``make sql``).

The DuckDB CLI on PyPI (duckdb-cli 1.5.x) cannot read files written by duckdb 2.0 (storage version 69),
so analysts get this small prompt instead. It opens the published copy read-only, never the working
file, so it can stay open while the nightly run builds and publishes.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import duckdb

from pipelines.paths import published_db, working_db

EXIT_OK = 0
EXIT_ERROR = 1
PROMPT = "selfeval> "
CONTINUATION = "      ...> "
HISTORY_FILE = Path.home() / ".selfeval_sql_history"

HELP = """\
Statements end with ';' at the end of a line and may span several lines.
.tables            list tables and views
.schema NAME       columns and types of a table or view
.maxrows N         show at most N rows of a result (0: all)
.width N           cut values wider than N columns (0: never)
.help              this text
.quit              leave (Ctrl-D too)
The warehouse is read-only here; to export, COPY (SELECT ...) TO 'file.csv'."""


def display_width(text: str) -> int:
    """Terminal columns of text: wide and full-width characters (Chinese) take two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def truncate(text: str, width: int) -> str:
    """Cut text to at most width terminal columns, marking the cut with an ellipsis."""
    if width <= 0 or display_width(text) <= width:
        return text
    out, used = [], 0
    for char in text:
        w = 0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out) + "…"


def pad(text: str, width: int, right: bool) -> str:
    """Pad to width terminal columns; str.ljust counts characters, which misaligns Chinese text."""
    fill = " " * (width - display_width(text))
    return fill + text if right else text + fill


def format_value(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("\r\n", "↵").replace("\n", "↵").replace("\t", " ")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 60) -> str:
    """Rows as an aligned text table, numbers right-aligned, headers and values measured in terminal columns."""
    cells = [[truncate(format_value(v), max_width) for v in row] for row in rows]
    heads = [truncate(c, max_width) for c in columns]
    numeric = [any(_is_number(row[i]) for row in rows) and all(_is_number(row[i]) or row[i] is None for row in rows)
               for i in range(len(columns))]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(heads)]
    lines = [" | ".join(pad(h, widths[i], False) for i, h in enumerate(heads)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(pad(v, widths[i], numeric[i]) for i, v in enumerate(row)).rstrip() for row in cells]
    return "\n".join(lines)


def one_line(error: BaseException) -> str:
    """DuckDB's message up to its LINE pointer, on one line: readable in a terminal and in a log."""
    kept = []
    for line in str(error).splitlines():
        if line.startswith("LINE ") or (not line.strip() and kept):
            break
        if line.strip():
            kept.append(line.strip())
    return " ".join(kept) or type(error).__name__


class Session:
    """One read-only connection to the published file, reopened when the nightly run replaces the file."""

    def __init__(self, path: Path, out: TextIO | None = None, err: TextIO | None = None,
                 max_rows: int = 100, max_width: int = 60) -> None:
        self.path = path
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.max_rows = max_rows
        self.max_width = max_width
        self._identity: tuple[int, int] | None = None
        self.con = self._open()

    def _open(self) -> duckdb.DuckDBPyConnection:
        stat = self.path.stat()
        self._identity = (stat.st_ino, stat.st_mtime_ns)
        return duckdb.connect(str(self.path), read_only=True)

    def _reopen_if_replaced(self) -> None:
        """The nightly run publishes by atomic rename; an open connection would keep reading the old copy."""
        stat = self.path.stat()
        if (stat.st_ino, stat.st_mtime_ns) != self._identity:
            self.con.close()
            self.con = self._open()
            print(f"note: a newer published copy was opened ({self.path.name})", file=self.err)

    def close(self) -> None:
        self.con.close()

    def run_sql(self, sql: str) -> bool:
        """Run each statement of sql and print its result; False at the first error (printed on one line)."""
        try:
            self._reopen_if_replaced()
            statements = self.con.extract_statements(sql)
        except (duckdb.Error, OSError) as exc:
            print(f"Error: {one_line(exc)}", file=self.err)
            return False
        return all(self._run_statement(statement) for statement in statements)

    def _run_statement(self, statement: duckdb.Statement) -> bool:
        if statement.type == duckdb.StatementType.ATTACH and working_db().name in statement.query:
            print(f"Error: never open the working file ({working_db().name}): the nightly dbt build needs it "
                  "unlocked; query the published copy", file=self.err)
            return False
        try:
            self.con.execute(statement)
            if self.con.description is None:
                return True
            columns = [d[0] for d in self.con.description]
            rows = self.con.fetchall() if self.max_rows <= 0 else self.con.fetchmany(self.max_rows + 1)
        except duckdb.Error as exc:
            print(f"Error: {one_line(exc)}", file=self.err)
            return False
        except KeyboardInterrupt:
            self.con.interrupt()
            print("interrupted", file=self.err)
            return False
        if columns == ["Success"] and rows in ([(True,)], []):
            return True  # SET, PRAGMA and the like: nothing to show
        more = 0 < self.max_rows < len(rows)
        print(format_table(columns, rows[: self.max_rows] if more else rows, self.max_width), file=self.out)
        if more:
            print(f"(first {self.max_rows} rows; .maxrows 0 shows all)", file=self.out)
        else:
            print(f"({len(rows)} row{'' if len(rows) == 1 else 's'})", file=self.out)
        return True

    def command(self, line: str) -> bool | None:
        """A dot command; None means quit."""
        name, _, arg = line.strip().rstrip(";").partition(" ")
        arg = arg.strip()
        if name in (".quit", ".exit", ".q"):
            return None
        if name == ".help":
            print(HELP, file=self.out)
            return True
        if name == ".tables":
            return self.run_sql("SELECT table_name AS name, lower(table_type) AS type FROM information_schema.tables "
                                "WHERE table_schema = 'main' ORDER BY table_name")
        if name == ".schema" and arg:
            return self.run_sql(f"DESCRIBE {arg}")
        if name in (".maxrows", ".width") and arg.isdigit():
            if name == ".maxrows":
                self.max_rows = int(arg)
            else:
                self.max_width = int(arg)
            return True
        print(f"Error: unknown command or missing argument: {line.strip()} (.help lists them)", file=self.err)
        return False


class StatementReader:
    """Lines as typed or piped into statements: one runs when a line ends with ';'; dot commands stand alone."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.buffer: list[str] = []

    @property
    def pending(self) -> bool:
        return bool(self.buffer)

    def clear(self) -> None:
        self.buffer = []

    def feed(self, line: str) -> bool | None:
        """Take one line; False if what it ran failed, None for .quit."""
        line = line.rstrip("\n")
        if not self.buffer and line.strip().startswith("."):
            return self.session.command(line)
        if not self.buffer and not line.strip():
            return True
        self.buffer.append(line)
        if line.rstrip().endswith(";"):
            return self.finish()
        return True

    def finish(self) -> bool:
        """Run what is buffered (piped SQL need not end with ';')."""
        sql, self.buffer = "\n".join(self.buffer), []
        return self.session.run_sql(sql) if sql.strip() else True


def run_piped(session: Session, lines: Iterable[str]) -> bool:
    """Run piped SQL up to the first error: later statements may depend on the failed one."""
    reader = StatementReader(session)
    for line in lines:
        done = reader.feed(line)
        if done is None:
            return True
        if not done:
            return False
    return reader.finish()


def run_interactive(session: Session) -> None:
    """The prompt, with readline editing and history; Ctrl-C drops the statement being typed, Ctrl-D leaves."""
    try:
        import readline
    except ImportError:  # no readline (Windows): plain input()
        readline = None
    if readline is not None:
        with contextlib.suppress(OSError):
            readline.read_history_file(HISTORY_FILE)
        readline.set_history_length(2000)
    reader = StatementReader(session)
    try:
        while True:
            try:
                line = input(CONTINUATION if reader.pending else PROMPT)
            except EOFError:
                print()
                return
            except KeyboardInterrupt:
                print()
                reader.clear()
                continue
            if reader.feed(line) is None:
                return
    finally:
        if readline is not None:
            with contextlib.suppress(OSError):
                readline.write_history_file(HISTORY_FILE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines.sql",
        description="SQL prompt on the published warehouse (warehouse/selfeval.duckdb, or PUBLISHED_PATH / "
                    "WAREHOUSE_DIR), opened read-only. Tables and marts are queried by their bare names "
                    "(SELECT * FROM mart_execution_rate;). SQL piped on stdin is run and the prompt exits: "
                    "1 at the first error, 0 otherwise. Type .help at the prompt for its commands.",
    )
    parser.add_argument("--db", type=Path, default=None, help="the DuckDB file to open (default: the published copy)")
    parser.add_argument("--max-rows", type=int, default=100, help="rows shown per result, 0 for all (default 100)")
    parser.add_argument("--max-width", type=int, default=60,
                        help="cut values wider than this many columns, 0 never (default 60)")
    args = parser.parse_args(argv)
    path = (args.db or published_db()).resolve()
    if not path.is_file():
        print(f"no published warehouse at {path}: run `make run` first", file=sys.stderr)
        return EXIT_ERROR
    try:
        session = Session(path, max_rows=args.max_rows, max_width=args.max_width)
    except duckdb.Error as exc:
        print(f"Error: cannot open {path}: {one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    try:
        if sys.stdin.isatty():
            print(f"{path} (read-only). End statements with ';'. .help for commands, Ctrl-D to leave.")
            run_interactive(session)
            return EXIT_OK
        return EXIT_OK if run_piped(session, sys.stdin) else EXIT_ERROR
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(main())
