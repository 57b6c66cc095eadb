"""Refuse active content in Markdown written for the public site.

The decision letter (and an item's `answer`) is Markdown, and Markdown lets
raw HTML through: a `<script>`, an `onclick=` attribute, an `<iframe>` or a
`javascript:` link in it would run on every visitor's browser under our
domain. We do not try to clean such input (a cleaned letter is no longer the
letter that was decided); we refuse it with the line, so that a person looks
at it.

Three passes, so that obfuscation does not slip through:

1. the source is read as HTML (Python's HTMLParser lower-cases tag and
   attribute names and decodes entities in attribute values, as a browser
   does): forbidden elements, `on...=` attributes and dangerous URLs in raw
   HTML, each with its own line;
2. Markdown link destinations (`[x](...)`, `![x](...)`, `[x]: ...`) and
   attribute lists (`{: onclick=...}`, which attr_list turns into attributes)
   are checked in the source, again with their line;
3. the text is rendered with Python-Markdown and the HTML it produces is
   checked the same way: whatever construct reached the output without being
   seen by the first two passes is still refused (with the line where its
   words are found).
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass
from html.parser import HTMLParser

import markdown

from .. import messages
from ..messages.problems import Problem
from ..render.held import START

HELD_MARKER = START.removeprefix("<!--")  # a held block's comment, as the parser gives it

# Elements that run code, embed other documents, or redirect the page.
# (What each one is, in words: messages/markdown.py, ELEMENTS.)
FORBIDDEN_ELEMENTS = frozenset({
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta",
    "link", "form",
})
# Schemes that run code or carry a whole document inside the link.
FORBIDDEN_SCHEMES = ("javascript:", "vbscript:", "data:")
# Attributes whose value the browser follows or loads as a URL.
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background",
    "cite", "data", "codebase", "longdesc", "usemap", "lowsrc", "dynsrc", "manifest", "ping",
    "icon", "profile", "archive", "classid",
}
# The extensions the site enables for letters (mkdocs.yml and the plugin), so
# that pass 3 sees the same HTML the site will publish.
MARKDOWN_EXTENSIONS = ["admonition", "attr_list", "toc", "md_in_html", "tables"]

_LINK_DESTINATION = re.compile(r"\]\(\s*(<[^>]*>|[^\s)]+)")
_REFERENCE_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]]+\]:[ \t]*(<[^>]*>|\S+)", re.MULTILINE)
_ATTRIBUTE_LIST = re.compile(r"\{:?([^{}\n]*)\}")
_ATTRIBUTE_IN_LIST = re.compile(r"([^\s=]+)\s*=\s*(\"[^\"]*\"|'[^']*'|\S+)")
# Browsers drop ASCII whitespace and control characters inside a scheme.
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f\\]+")


@dataclass(frozen=True)
class Finding:
    line: int | None  # 1-based, in the text that was checked
    code: str  # of messages/markdown.py
    params: tuple[tuple[str, str], ...] = ()  # a tuple: findings are de-duplicated as keys

    @property
    def message(self) -> str:
        return messages.english(self.code, dict(self.params))


def active_content(text: str) -> list[Finding]:
    """Every script-like construct in Markdown `text`, in line order, without duplicates."""
    findings = _raw_html(text, first_line=1) + _markdown_syntax(text)
    seen = {_subject(f.message) for f in findings}
    for finding in _rendered(text):
        if _subject(finding.message) not in seen:
            seen.add(_subject(finding.message))
            findings.append(finding)
    unique = list(dict.fromkeys(findings))
    return sorted(unique, key=lambda f: (f.line or 0, f.message))


def letter_problems(text: str, dossier: str, file: str) -> list[Problem]:
    """Problems for a decision letter: one per construct, naming the letter's line."""
    return [Problem(dossier=dossier, file=file, line=f.line, code=f.code, params=dict(f.params))
            for f in active_content(text)]


def dangerous_url(value: str) -> str | None:
    """The forbidden scheme `value` starts with, as a browser would read it, or None."""
    plain = _IGNORED_IN_SCHEME.sub("", html.unescape(value)).lower()
    return next((scheme for scheme in FORBIDDEN_SCHEMES if plain.startswith(scheme)), None)


