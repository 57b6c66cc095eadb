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


# Either an element whose whitespace shows as typed (the theme styles code, kbd and pre as
# pre-wrap) or is not markup (scripts, styles, a textarea's value), kept exactly as it is; or
# whitespace between two tags that holds a line break (the templates' indentation).
_VERBATIM_OR_INDENTATION = re.compile(
    r"(<(pre|code|kbd|textarea|script|style)\b.*?</\2\s*>)|(?<=>)[ \t\r\n]*\n[ \t\r\n]*(?=<)", re.S | re.I)


def collapse_indentation(html: str) -> str:
    """The page without the indentation between its tags (one line break is kept, so it shows
    exactly as before: a browser shows any run of whitespace between tags as one space or
    none). Material's templates indent deeply: 3 of the search page's 17 kB (issue 16)."""
    return _VERBATIM_OR_INDENTATION.sub(lambda m: m.group(1) or "\n", html)
