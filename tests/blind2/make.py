#!/usr/bin/env python3
"""Blind test set 2: twelve new documents (Q01-Q12) with hand-labelled gold.

Run with the project's virtualenv (openpyxl, python-docx, reportlab; LibreOffice for the
DOCX->PDF conversions):

    cd /work/main && .venv/bin/python tests/blind2/make.py

Writes tests/blind2/docs/ and tests/blind2/gold/. The documents are invented (units are real
bodies of real counties, figures are not); the gold of each was labelled by hand from what the
document prints, under the facts contract self-eval-facts/1 and the labelling conventions of the
development corpus manifest ("Judgement calls in the gold").
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")
BUILD = os.path.join(HERE, "_build")

sys.path.insert(0, HERE)
from docs_tables import make_q01, make_q02, make_q03, make_q04, make_q05, make_q06  # noqa: E402
from docs_prose import make_q07, make_q08, make_q09, make_q10, make_q11, make_q12  # noqa: E402
from gold_data import GOLD_DATA  # noqa: E402


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def fmt_of(path):
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK"):
        import zipfile
        names = zipfile.ZipFile(path).namelist()
        if any(n.startswith("word/") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    text = open(path, "rb").read(2000).lower()
    if b"<html" in text or b"<!doctype" in text:
        return "html"
    return "txt"


def to_pdf(docx_path, out_dir):
    """Convert a DOCX to PDF with LibreOffice (headless), profile kept inside _build."""
    profile = "file://" + os.path.join(BUILD, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", out_dir, docx_path],
                   check=True, capture_output=True, timeout=240)
    pdf = os.path.join(out_dir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    assert os.path.exists(pdf), pdf
    return pdf


def main():
    for d in (DOCS, GOLD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    os.makedirs(BUILD, exist_ok=True)
    ctx = {"docs": DOCS, "build": BUILD, "to_pdf": to_pdf}
    makers = [make_q01, make_q02, make_q03, make_q04, make_q05, make_q06,
              make_q07, make_q08, make_q09, make_q10, make_q11, make_q12]
    files = {}
    for make in makers:
        stem, fname = make(ctx)
        files[stem] = fname
    for stem, fname in files.items():
        g = GOLD_DATA[stem]
        path = os.path.join(DOCS, fname)
        gold = {
            "contract": "self-eval-facts/1",
            "source": {"file": fname, "sha256": sha256(path), "format": fmt_of(path)},
            "partial": False,
            "unit": g["unit"],
            "fiscal_year": g["fiscal_year"],
            "projects": g.get("projects", []),
            "department": g.get("department"),
            "summary_rows": g.get("summary_rows", []),
            "spending": g.get("spending", []),
        }
        with open(os.path.join(GOLD, os.path.splitext(fname)[0] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    shutil.rmtree(BUILD, ignore_errors=True)
    for stem in sorted(files):
        print(stem, files[stem])


if __name__ == "__main__":
    main()