def _url(line: int | None, scheme: str) -> Finding:
    return Finding(line, "script-link", (("scheme", scheme),))


def _attribute(line: int | None, name: str, tag: str | None) -> Finding:
    if tag is None:
        return Finding(line, "event-handler-in-list", (("attribute", name),))
    return Finding(line, "event-handler", (("attribute", name), ("tag", tag)))


def _element(line: int | None, tag: str) -> Finding:
    return Finding(line, "html-element", (("tag", tag), ("element", tag)))


class _TagScanner(HTMLParser):
    """Collects findings in HTML; `getpos()` gives the line of every tag."""

    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.first_line = first_line
        self.findings: list[Finding] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0] + self.first_line - 1
        if tag in FORBIDDEN_ELEMENTS:
            self.findings.append(_element(line, tag))
        for name, value in attrs:
            if name.startswith("on"):
                self.findings.append(_attribute(line, name, tag))
            elif name in URL_ATTRIBUTES and value and (scheme := dangerous_url(value)):
                self.findings.append(_url(line, scheme))

    handle_startendtag = handle_starttag

    def handle_comment(self, data: str) -> None:
        # The build turns such a comment back into the HTML inside it (render/held.py): in
        # a published text it would be a way round every check above.
        if data.startswith(HELD_MARKER):
            self.findings.append(Finding(self.getpos()[0] + self.first_line - 1, "held-comment"))


def _raw_html(text: str, first_line: int) -> list[Finding]:
    scanner = _TagScanner(first_line)
    scanner.feed(text)
    scanner.close()
    return scanner.findings


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _markdown_syntax(text: str) -> list[Finding]:
    findings = []
    for pattern in (_LINK_DESTINATION, _REFERENCE_DEFINITION):
        for match in pattern.finditer(text):
            scheme = dangerous_url(match.group(1).strip("<>"))
            if scheme:
                findings.append(_url(_line_at(text, match.start(1)), scheme))
    for match in _ATTRIBUTE_LIST.finditer(text):
        line = _line_at(text, match.start())
        for name, value in _ATTRIBUTE_IN_LIST.findall(match.group(1)):
            name = name.lower()
            if name.startswith("on"):
                findings.append(_attribute(line, name, None))
            elif name in URL_ATTRIBUTES and (scheme := dangerous_url(value.strip("\"'"))):
                findings.append(_url(line, scheme))
    return findings


def _rendered(text: str) -> list[Finding]:
    """Pass 3: what Python-Markdown makes of the text, located back in the source."""
    try:
        output = _converter().reset().convert(text)
    except Exception as error:  # a text the renderer cannot take is refused too
        _converters.markdown = None  # its state is whatever the error left: a new one next
        return [Finding(None, "markdown-unrenderable", (("error", type(error).__name__),))]
    return [Finding(_find_line(text, f.message), f.code, f.params) for f in _raw_html(output, 1)]


_converters = threading.local()


def _converter() -> markdown.Markdown:
    """This thread's Markdown converter, made once: `markdown.markdown` makes a new one for
    every text, and setting up its parser and extensions was two fifths of each call (a
    dossier has a dozen texts; a profile of reading 10,000 dossiers: 74 of 186 s).
    `reset()` before each text clears what the last one left (the toc's ids, the HTML stash);
    after a text that raised, its state is not known, so `_rendered` drops it."""
    converter = getattr(_converters, "markdown", None)
    if converter is None:
        converter = _converters.markdown = markdown.Markdown(extensions=MARKDOWN_EXTENSIONS)
    return converter


def _subject(message: str) -> str:
    """What a message is about: the attribute, scheme or element it names first."""
    quoted = re.search(r"'([^']+)'|<([a-z]+)>", message)
    return (quoted.group(1) or quoted.group(2)) if quoted else message


def _find_line(text: str, message: str) -> int | None:
    """The first source line that mentions the construct a message is about."""
    words = [_subject(message)]
    lowered = [_IGNORED_IN_SCHEME.sub("", html.unescape(line)).lower() for line in text.splitlines()]
    for word in words:
        needle = _IGNORED_IN_SCHEME.sub("", word).lower()
        for number, line in enumerate(lowered, start=1):
            if needle in line:
                return number
    return None
