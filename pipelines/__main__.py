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
            "the others are still extracted. A file that holds no report (a news page, a blank template) gets "
            "one line on stderr saying so, and its facts are printed as found (exit 0). "
            "Exit codes: 0 ok, 1 extraction failed (a bug), "
            "3 unreadable (empty, corrupt, encrypted, unknown format), 4 a scan in which OCR found no text, "
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
                    "With nothing new it returns in about a second. Data-quality findings are warnings (in "
                    "dq_findings), never a failure. A run that died earlier is cleaned up first; SIGTERM or "
                    "Ctrl-C stops a run within seconds and keeps the published copy. Exit codes: 0 published "
                    "(findings or not), 1 failed (the previous published copy is kept; the failing step is "
                    "named), 75 another run is writing this warehouse. "
                    "Environment: RAW_DIR, WAREHOUSE_DIR, WAREHOUSE_PATH, PUBLISHED_PATH, DAGSTER_HOME.",
    )
    fetch = sub.add_parser(
        "fetch",
        help="download newly published reports from the portals in the sources registry into raw/",
        description="Crawl every source of the registry (listing pages, pagination, report files and inline "
                    "report pages), obeying robots.txt, pacing requests per host and sending conditional GETs; "
                    "store new content under raw/fetched/<source>/ with a sidecar, and log every request in "
                    "the warehouse's fetch_log. Run `python -m pipelines run` (or let the sensor) ingest them.",
    )
    fetch.add_argument("--sources", type=Path, default=None, help="sources file (default: sources.yaml)")
    fetch.add_argument("--since", type=_date, default=None, metavar="YYYY-MM-DD",
                       help="skip listing entries dated before this day")
    args = parser.parse_args(argv)
    if args.command == "fetch":
        return _fetch(args.sources, args.since)
    if args.command == "run":
        from pipelines.run import run

        return run()
    if args.command == "extract":
        return _extract(args.files, compact=args.compact or len(args.files) > 1)
    return EXIT_USAGE


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-03-01") from None


def _fetch(sources: Path | None, since) -> int:
    from pipelines import paths
    from pipelines.fetch.run import run_fetch
    from pipelines.fetch.sources import SourcesError
    from pipelines.runtime import Busy, run_lock

    sources = sources or paths.ROOT / "sources.yaml"

    def progress(entry) -> None:
        size = f"{entry.bytes} B" if entry.bytes else ""
        print(f"[{entry.source}] {entry.outcome:<16} {entry.status or '-':>4} {size:>10}  {entry.url}"
              + (f"  ({entry.error})" if entry.error and entry.outcome != "stored" else ""), flush=True)

    try:
        with run_lock(paths.working_db().parent):  # fetch_log is written to the working file: one writer
            result, run_id = run_fetch(sources, paths.raw_dir(), paths.working_db(), since, progress)
    except SourcesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except Busy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 75
    for name, error in result.failed_sources.items():
        print(f"source {name} failed: {error}", file=sys.stderr)
    print(f"fetch run {run_id}: {len(result.stored)} new reports stored under {paths.raw_dir() / 'fetched'}, "
          f"{len(result.entries)} requests, {len(result.failed_sources)} sources failed")
    return 0


def _extract(files: list[Path], compact: bool) -> int:
    from pipelines.documents import read_document
    from pipelines.documents.errors import DocumentError
    from pipelines.parse import TEXT_LOOKED_AT, holds_report
    from pipelines.recognize.extract import extract

    worst = 0
    for path in files:
        try:
            document = read_document(path)
            facts = extract(document).to_json()
        except DocumentError as exc:
            print(f"error: {exc}", file=sys.stderr)
            worst = max(worst, exc.exit_code)
            continue
        except Exception as exc:  # a bug must not hide the other files' facts behind a traceback
            print(f"error: {path.name}: extraction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
            worst = max(worst, EXIT_INTERNAL)
            continue
        if not holds_report(facts, lambda d=document: d.title + "\n" + d.text()[:TEXT_LOOKED_AT]):
            # the warehouse records such a file as no_report; the contract has no exit code for it
            print(f"warning: {path.name}: no report found (no project, department, summary or spending table or "
                  "statement); its facts are printed as found", file=sys.stderr)
        if compact:
            print(json.dumps(facts, ensure_ascii=False))
        else:
            print(json.dumps(facts, ensure_ascii=False, indent=2))
    return worst


if __name__ == "__main__":
    sys.exit(main())
