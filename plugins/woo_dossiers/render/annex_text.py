"""One PDF page's text as a reader wants it: paragraphs, list items and tables.

The text comes from `annex/layout.py`: PDFium's lines, a blank line where a
block ends and tabs between the cells of a table row. Here the lines of a block
become one paragraph (a list item starts its own), a word that PDFium joined
at a hyphenated line end (U+FFFE where the hyphen was) is written whole, and a
block of tab-separated rows becomes a table. Text without that layout (an
older cache, a test) still reads: each block is joined the same way.

The search index reads `plain_text`, the same words as the page shows, so a
word hyphenated in the PDF is found whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

# Control characters are not allowed in HTML, and Python-Markdown uses two of them as
# its own placeholders. Tabs are the layout's cell separators (see _table).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ITEM = re.compile(r"\s*(?:[\ue000-\uf8ff•·▪●○◦■□*\-–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
# A hyphen at a line end: U+FFFE where PDFium joined the lines itself, or a hyphen
# that ends a line it left alone; the spaces after it go too (_unbreak_all).
BREAK = re.compile(r"\ufffe|(?<=\w)-\n")
_VOWELS = "aeiou"


def page_blocks(text: str) -> Iterator[tuple[str, list[list[str]] | str]]:
    """("table", rows of cells), ("headed-table", rows with column heads first) or ("p", a
    paragraph), in the order of the page."""
    text = _CONTROL.sub("", text)
    for block in re.split(r"\n *\n", text):
        lines = block.split("\n")
        headed = len(lines) > 2 and lines[1] == "\t"  # the layout's mark under column heads
        lines = [line for line in lines if line.strip()]
        if not lines:
            continue
        if all("\t" in line for line in lines) and len(lines) > 1:
            rows = [[cell.strip() for cell in line.split("\t")] for line in lines]
            yield "headed-table" if headed else "table", rows
            continue
        item: list[str] = []
        for line in lines:
            if item and _ITEM.match(line):
                yield "p", _join(item)
                item = []
            item.append(line.replace("\t", " "))
        yield "p", _join(item)


def page_html(text: str, page: int) -> str:
    """PDF page `page`'s blocks as escaped HTML, one block without blank lines (Markdown
    leaves it alone)."""
    parts = []
    for kind, block in page_blocks(text):
        if kind != "p":
            assert isinstance(block, list)
            # Scrolls sideways on a phone; a region with a name of its own, reachable by keyboard.
            count = sum(part.startswith("<div") for part in parts) + 1
            label = f"Tabel {count} op pagina {page} van de PDF"
            parts.append(f'<div class="woo-table-wrap" role="region" tabindex="0" '
                         f'aria-label="{label}">{_table(block, label, kind == "headed-table")}</div>')
        else:
            parts.append(f"<p>{escape(block)}</p>")
    return "".join(parts)


def plain_text(text: str) -> str:
    """The words of the page as it shows them, for the search index."""
    words = []
    for kind, block in page_blocks(text):
        rows = [[block]] if kind == "p" else block
        words += [cell for row in rows for cell in row if cell]
    return "\n".join(words)


def _table(rows: list[list[str]], caption: str, headed: bool) -> str:
    """Column heads where the PDF set them apart (in bold); otherwise the first column
    names its row, as an item's number or name does."""
    width = max(len(row) for row in rows)

    def row_html(row: list[str], heads: bool) -> str:
        cells = [escape(_join([cell])) for cell in [*row, *[""] * (width - len(row))]]
        if heads:
            return "<tr>" + "".join(f'<th scope="col">{c}</th>' for c in cells) + "</tr>"
        return (f'<tr><th scope="row">{cells[0]}</th>'
                + "".join(f"<td>{c}</td>" for c in cells[1:]) + "</tr>")

    head = f"<thead>{row_html(rows[0], True)}</thead>" if headed else ""
    body = "".join(row_html(row, False) for row in (rows[1:] if headed else rows))
    return f"<table><caption>{escape(caption)}</caption>{head}<tbody>{body}</tbody></table>"


def _join(lines: list[str]) -> str:
    """The lines of one paragraph as one line, hyphenated words whole again."""
    return " ".join(_unbreak_all("\n".join(line.strip() for line in lines)).split())


def _unbreak_all(text: str) -> str:
    """Each word broken at a line end (BREAK) whole again, as `_unbroken` writes it.

    What re.sub(r"(\\S*?)(?:\\ufffe\\s*|(?<=\\w)-\\n\\s*)(\\S?)", ...) gives (a test
    compares them), without that expression: it tried every position of the text and
    took most of the time of turning annex text into HTML. Here only the breaks are
    searched for, and the word before each is found by walking back to a space.
    """
    out: list[str] = []
    pos = 0  # where the last break's word ended: the next word starts here at the earliest
    while (found := BREAK.search(text, pos)) is not None:
        start = found.start()
        while start > pos and not text[start - 1].isspace():
            start -= 1
        end = found.end()
        while end < len(text) and text[end].isspace():
            end += 1
        after = text[end:end + 1]
        out += [text[pos:start], _unbroken(text[start:found.start()], after)]
        pos = end + len(after)
    return "".join(out) + text[pos:] if out else text


def _unbroken(before: str, after: str) -> str:
    if not (before[-1:].isalpha() and after.isalpha()):  # 2021-2022, 100,-: a hyphen
        return f"{before}-{after}" if after.isalnum() or not after else f"{before}- {after}"
    # A compound keeps its hyphen: a part with a capital or digit (Noord-Holland,
    # Woo-verzoek, 5G-mast), or two equal vowels that must not merge (zee-eend).
    keep = (after.isupper() or any(c.isupper() or c.isdigit() for c in before)
            or (before[-1].lower() == after.lower() and after.lower() in _VOWELS))
    return f"{before}{'-' if keep else ''}{after}"
