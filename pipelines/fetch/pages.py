"""Reading fetched HTML: its charset, and whether it is an error page rather than a report page.

Whether a page holds a report is the extractor's call (prose reports have no tables); the
fetcher refuses only pages that cannot be one: too little text, or an error page served with 200.
"""

from __future__ import annotations

import re

# Said by error pages that portals serve with HTTP 200 (vocabulary, matched in the title and
# first heading, and anywhere in a short page).
ERROR_PAGE_WORDS = (
    "404", "403", "500", "502", "503", "not found", "error", "forbidden",
    "页面不存在", "文章不存在", "信息不存在", "页面未找到", "页面找不到", "找不到", "访问出错", "出错了",
    "无法访问", "系统繁忙", "已被删除",
)
MIN_TEXT_CHARS = 200  # fewer visible characters than this cannot be a report
SHORT_PAGE_CHARS = 1500  # below this, error words anywhere in the text mark an error page

_ERROR_WORD = re.compile("|".join(
    rf"(?<![\w.,]){re.escape(w)}(?![\w.,])" if w.isascii() else re.escape(w) for w in ERROR_PAGE_WORDS), re.I)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_GB_NAMES = {"gbk", "gb2312", "gb_2312", "gb_2312-80", "x-gbk", "cp936", "csgb2312", "euc-cn"}


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Text of a page: the HTTP charset, then <meta charset>, then UTF-8, then GB18030 (GBK's superset)."""
    http = _HTTP_CHARSET.search(content_type or "")
    meta = _META_CHARSET.search(data[:4096])
    declared = [http.group(1) if http else None, meta.group(1).decode("ascii", "ignore") if meta else None]
    for charset in [*declared, "utf-8-sig", "gb18030"]:
        if not charset:
            continue
        codec = "gb18030" if charset.lower() in _GB_NAMES else charset
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def error_page_reason(page: str) -> str | None:
    """Why this decoded HTML page is an error page and not a possible report, or None."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "lxml")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    text = " ".join(soup.get_text(" ").split())
    chars = len(text.replace(" ", ""))
    heading = soup.find(["h1", "h2"])
    head = " ".join(t.get_text(" ") for t in (soup.title, heading) if t is not None)
    found = _ERROR_WORD.search(head) or (_ERROR_WORD.search(text) if chars < SHORT_PAGE_CHARS else None)
    if found:
        return f"error page: says {found.group(0)!r}"
    if chars < MIN_TEXT_CHARS:
        return f"error page: {chars} characters of text, too few for a report"
    return None
