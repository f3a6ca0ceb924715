"""Pictures of pages read by OCR: a scan or photo saved as an image file (.jpg, .png, .tif, ...), and the
pictures a Word or Excel file holds instead of its text.

Each picture becomes one image-only page of a PDF, which the PDF reader reads like any scanned PDF: the
page is OCRed (scan.py), and a table that runs on over the next picture is joined as over a page break.
A picture too small to be a page (a logo, a seal, a signature) is left out.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pipelines.documents.errors import CorruptFile, NeedsOCR
from pipelines.documents.model import Block

MIN_PAGE_SIDE = 400  # pixels: the shorter side of a picture that can hold a page of a table or text
A4_INCHES = (8.27, 11.69)
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a")


def is_image(data: bytes) -> bool:
    """JPEG, PNG, TIFF, GIF, or WebP by their first bytes (BMP only by name: ``BM`` starts text too)."""
    return data.startswith(IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def read_image_file(path: Any, data: bytes, ocr_cache: Path | None = None) -> list[Block]:
    """A picture file: every frame of it (a multi-page TIFF) is a page."""
    name = getattr(path, "name", str(path))
    blocks = read_pictures(name, [data], ocr_cache)
    if not blocks:
        raise NeedsOCR(f"{name}: a picture too small to hold a page ({MIN_PAGE_SIDE} pixels or less a side)")
    return blocks


def read_pictures(name: str, pictures: list[bytes], ocr_cache: Path | None = None) -> list[Block]:
    """The blocks OCR reads from ``pictures`` in order, or none when no picture is page-sized."""
    import hashlib

    from pipelines.documents.pdf import read_pdf

    pages = [page for picture in pictures for page in _pages(name, picture)]
    if not pages:
        return []
    key = hashlib.sha256(b"".join(hashlib.sha256(p).digest() for p in pictures)).hexdigest()
    return read_pdf(name, pages_pdf(pages), ocr_cache, content_key=key)


def _pages(name: str, picture: bytes) -> list[Any]:
    """The page-sized frames of a picture, in RGB."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(picture))
        frames = [frame.convert("RGB") for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise CorruptFile(f"{name}: a damaged or unsupported picture ({type(exc).__name__})") from None
    return [frame for frame in frames if min(frame.size) > MIN_PAGE_SIDE]


def pages_pdf(pages: list[Any]) -> bytes:
    """One PDF page per picture, sized as if the picture were an A4 sheet (portrait or landscape), so
    that its text has the size of print whatever resolution the scanner or camera used."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for image in pages:
        width, height = image.size
        inches = A4_INCHES[0] if width <= height else A4_INCHES[1]
        single = io.BytesIO()
        image.save(single, "PDF", resolution=width / inches)
        page = pdfium.PdfDocument(single.getvalue())
        out.import_pages(page)
        page.close()
    buffer = io.BytesIO()
    out.save(buffer)
    out.close()
    return buffer.getvalue()
