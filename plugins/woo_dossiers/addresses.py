"""Where each generated page lives, and links between them.

Pages are written with directory URLs (`dossiers/<slug>/`), the stable public
address of a dossier. HTML blocks are not rewritten by MkDocs, so links inside
them are made relative here.
"""

from __future__ import annotations

import posixpath

OVERVIEW_PAGE = "dossiers/index.md"
REUSE_PAGE = "hergebruik/index.md"


def dossier_page(slug: str) -> str:
    return f"dossiers/{slug}/index.md"


def page_url(src_path: str) -> str:
    """The directory URL MkDocs gives a Markdown source path."""
    if src_path == "index.md":
        return ""
    if src_path.endswith("/index.md"):
        return src_path[: -len("index.md")]
    return src_path[: -len(".md")] + "/"


def dossier_url(slug: str) -> str:
    return f"dossiers/{slug}/"


def annex_url(slug: str, file: str) -> str:
    return f"dossiers/{slug}/{file}"


def annex_text_page(slug: str, file: str) -> str:
    """Source path of an annex's text page: dossiers/<slug>/bijlagen/<file without .pdf>/."""
    stem = file[:-4] if file.lower().endswith(".pdf") else file
    return f"dossiers/{slug}/bijlagen/{stem}/index.md"


def relative(from_url: str, to_url: str) -> str:
    """A link from the page at `from_url` to `to_url`, both relative to the site root."""
    rel = _relpath(to_url, from_url)
    if rel == ".":
        return "./"
    return rel + "/" if to_url.endswith("/") else rel


def _relpath(to_url: str, from_url: str) -> str:
    """`posixpath.relpath("/" + to_url, "/" + from_url)`, the same answer for every input.

    A generated site makes tens of thousands of links a build, and relpath's abspath and
    normpath cost more than the rest of a link: site paths are plain segments, so the
    common prefix of their segments is all it takes. A path that normpath would change
    beyond its outer slashes (an empty, "." or ".." segment; any segment starting with a
    dot, to keep the test short) goes to relpath itself."""
    to_path, from_path = to_url.strip("/"), from_url.strip("/")
    if ("//" in to_path or "//" in from_path or to_path.startswith(".") or "/." in to_path
            or from_path.startswith(".") or "/." in from_path):
        return posixpath.relpath("/" + to_url, "/" + from_url)
    to_parts = to_path.split("/") if to_path else []
    from_parts = from_path.split("/") if from_path else []
    common = 0
    for to_part, from_part in zip(to_parts, from_parts, strict=False):
        if to_part != from_part:
            break
        common += 1
    parts = [".."] * (len(from_parts) - common) + to_parts[common:]
    return "/".join(parts) if parts else "."


# Browse pages: by topic, by organisation, by legal ground; the statistics.
TOPICS_PAGE = "onderwerpen/index.md"
ORGANISATIONS_PAGE = "organisaties/index.md"
GROUNDS_PAGE = "gronden/index.md"
STATS_PAGE = "statistieken/index.md"


def topic_page(slug: str) -> str:
    return f"onderwerpen/{slug}/index.md"


def organisation_page(slug: str) -> str:
    return f"organisaties/{slug}/index.md"


def inventory_page_path(slug: str) -> str:
    return f"dossiers/{slug}/inventaris/index.md"


def inventory_url(slug: str) -> str:
    return f"dossiers/{slug}/inventaris/"


def inventory_csv_url(slug: str) -> str:
    return f"dossiers/{slug}/inventaris/inventaris.csv"


def inventory_json_url(slug: str) -> str:
    return f"dossiers/{slug}/inventaris/inventaris.json"


def page_feed(src_path: str) -> str:
    """The Atom feed of a topic's or organisation's page: `feed-onderwerpen-<slug>.xml`.

    In the site's root, beside feed.xml, not beside the page: mkdocs-material reads
    `sitemap.xml` from the folder of every `<link rel="alternate">` on a page (for its
    language switch), and finds one only in the root."""
    return "feed-" + src_path.removesuffix("/index.md").replace("/", "-") + ".xml"


# A request decided in parts: one page lists its parts (analyse/cases.py).
def case_page(case: str) -> str:
    return f"verzoeken/{case}/index.md"


def case_url(case: str) -> str:
    return f"verzoeken/{case}/"
