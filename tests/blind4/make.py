#!/usr/bin/env python3
"""Blind test set 4: twelve invented Chinese budget-performance documents with hand-labelled gold.

Run with the project's virtualenv (needs openpyxl, python-docx, reportlab, pdfplumber and
LibreOffice `soffice` on PATH):

    .venv/bin/python tests/blind4/make.py

Writes tests/blind4/docs/S01..S12.* and tests/blind4/gold/S01..S12.json.
All figures are invented; every gold fact is written out below from what the document prints.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")

sys.path.insert(0, HERE)
from parts_common import *  # noqa: E402,F401,F403
import parts_a  # noqa: E402
import parts_b  # noqa: E402
import parts_c  # noqa: E402


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for name in os.listdir(DOCS):
        os.remove(os.path.join(DOCS, name))
    for name in os.listdir(GOLD):
        os.remove(os.path.join(GOLD, name))
    builders = parts_a.BUILDERS + parts_b.BUILDERS + parts_c.BUILDERS
    for build in builders:
        gold = build(DOCS)
        path = os.path.join(DOCS, gold["source"]["file"])
        with open(path, "rb") as fh:
            gold["source"]["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        stem = os.path.splitext(gold["source"]["file"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        print("wrote", gold["source"]["file"])


if __name__ == "__main__":
    main()
