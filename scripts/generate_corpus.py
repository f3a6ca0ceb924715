"""Generate a corpus of reports in mixed formats by varying the seed reports.

Each generated document is a seed with another unit (a county from the gazetteer), another
fiscal year, project names varied and money scaled, rendered as PDF, DOCX, XLSX, HTML or text.

    python scripts/generate_corpus.py OUT_DIR [--count 500] [--seed 7]   (or python -m scripts.generate_corpus)
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a file, not with -m: the project's packages are beside scripts/
    sys.path.insert(0, str(ROOT))

from pipelines.documents import Document, Paragraph, Table, read_document  # noqa: E402
from pipelines.recognize.unit import gazetteer  # noqa: E402
from tests.fixtures.render import RENDERERS  # noqa: E402

FORMATS = ("pdf", "docx", "xlsx", "html", "txt")
DECIMAL = re.compile(r"(?<![\d.])(\d+\.\d+)(?![\d.])")


def counties() -> list[str]:
    by_code, _ = gazetteer()
    return sorted(p.name for p in by_code.values() if p.level == "county" and p.name.endswith(("县", "区")))


def vary(document: Document, original_county: str, county: str, original_year: int, year: int,
         scale: float, tag: str) -> Document:
    def text(value: str) -> str:
        value = value.replace(original_county, county).replace(str(original_year), str(year))
        value = DECIMAL.sub(lambda m: f"{float(m.group(1)) * scale:.2f}", value)
        return re.sub(r"(工作经费|活动经费|专项资金|资金|活动)(?=$|[|\s])", lambda m: m.group(1) + tag, value, count=1)

    blocks = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            blocks.append(Paragraph(text(block.text)))
        else:
            blocks.append(Table([[text(c) for c in row] for row in block.rows]))
    return Document(blocks=blocks, format=document.format)


def render_txt(document: Document, out: Path) -> None:
    lines = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            lines.extend("\t".join(c.replace("\n", " ") for c in row) for row in block.rows)
        lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")


def generate(out_dir: Path, count: int, seed: int = 7) -> list[Path]:
    from pipelines.recognize.extract import extract

    rng = random.Random(seed)
    sources = []
    for path in sorted((ROOT / "raw").rglob("*.txt")):
        document = read_document(path)
        facts = extract(document)
        county = facts.unit.county or ""
        sources.append((path, document, county, facts.fiscal_year or 2023))
    names = counties()
    made = []
    for i in range(count):
        path, document, county, year = sources[i % len(sources)]
        new_county = rng.choice(names)
        fmt = FORMATS[i % len(FORMATS)]
        varied = vary(document, county, new_county, year, rng.choice((2021, 2022, 2023, 2024)),
                      rng.uniform(0.5, 2.0), f"{i:03d}")
        target = out_dir / new_county / f"{i:04d}_{path.stem[:3]}.{fmt}"
        target.parent.mkdir(parents=True, exist_ok=True)
        (render_txt if fmt == "txt" else RENDERERS[fmt])(varied, target)
        made.append(target)
        if (i + 1) % 50 == 0:
            print(f"generated {i + 1}/{count}", flush=True)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="Each document is a seed report under raw/ with another county, year, project names and money.")
    parser.add_argument("out", type=Path, help="folder to write the documents into (created)")
    parser.add_argument("--count", type=int, default=500, help="how many documents (default 500)")
    parser.add_argument("--seed", type=int, default=7, help="random seed: the same seed makes the same corpus")
    args = parser.parse_args()
    made = generate(args.out, args.count, args.seed)
    print(f"{len(made)} documents under {args.out}")


if __name__ == "__main__":
    main()
