"""The route that opens a document as published: PDF, web pages and pictures in the browser (a PDF at the page the
link names, ``#page=N``), other formats as a download named after the unit and year."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response

from dashboard.data import query
from pipelines import paths

ORIGINAL_ROUTE = "/original"
INLINE = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}
DOWNLOAD = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "doc": "application/msword", "xls": "application/vnd.ms-excel", "txt": "text/plain; charset=utf-8"}


def locate(document_id: str) -> tuple[Path, str, str] | None:
    """The file under raw/, its format and a readable name (单位_年度_原文件名), or None."""
    found = query("SELECT d.path, d.format, u.unit_name, d.fiscal_year FROM stg_documents d "
                  "LEFT JOIN dim_unit u USING (unit_key) WHERE d.document_id = ?", [document_id])
    if found.empty:
        return None
    row = found.iloc[0]
    raw = paths.raw_dir().resolve()
    path = (raw / str(row["path"])).resolve()
    if not path.is_relative_to(raw) or not path.is_file():  # never serve outside raw/
        return None
    parts = [str(p) for p in (row["unit_name"], row["fiscal_year"]) if p is not None and str(p) != "nan"]
    name = "_".join([*parts, path.name]) if parts else path.name
    return path, str(row["format"]), name


def disposition(kind: str, name: str) -> str:
    """RFC 6266 with a UTF-8 name (Chinese file names survive every browser)."""
    return f"{kind}; filename*=UTF-8''{quote(name)}"


async def serve_original(request: Request) -> Response:
    found = locate(request.path_params["document_id"])
    if found is None:
        return PlainTextResponse("找不到该原始文件（可能已被新版本替换）。", status_code=404)
    path, fmt, name = found
    if fmt in INLINE:
        # a fetched web page runs no script on the dashboard's origin
        headers = {"Content-Disposition": disposition("inline", name),
                   "Content-Security-Policy": "sandbox", "X-Content-Type-Options": "nosniff"}
        return FileResponse(path, media_type=INLINE[fmt], headers=headers)
    if fmt == "image":  # a scanned page: the browser shows it (its type from the name; nosniff keeps it a picture)
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return FileResponse(path, media_type=media, headers={"Content-Disposition": disposition("inline", name),
                                                             "X-Content-Type-Options": "nosniff"})
    return FileResponse(path, media_type=DOWNLOAD.get(fmt, "application/octet-stream"),
                        headers={"Content-Disposition": disposition("attachment", name)})
