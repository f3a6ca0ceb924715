"""Scanned PDF pages read by offline OCR into a page the PDF reader reads like any other.

A page that holds images and no text is rendered, cleaned (a red stamp and blue-ink signature removed, the skew
of the scan undone, a page scanned landscape or upside down turned upright), its ruling lines found with OpenCV
and its text read with RapidOCR (PP-OCR models shipped in the ``rapidocr_onnxruntime`` wheel: nothing
is downloaded). The result is drawn into a one-page PDF of the upright page's size: the ruling lines
as lines, each recognised text line as text stretched over its box. The PDF reader then finds tables,
merged cells and tables continued over pages exactly as it does for a text PDF, so nothing after the
reader knows the page was scanned (the approach of OCRmyPDF's text layer). Each text line keeps the
engine's confidence (``TextLine``), which the reader gives each table row it reads from a scan.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DPI = 200  # rendering resolution: PP-OCR reads 9-point CJK text reliably from here
# a ruling line spans at least this share of the page's width (horizontal) or height (vertical): a rule
# between two cells of one table row is short, and no character's stroke is as tall as a row
MIN_RULE_WIDTH, MIN_RULE_HEIGHT = 0.04, 0.02
RULE_GAP = 0.01  # pieces of one rule at most this share of the page apart are joined (a rule a stamp or blur cut)
BACKGROUND_WINDOW = 15  # pixels around each pixel whose brightest is its paper
FAINT_INK = 215  # of 255 over its paper: darker is ink, however faint (worn toner, a light copy)
FONT = "STSong-Light"  # a CID font every PDF reader maps to Unicode: the text layer needs no font file
SCAN_VERSION = "3"  # bump when what this module makes of an image changes: cached readings then expire
PAGE_IMAGE = 0.85  # share of a page an image covers to be the page itself (a scan), not a picture on it
UPRIGHT_CONFIDENCE = 0.85  # mean confidence below which a page may be turned: the four quarter turns are read
INK_CHROMA = 40  # a pixel whose channels differ this much is coloured ink (seal, pen), not black print
PRINT_DARKNESS = 100  # ... unless its brightest channel is darker than this: print under the ink


@dataclass(frozen=True)
class TextLine:
    text: str
    x0: float  # top-left origin like pdfplumber: pixels of the image, then points of the page
    top: float
    x1: float
    bottom: float
    confidence: float


@dataclass(frozen=True)
class Rule:
    x0: float
    top: float
    x1: float
    bottom: float


@lru_cache(maxsize=1)
def engine() -> Any:
    """One RapidOCR per process (loading its models costs a second)."""
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def needs_ocr(page: Any) -> bool:
    """A scanned page: images and no text; or a page image under a text layer with no drawn line (a
    scanner's own OCR, invisible over its scan: its text has no table structure, a reading of the image does)."""
    if not page.chars:
        return bool(page.images)
    if page.lines or page.rects or page.curves:
        return False
    area = float(page.width) * float(page.height)
    return any(float(image["width"]) * float(image["height"]) >= PAGE_IMAGE * area for image in page.images)


@dataclass(frozen=True)
class ScannedPage:
    """A scanned page as read: the text layer as a pdfplumber page, and its text lines (in points) with
    the engine's confidence, which the page's chars do not carry."""

    page: Any
    lines: list[TextLine]


def read_scanned_page(page: Any, key: str, cache: Path | None = None) -> ScannedPage:
    """A pdfplumber page with the scanned page's text and ruling lines (turned upright if it was not).

    ``key`` names the page's content (the file's hash and the page number); with a ``cache`` folder its
    reading is kept there and a later read of the same page, by any parser version, OCRs nothing."""
    import pdfplumber

    cache_file = _cache_file(cache, key) if cache is not None else None
    reading = cached_reading(cache_file)
    if reading is None:
        image = page.to_image(resolution=DPI).original.convert("RGB")
        scale = float(page.width) / image.width
        rules, lines, (width, height) = recognise(image)
        reading = Reading(width * scale, height * scale, scaled(rules, scale), scaled(lines, scale))
        keep_reading(cache_file, reading)
    data = text_layer_pdf(reading.width, reading.height, reading.rules, reading.lines)
    return ScannedPage(pdfplumber.open(io.BytesIO(data)).pages[0], reading.lines)


@dataclass(frozen=True)
class Reading:
    """What OCR made of one page, in points of the upright page: what the cache keeps."""

    width: float
    height: float
    rules: list[Rule]
    lines: list[TextLine]


def engine_version() -> str:
    """The OCR engine and this module's way of using it: a cached reading is valid while it is unchanged."""
    from importlib.metadata import version

    return f"rapidocr-onnxruntime {version('rapidocr-onnxruntime')}; scan {SCAN_VERSION}; {DPI} dpi"


def _cache_file(folder: Path, key: str) -> Path:
    digest = hashlib.sha256(f"{engine_version()}\n{key}".encode()).hexdigest()
    return folder / digest[:2] / f"{digest}.json"


def cached_reading(path: Path | None) -> Reading | None:
    if path is None or not path.exists():
        return None
    try:
        raw = json.loads(path.read_text())
        return Reading(raw["width"], raw["height"], [Rule(*r) for r in raw["rules"]],
                       [TextLine(*line) for line in raw["lines"]])
    except (OSError, ValueError, KeyError, TypeError):  # a damaged entry is read again, then replaced
        return None


def keep_reading(path: Path | None, reading: Reading) -> None:
    """Written to a temporary name and renamed: parallel workers never see half an entry."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"width": reading.width, "height": reading.height,
                           "rules": [astuple(r) for r in reading.rules],
                           "lines": [astuple(line) for line in reading.lines]}, ensure_ascii=False)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(body)
        temporary.replace(path)
    except OSError:  # a cache that cannot be written costs time, not facts
        return


def scaled(items: list[Any], scale: float) -> list[Any]:
    """Pixels to points."""
    from dataclasses import replace

    return [replace(i, x0=i.x0 * scale, top=i.top * scale, x1=i.x1 * scale, bottom=i.bottom * scale) for i in items]


def recognise(image: Any) -> tuple[list[Rule], list[TextLine], tuple[int, int]]:
    """Ruling lines and text lines of a page image, in pixels of the upright page, and its size.

    A page scanned landscape or upside down reads as few, low-confidence or vertical text lines: then
    the other three quarter turns are tried and the one that reads most text, most confidently, kept.
    """
    import numpy as np

    gray = without_coloured_ink(np.array(image))
    angle = skew_angle(gray)  # rules and baselines of any quarter turn lie near 0° or 90°: either is measured
    if abs(angle) > 0.1:
        gray = rotate(gray, angle)
    lines = read_lines(gray)
    if not upright(lines):
        turned = [np.ascontiguousarray(np.rot90(gray, k)) for k in (1, 2, 3)]
        candidates = [(lines, gray)] + [(read_lines(t), t) for t in turned]
        lines, gray = max(candidates, key=lambda c: legibility(c[0]))
    return ruling_lines(gray), lines, (gray.shape[1], gray.shape[0])


def read_lines(gray: Any) -> list[TextLine]:
    import cv2

    # no per-line direction model: an upside-down page must read badly, so that its turn is found
    found, _ = engine()(cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB), use_cls=False)
    lines = []
    for box, text, confidence in found or []:
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        if text.strip():
            lines.append(TextLine(text.strip(), min(xs), min(ys), max(xs), max(ys), float(confidence)))
    return lines


def legibility(lines: list[TextLine]) -> float:
    """Characters read, weighted by confidence: the upright page reads most."""
    return sum(len(line.text) * line.confidence for line in lines)


def upright(lines: list[TextLine]) -> bool:
    """Most long lines lie flat and are read with confidence (a quarter turn stands them up; a half
    turn leaves them flat but unreadable)."""
    long_lines = [line for line in lines if len(line.text) >= 4]
    if len(long_lines) < 3:
        return bool(lines) and sum(line.confidence for line in lines) / len(lines) >= UPRIGHT_CONFIDENCE
    flat = sum(1 for line in long_lines if line.x1 - line.x0 > line.bottom - line.top)
    confidence = sum(line.confidence for line in long_lines) / len(long_lines)
    return flat >= 0.7 * len(long_lines) and confidence >= UPRIGHT_CONFIDENCE


def without_coloured_ink(pixels: Any) -> Any:
    """The page in gray without its red seal or a signature in blue ink. Each pixel's brightest channel:
    coloured ink is bright in its own colour's channel, black print is dark in all of them, also where
    ink lies over it (a seal over a figure). Ink on bare paper, bright and coloured, becomes paper. A
    signature in black ink cannot be told from print by its colour and is read as text."""
    import numpy as np

    brightest = pixels.max(axis=2)
    colour = brightest.astype(np.int16) - pixels.min(axis=2) > INK_CHROMA
    gray = brightest.copy()
    gray[colour & (brightest > PRINT_DARKNESS)] = 255
    return np.ascontiguousarray(gray)


def skew_angle(gray: Any) -> float:
    """Degrees the scan is turned, from its long near-horizontal lines (table rules, text baselines)."""
    import cv2
    import numpy as np

    edges = cv2.Canny(gray, 50, 150)
    width = gray.shape[1]
    segments = cv2.HoughLinesP(edges, 1, math.pi / 1800, threshold=200, minLineLength=width // 4, maxLineGap=10)
    if segments is None:
        return 0.0
    angles = []
    for x0, y0, x1, y1 in segments.reshape(-1, 4):
        angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
        if abs(angle) < 5:
            angles.append(angle)
    return float(np.median(angles)) if angles else 0.0


def rotate(gray: Any, angle: float) -> Any:
    import cv2

    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)


def ruling_lines(gray: Any) -> list[Rule]:
    """Horizontal and vertical rules: dark runs that survive an opening with a long thin kernel. The page
    is binarised twice — against the mean of its neighbourhood (print on uneven paper), and against its own
    background (each pixel over the brightest around it: a faint rule beside dark text, which pulls the
    neighbourhood's mean down) — and the pieces of one rule that a gap cut are joined."""
    import cv2
    import numpy as np

    adaptive = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    background = cv2.dilate(gray, np.ones((BACKGROUND_WINDOW, BACKGROUND_WINDOW), np.uint8))
    _, faint = cv2.threshold(cv2.divide(gray, background, scale=255), FAINT_INK, 255, cv2.THRESH_BINARY_INV)
    binary = adaptive | faint
    height, width = binary.shape
    rules = []
    for kernel_size, horizontal in (((max(20, int(width * MIN_RULE_WIDTH)), 1), True),
                                    ((1, max(20, int(height * MIN_RULE_HEIGHT))), False)):
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, kernel_size)
        found = cv2.dilate(cv2.erode(binary, kernel), kernel)
        contours, _ = cv2.findContours(found, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        pieces = []
        for contour in contours:
            x, y, w, h = cv2.boundingRect(contour)
            pieces.append(Rule(x, y + h / 2, x + w, y + h / 2) if horizontal else Rule(x + w / 2, y, x + w / 2, y + h))
        rules.extend(joined(pieces, horizontal, (width if horizontal else height) * RULE_GAP))
    return rules


def joined(pieces: list[Rule], horizontal: bool, gap: float) -> list[Rule]:
    """Pieces of one rule (on one line within two pixels, at most ``gap`` apart) as one rule."""
    def key(rule: Rule) -> tuple[float, float, float]:  # (position across, start, end along the rule)
        return (rule.top, rule.x0, rule.x1) if horizontal else (rule.x0, rule.top, rule.bottom)

    out: list[list[float]] = []
    for across, start, end in sorted(map(key, pieces), key=lambda k: (k[1], k[0])):
        for rule in out:
            if abs(rule[0] - across) <= 2 and start - rule[2] <= gap:
                rule[2] = max(rule[2], end)
                break
        else:
            out.append([across, start, end])
    return [Rule(a0, across, a1, across) if horizontal else Rule(across, a0, across, a1) for across, a0, a1 in out]


def text_layer_pdf(width: float, height: float, rules: list[Rule], lines: list[TextLine]) -> bytes:
    """One page: the rules as lines, each text line as text filling its box (baseline near its bottom)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(width, height))
    pdf.setLineWidth(0.5)
    for rule in rules:
        pdf.line(rule.x0, height - rule.top, rule.x1, height - rule.bottom)
    for line in lines:
        size = max(4.0, (line.bottom - line.top) * 0.8)
        natural = pdfmetrics.stringWidth(line.text, FONT, size) or 1.0
        text = pdf.beginText()
        text.setFont(FONT, size)
        text.setHorizScale(max(20.0, min(300.0, (line.x1 - line.x0) / natural * 100)))
        text.setTextOrigin(line.x0, height - line.bottom + (line.bottom - line.top) * 0.15)
        text.textOut(line.text)
        pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
