"""The site's own scripts and pages as a visitor downloads them: without comments and
indentation.

The readable files (docs/assets/zoeken.js, stemmer-nl.js, the plugin's assets/*.js) are the
ones we edit and test; the built site gets them through rjsmin, a small, well-kept minifier
that only removes comments and whitespace (no renaming), so what runs is the same code. The
search page's scripts are about 70 kB as written and about 35 kB so (issue 16: a first search
under 100 kB).
"""

from __future__ import annotations

import re

from rjsmin import jsmin

# Scripts of the project's docs/ that our pages load (docs/zoeken.md, assets/woo/kopzoek.js).
DOCS_SCRIPTS = ("assets/zoeken.js", "assets/stemmer-nl.js")


def minify_js(source: str) -> str:
    """The script without comments and needless whitespace, ending in a newline."""
    return jsmin(source).strip() + "\n"


# Elements whose whitespace shows as typed (Material prints code, kbd and pre as pre-wrap; the
# browser shows pre so everywhere) or is not markup (scripts, styles, a textarea's value): kept as they are.
_VERBATIM = re.compile(r"<(pre|code|kbd|textarea|script|style)\b", re.I)
# Whitespace between two tags that holds a line break: the templates' indentation. Matched in
# the text between verbatim elements, which begins after a tag and ends before one.
# (Searched from its ">": a pattern that can begin at any whitespace is five times slower.)
_INDENTATION = re.compile(r">[ \t\r\n]*\n[ \t\r\n]*(?=<|$)")
_LEADING_INDENTATION = re.compile(r"^[ \t\r\n]*\n[ \t\r\n]*(?=<|$)")


def collapse_indentation(html: str) -> str:
    """The page without the indentation between its tags (one line break is kept, so it shows
    exactly as before: a browser shows any run of whitespace between tags as one space or
    none). Material's templates indent deeply: 3 of the search page's 17 kB (issue 16)."""
    out = []
    pos = 0
    for start, end in _verbatim_spans(html) + [(len(html), len(html))]:
        text = html[pos:start]
        if pos:  # after a verbatim element's closing tag
            text = _LEADING_INDENTATION.sub("\n", text, count=1)
        out.append(_INDENTATION.sub(">\n", text))
        out.append(html[start:end])
        pos = end
    return "".join(out)


def _verbatim_spans(html: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost verbatim element, to its own closing tag: a <kbd> in a
    <kbd> (a key combination, as the HTML standard writes it) does not end the outer one. An
    element left open runs to the end of the page."""
    spans = []
    pos = 0
    while (opening := _VERBATIM.search(html, pos)) is not None:
        tags = re.compile(rf"<(/?){opening.group(1)}\b[^>]*>", re.I)
        depth = 0
        end = len(html)
        for tag in tags.finditer(html, opening.start()):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                end = tag.end()
                break
        spans.append((opening.start(), end))
        pos = end
    return spans
