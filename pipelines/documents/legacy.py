"""Legacy .doc / .xls (still common on county portals): converted by headless LibreOffice, then read."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from pipelines.documents.errors import CorruptFile, MissingConverter
from pipelines.documents.model import Block

TARGET = {"doc": "docx", "xls": "xlsx"}
INSTALL_HINT = "install LibreOffice (Debian: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_legacy(path: Any, data: bytes, fmt: str, ocr_cache: Path | None = None) -> list[Block]:
    name = getattr(path, "name", str(path))
    binary = soffice()
    if binary is None:
        raise MissingConverter(f"{name}: reading .{fmt} needs LibreOffice; {INSTALL_HINT}")
    target = TARGET[fmt]
    with tempfile.TemporaryDirectory(prefix="selfeval-convert-") as tmp:
        source = Path(tmp) / f"input.{fmt}"
        source.write_bytes(data)
        profile = Path(tmp) / "profile"
        try:
            subprocess.run(
                [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                 "--outdir", tmp, str(source)],
                check=True, capture_output=True, timeout=180,
            )
        except subprocess.TimeoutExpired:
            raise CorruptFile(f"{name}: LibreOffice did not convert the file within 180 s") from None
        except subprocess.CalledProcessError as exc:
            raise CorruptFile(f"{name}: LibreOffice could not convert it (exit {exc.returncode})") from None
        converted = Path(tmp) / f"input.{target}"
        if not converted.exists():
            raise CorruptFile(f"{name}: LibreOffice could not convert the .{fmt} file (damaged?)")
        converted_data = converted.read_bytes()
    if target == "docx":
        from pipelines.documents.docx import read_docx

        return read_docx(path, converted_data, ocr_cache)
    from pipelines.documents.xlsx import read_xlsx

    return read_xlsx(path, converted_data, ocr_cache)
