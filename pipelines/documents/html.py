"""HTML pages as county portals publish them: ``<table>`` grids with rowspan/colspan, ``<p>`` text.

Navigation chrome (``nav``, ``header``, ``footer``, menus, breadcrumbs …) is dropped.
A table that holds other tables is page layout: its cells are read as content.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.documents.model import Block, Paragraph, Table

CHROME_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "iframe", "form", "button",
               "select", "svg")
CHROME_NAMES = re.compile(r"(^|[-_\s])(nav|navbar|menu|footer|header|breadcrumb|crumb|sidebar|banner|toolbar|"
                          r"share|topbar|copyright|pagination|skip)($|[-_\s])", re.I)
BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
              "blockquote", "pre", "center", "body", "dd", "dt", "dl", "tr", "td", "th", "tbody", "thead"}
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def read_html(text: str) -> list[Block]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "lxml")
    for tag in soup.find_all(CHROME_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is None:
            continue
        names = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
        if tag.name not in ("body", "html", "table", "td", "tr") and CHROME_NAMES.search(names):
            tag.decompose()
    root = soup.body or soup
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    return walker.blocks


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.inline: list[str] = []

    def flush(self) -> None:
        text = SPACES.sub(" ", "".join(self.inline)).strip()
        for line in text.split("\n"):
            if line.strip():
                self.blocks.append(Paragraph(line.strip()))
        self.inline = []

    def walk(self, node: Any) -> None:
        from bs4 import NavigableString, Tag
        from bs4.element import Comment

        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                self.inline.append(str(child).replace("\n", " "))
            elif isinstance(child, Tag):
                if child.name == "table":
                    self.flush()
                    if child.find("table"):
                        self.walk(child)
                    else:
                        grid = table_grid(child)
                        if grid:
                            self.blocks.append(Table(grid[0], merged=grid[1]))
                elif child.name == "br":
                    self.inline.append("\n")
                elif child.name in BLOCK_TAGS:
                    self.flush()
                    self.walk(child)
                    self.flush()
                else:
                    self.walk(child)


def table_grid(table: Any) -> tuple[list[list[str]], set[tuple[int, int]]] | None:
    """The table's rows with every rowspan/colspan position filled with its cell's text."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    filled: dict[tuple[int, int], str] = {}
    merged: set[tuple[int, int]] = set()
    width = 0
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in filled:
                c += 1
            text = _cell_text(cell)
            rowspan, colspan = _span(cell.get("rowspan")), _span(cell.get("colspan"))
            for dr in range(rowspan):
                for dc in range(colspan):
                    filled[(r + dr, c + dc)] = text
                    if dr or dc:
                        merged.add((r + dr, c + dc))
            c += colspan
            width = max(width, c)
    if not rows or not width:
        return None
    grid = [[filled.get((r, c), "") for c in range(width)] for r in range(len(rows))]
    return grid, merged


def _span(value: Any) -> int:
    try:
        return max(1, min(int(str(value).strip()), 500))
    except (TypeError, ValueError):
        return 1


def _cell_text(cell: Any) -> str:
    for br in cell.find_all("br"):
        br.replace_with("\n")
    parts = [SPACES.sub(" ", p.get_text(" ")).strip() for p in cell.find_all(["p", "div"], recursive=False)]
    text = "\n".join(p for p in parts if p) if parts else SPACES.sub(" ", cell.get_text(" ")).strip()
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


FURNITURE_NAMES = re.compile(r"(^|[-_\s])(head|top|foot|logo|position|location|crumbs?|site-?name|"
                             r"copyright|banner)($|[-_\s])", re.I)
SITE_META = ("SiteName", "sitename", "site_name")


def page_furniture(text: str) -> tuple[str, list[str]]:
    """The page's ``<title>`` and the text of its furniture: header, logo, menus, breadcrumbs, footer.

    Furniture names the site's owner, the publisher of the page, which is not necessarily the
    unit a report is about; recognizers need it apart from the content. Besides what
    ``read_html`` drops, elements named like furniture (``head``, ``top``, ``logo``, ``position``
    ...) are included when they hold no table or heading, since the reader keeps those in
    the blocks. A ``SiteName`` meta tag is furniture too. Each entry is a paragraph as the
    reader would produce it.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "lxml")
    title = SPACES.sub(" ", soup.title.get_text(" ")).strip() if soup.title else ""
    chrome: list[str] = []
    for meta in soup.find_all("meta"):
        if meta.get("name") in SITE_META and (meta.get("content") or "").strip():
            chrome.append(meta["content"].strip())
    for tag in soup.find_all(("script", "style", "noscript", "svg", "select", "button")):
        tag.decompose()
    root = soup.body or soup
    taken: set[int] = set()
    for tag in root.find_all(True):
        if tag.attrs is None or any(id(parent) in taken for parent in tag.parents):
            continue
        names = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
        layout = tag.name in ("body", "html", "table", "td", "tr")
        dropped = tag.name in ("nav", "header", "footer", "aside") or (not layout and CHROME_NAMES.search(names))
        named = not layout and FURNITURE_NAMES.search(names) and tag.find(("table", "h1", "h2", "h3")) is None
        if not (dropped or named):
            continue
        taken.add(id(tag))
        walker = _Walker()
        walker.walk(tag)
        walker.flush()
        chrome.extend(b.text for b in walker.blocks if isinstance(b, Paragraph))
    return title, list(dict.fromkeys(chrome))
