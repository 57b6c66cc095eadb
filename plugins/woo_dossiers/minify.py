"""The site's own scripts as a visitor downloads them: without comments and indentation.

The readable files (docs/assets/zoeken.js, stemmer-nl.js, the plugin's assets/*.js) are the
ones we edit and test; the built site gets them through rjsmin, a small, well-kept minifier
that only removes comments and whitespace (no renaming), so what runs is the same code. The
search page's scripts are about 70 kB as written and about 35 kB so (issue 16: a first search
under 100 kB).
"""

from __future__ import annotations

from rjsmin import jsmin

# Scripts of the project's docs/ that our pages load (docs/zoeken.md, assets/woo/kopzoek.js).
DOCS_SCRIPTS = ("assets/zoeken.js", "assets/stemmer-nl.js")


def minify_js(source: str) -> str:
    """The script without comments and needless whitespace, ending in a newline."""
    return jsmin(source).strip() + "\n"
