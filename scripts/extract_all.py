"""Extract every document under raw/ into one JSON file of facts each, in parallel, with progress.

Each output is written to a temporary name and renamed into place, so an interrupted
run never leaves half a file. A document that cannot be read is listed in
``_errors.json`` and does not stop the others.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

SKIP_SUFFIXES = {".json", ".md", ".part", ".tmp"}


def documents(raw: Path) -> list[Path]:
    return sorted(p for p in raw.rglob("*") if p.is_file() and not p.name.startswith(".")
                  and p.suffix.lower() not in SKIP_SUFFIXES)


def extract_one(path: str) -> tuple[str, dict | None, str | None]:
    from pipelines.documents import read_document
    from pipelines.documents.errors import DocumentError
    from pipelines.recognize.extract import extract

    try:
        return path, extract(read_document(path)).to_json(), None
    except DocumentError as exc:
        return path, None, str(exc)
    except Exception as exc:  # one broken document must not stop the batch
        return path, None, f"{Path(path).name}: extraction failed ({type(exc).__name__}: {exc})"


def write_atomic(target: Path, payload: object) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=Path("raw"), help="folder of documents (default raw/)")
    parser.add_argument("--out", type=Path, default=Path("warehouse/facts"), help="where the JSON goes")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="parallel processes")
    args = parser.parse_args(argv)
    if not args.raw.is_dir():
        print(f"error: {args.raw} is not a folder", file=sys.stderr)
        return 2
    files = documents(args.raw)
    if not files:
        print(f"no documents under {args.raw}/")
        return 0
    started = time.perf_counter()
    errors: dict[str, str] = {}
    with ProcessPoolExecutor(max_workers=max(1, min(args.workers, len(files)))) as pool:
        for done, (path, facts, error) in enumerate(pool.map(extract_one, map(str, files)), start=1):
            relative = Path(path).relative_to(args.raw)
            if facts is None:
                errors[str(relative)] = error or "unknown error"
                status = f"FAILED: {error}"
            else:
                write_atomic(args.out / relative.with_suffix(relative.suffix + ".json"), facts)
                status = f"{len(facts['projects'])} projects, {len(facts['spending'])} spending lines"
            print(f"[{done}/{len(files)}] {relative}: {status}", flush=True)
    write_atomic(args.out / "_errors.json", errors)
    took = time.perf_counter() - started
    print(f"{len(files) - len(errors)} of {len(files)} documents extracted into {args.out}/ in {took:.1f} s"
          + (f"; {len(errors)} failed (see {args.out}/_errors.json)" if errors else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
