"""HTML blocks our renderers make, handed to the engine's Markdown as one comment each
("held") and put back into the rendered page.

Most of a generated page is HTML we made (the answer table, the facts, the decisions
tables of the overview and of each topic and organisation). Markdown treats such a block
as raw HTML, but only after parsing it twice, tag by tag: MkDocs' own pass for the ids
that links may name, then Markdown's for where the block ends. That was half of
converting a dossier page (300 dossier pages: 2.26 s of CPU, 1.07 s held) and about a
seventh of a full build. A comment is found whole by both parsers with one search for
its end, so a block goes through as `<!--woo-held:<block>-->` and comes back as it was,
with the ids MkDocs would have found in it (`put_back`, right after the conversion,
before any other plugin sees the page).

A block is held only when it can be: it begins with a tag and holds no `-->` (which would
end the comment early; our renderers escape `>` in text and attributes, so only a
template's own comment could). Anything else goes to Markdown as before.

`put_back` turns every such comment in a rendered page into HTML, so a text the public
site publishes as written (a letter, an item's answer) must never hold one: it would be a
way round the check for scripts. checks/sanitise.py refuses it there ("held-comment").
"""

from __future__ import annotations

import html
import re

from markupsafe import Markup

START = "<!--woo-held:"
END = "-->"
_HELD = re.compile(re.escape(START) + r"(.*?)" + re.escape(END), re.S)
_START_TAG = re.compile(r"<([A-Za-z][\w:-]*)(\s[^<>]*)?>")
_ID = re.compile(r'\sid="([^"]*)"')
_NAME = re.compile(r'\sname="([^"]*)"')


def hold(block: str) -> Markup:
    """The block as a comment Markdown passes through whole (its line breaks around it
    kept where they were); the block itself where it cannot be held."""
    text = str(block)
    inner = text.strip("\n")
    if not inner.startswith("<") or END in inner:
        return Markup(text)
    before = text[:len(text) - len(text.lstrip("\n"))]
    after = text[len(text.rstrip("\n")):]
    return Markup(f"{before}{START}{inner}{END}{after}")


def put_back(rendered: str) -> tuple[str, set[str]]:
    """The rendered page with every held block in its place, and the anchors (ids, and
    names of links) in those blocks, as MkDocs finds them in raw HTML."""
    if START not in rendered:
        return rendered, set()
    anchors: set[str] = set()

    def back(found: re.Match[str]) -> str:
        block = found.group(1)
        anchors.update(anchor_ids(block))
        return block

    return _HELD.sub(back, rendered), anchors


def whole(markdown: str) -> str:
    """Markdown with every held block written out again (for a build without our plugin)."""
    return _HELD.sub(lambda found: found.group(1), markdown)


def anchor_ids(block: str) -> set[str]:
    """The ids in `block`, and the names of its links (<a name>): what MkDocs' raw HTML
    pass collects, for links to anchors to be checked against."""
    found: set[str] = set()
    for tag in _START_TAG.finditer(block):
        attributes = tag.group(2) or ""
        for pattern in (_ID, _NAME) if tag.group(1).lower() == "a" else (_ID,):
            found.update(html.unescape(value) for value in pattern.findall(attributes))
    return found
