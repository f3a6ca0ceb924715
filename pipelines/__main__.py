"""Command line: ``python -m pipelines extract FILE [FILE ...]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_USAGE = 2
EXIT_INTERNAL = 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines",
        description="Turn published budget performance self-evaluation reports into facts.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    ex = sub.add_parser(
        "extract",
        help="print the facts of one or more documents as JSON",
        description=(
            "Read each FILE (PDF, DOCX, XLSX, HTML, text, legacy .doc/.xls; the format is found from "
            "the content) and print its facts in the self-eval-facts/1 contract. One file: one JSON object. "
            "Several files: one JSON object per line. A file that cannot be read gets one line on stderr; "
            "the others are still extracted. Exit codes: 0 ok, 1 extraction failed (a bug), "
            "3 unreadable (empty, corrupt, encrypted, unknown format), 4 scanned PDF that needs OCR, "
            "5 converter for legacy formats missing."
        ),
    )
    ex.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ex.add_argument("--compact", action="store_true", help="print JSON on one line even for one file")
    sub.add_parser(
        "run",
        help="build the warehouse from raw/ (parse what changed, load, dbt build, publish)",
        description="Run the Dagster `ingest` job in this process: documents under raw/ that are new or "
                    "changed are parsed on every core, their facts replace their own rows in the DuckDB fact "
                    "tables, dbt builds the marts, and a read-only copy is published (warehouse/selfeval.duckdb). "
                    "Environment: RAW_DIR, WAREHOUSE_DIR, WAREHOUSE_PATH, PUBLISHED_PATH, DAGSTER_HOME.",
    )
    args = parser.parse_args(argv)
    if args.command == "run":
        from pipelines.run import run

        return run()
    if args.command == "extract":
        return _extract(args.files, compact=args.compact or len(args.files) > 1)
    return EXIT_USAGE


def _extract(files: list[Path], compact: bool) -> int:
    from pipelines.documents import read_document
    from pipelines.documents.errors import DocumentError
    from pipelines.recognize.extract import extract

    worst = 0
    for path in files:
        try:
            facts = extract(read_document(path)).to_json()
        except DocumentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            worst = max(worst, exc.exit_code)
            continue
        except Exception as exc:  # a bug must not hide the other files' facts behind a traceback
            print(f"error: {path.name}: extraction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
            worst = max(worst, EXIT_INTERNAL)
            continue
        if compact:
            print(json.dumps(facts, ensure_ascii=False))
        else:
            print(json.dumps(facts, ensure_ascii=False, indent=2))
    return worst


if __name__ == "__main__":
    sys.exit(main())
