"""Scanned PDF pages read by offline OCR into a page the PDF reader reads like any other.

A page that holds images and no text is rendered, cleaned (a red stamp removed, the skew of the scan
undone), its ruling lines found with OpenCV and its text read with RapidOCR (PP-OCR models shipped in
the ``rapidocr_onnxruntime`` wheel: nothing is downloaded). The result is drawn into a one-page PDF of
the same size: the ruling lines as lines, each recognised text line as text stretched over its box. The
PDF reader then finds tables, merged cells and tables continued over pages exactly as it does for a
text PDF, so nothing after the reader knows the page was scanned (the approach of OCRmyPDF's text
layer). Each text line keeps the engine's confidence, available through ``confidences``.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

DPI = 200  # rendering resolution: PP-OCR reads 9-point CJK text reliably from here
MIN_LINE = 0.04  # a ruling line spans at least this share of the page's width or height
FONT = "STSong-Light"  # a CID font every PDF reader maps to Unicode: the text layer needs no font file


@dataclass(frozen=True)
class TextLine:
    text: str
    x0: float  # in PDF points, top-left origin like pdfplumber
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
    return not page.chars and bool(page.images)


def read_scanned_page(page: Any) -> Any:
    """A pdfplumber page with the scanned page's text and ruling lines, of the same size."""
    import pdfplumber

    image = page.to_image(resolution=DPI).original.convert("RGB")
    scale = float(page.width) / image.width
    rules, lines = recognise(image, scale)
    data = text_layer_pdf(float(page.width), float(page.height), rules, lines)
    return pdfplumber.open(io.BytesIO(data)).pages[0]


def recognise(image: Any, scale: float) -> tuple[list[Rule], list[TextLine]]:
    """Ruling lines and text lines of a page image, in points (``scale`` points per pixel)."""
    import cv2
    import numpy as np

    pixels = np.array(image)
    pixels = remove_red(pixels)
    gray = cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)
    angle = skew_angle(gray)
    if abs(angle) > 0.1:
        gray = rotate(gray, angle)
    rules = ruling_lines(gray, scale)
    found, _ = engine()(cv2.cvtColor(gray, cv2.COLOR_GRAY2RGB))
    lines = []
    for box, text, confidence in found or []:
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        if text.strip():
            lines.append(TextLine(text.strip(), min(xs) * scale, min(ys) * scale, max(xs) * scale,
                                  max(ys) * scale, float(confidence)))
    return rules, lines


def remove_red(pixels: Any) -> Any:
    """A red seal stamped over cells is not content: its pixels become white."""
    import cv2

    hsv = cv2.cvtColor(pixels, cv2.COLOR_RGB2HSV)
    red = ((hsv[..., 0] < 12) | (hsv[..., 0] > 165)) & (hsv[..., 1] > 70) & (hsv[..., 2] > 80)
    cleaned = pixels.copy()
    cleaned[red] = 255
    return cleaned


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


def ruling_lines(gray: Any, scale: float) -> list[Rule]:
    """Horizontal and vertical rules: dark runs that survive an opening with a long thin kernel."""
    import cv2

    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    height, width = binary.shape
    rules = []
    for kernel_size, horizontal in (((max(20, int(width * MIN_LINE)), 1), True),
                                    ((1, max(20, int(height * MIN_LINE))), False)):
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, kernel_size)
        found = cv2.dilate(cv2.erode(binary, kernel), kernel)
        contours, _ = cv2.findContours(found, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            x, y, w, h = cv2.boundingRect(contour)
            if horizontal:
                middle = (y + h / 2) * scale
                rules.append(Rule(x * scale, middle, (x + w) * scale, middle))
            else:
                middle = (x + w / 2) * scale
                rules.append(Rule(middle, y * scale, middle, (y + h) * scale))
    return rules


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
