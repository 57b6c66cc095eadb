"""A Content-Security-Policy for every page of the public site.

The site is static and serves everything itself, so the policy allows only
our own origin and no inline code, with one exception: mkdocs-material writes
a few small inline scripts into every page (local storage helpers, the tab
restore). Their text depends on the page (relative URLs), so their SHA-256
hashes are computed from the finished HTML, page by page, and allowed by hash;
'unsafe-inline' is never needed.

Only scripts outside the page content (the theme's `<article>`) are hashed:
a script that found its way into a dossier's text would not be allowed by
the policy, even if it slipped past the checks in `sanitise`.

The policy is a `<meta>` tag placed first in `<head>` (a meta policy applies
only to what follows it). Directives a meta tag cannot carry
(`frame-ancestors`, `report-uri`, `sandbox`) belong in the web server's
headers; see DEVELOPING.md.
"""

from __future__ import annotations

import base64
import hashlib
import re

# Ordered for a stable, readable attribute; every value a fixed string except the hashes.
DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("script-src", "'self'{hashes}"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),  # the theme's icons are data: URLs in its stylesheet
    ("font-src", "'self'"),
    ("connect-src", "'self'{origins}"),  # the search index; the theme reads sitemap.xml
    ("worker-src", "'self'"),  # the search worker
    ("object-src", "'none'"),
    ("frame-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)

_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_CONTENT_START = re.compile(r'<article class="md-content__inner[^"]*"[^>]*>')
_CONTENT_END = "</article>"
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.IGNORECASE)
_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
_EXISTING = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?')
_EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)


def policy(hashes: list[str], origins: tuple[str, ...] = ()) -> str:
    allowed = "".join(f" '{h}'" for h in hashes)
    extra = "".join(f" {o}" for o in origins)
    return "; ".join(f"{name} {value.format(hashes=allowed, origins=extra)}"
                     for name, value in DIRECTIVES)


def site_origin(site_url: str | None) -> tuple[str, ...]:
    """The origin of the site's canonical address, e.g. ('https://example.org',).

    mkdocs-material reads `sitemap.xml` next to every `<link rel="alternate">`
    (meant for language versions), so the Atom feed link, which is absolute,
    makes it fetch the sitemap from the canonical origin. That is the site
    itself; allowing it keeps a copy served elsewhere (a preview) quiet.
    """
    match = re.match(r"^(https?://[^/?#]+)", site_url or "")
    return (match.group(1),) if match else ()


def inline_script_hashes(page: str) -> list[str]:
    """'sha256-...' of each executable inline script of the theme, in page order, unique."""
    start = _CONTENT_START.search(page)
    end = page.rfind(_CONTENT_END)
    # The last </article>: a closing tag inside the content cannot end the region early.
    content = (start.start(), end if end > start.start() else len(page)) if start else (0, 0)
    hashes: list[str] = []
    for match in _SCRIPT.finditer(page):
        attrs = match.group("attrs")
        if re.search(r"\bsrc\s*=", attrs, re.IGNORECASE):
            continue
        kind = _TYPE.search(attrs)
        if (kind.group(1).lower() if kind else "") not in _EXECUTABLE_TYPES:
            continue  # data blocks such as material's JSON config are never run
        if content[0] <= match.start() < content[1]:
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        value = "sha256-" + base64.b64encode(digest).decode("ascii")
        if value not in hashes:
            hashes.append(value)
    return hashes


def add_policy(page: str, origins: tuple[str, ...] = ()) -> str:
    """The page with its Content-Security-Policy meta tag first in <head>."""
    page = _EXISTING.sub("", page)
    content = policy(inline_script_hashes(page), origins)
    tag = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    anchor = _CHARSET.search(page) or _HEAD.search(page)
    if anchor is None:
        return page
    return f"{page[:anchor.end()]}\n    {tag}{page[anchor.end():]}"
