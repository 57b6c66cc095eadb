"""Open data: the files beside the site's pages (feed, JSON, CSV, DiWoo sitemap, robots.txt).

Core code: takes models and returns file contents; the MkDocs adapter only
writes them. `export_files` is the one entry point.
"""

from __future__ import annotations

import html
import json
from typing import Any

from ..analyse import ReuseGraph
from ..history import HistoryEntry
from ..model import Dossier
from ..render.urls import dossier_url
from .atom import FEED_PATH, FEED_TITLE_SUFFIX, atom_feed
from .diwoo import SITEMAP_PATH, DiwooSitemap, robots_txt
from .documents import DOCUMENTS_CSV, documents_csv
from .items_csv import items_csv
from .records import FORMAT_VERSION, Records

DOSSIERS_JSON = "dossiers.json"
ITEMS_CSV = "items.csv"
ROBOTS_TXT = "robots.txt"
# MkDocs writes its own sitemap.xml of all pages; robots.txt names it too.
MKDOCS_SITEMAP = "sitemap.xml"


def dossier_json_path(slug: str) -> str:
    return dossier_url(slug) + "dossier.json"


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def export_files(dossiers: dict[str, Dossier], graph: ReuseGraph, site_url: str | None,
                 site_name: str, organisations: dict[str, str] | None = None,
                 history: dict[str, tuple[HistoryEntry, ...]] | None = None) -> dict[str, str]:
    """Site path -> file content for every open-data file.

    Without a site URL the JSON and CSV use site-relative addresses; the feed,
    the DiWoo sitemap and robots.txt need absolute ones and are left out.
    `history` is the publication history per slug (`history.site_history`).
    """
    base = (site_url.rstrip("/") + "/") if site_url else ""
    records = Records(dossiers, graph, base, history).all()
    files = {
        DOSSIERS_JSON: to_json({"format_version": FORMAT_VERSION, "dossiers": records}),
        ITEMS_CSV: items_csv(records),
        DOCUMENTS_CSV: documents_csv(records, lambda path: base + path),
    }
    for record in records:
        files[dossier_json_path(record["slug"])] = to_json(
            {"format_version": FORMAT_VERSION, **record})
    if base:
        files[FEED_PATH] = atom_feed(dossiers, base, site_name, history)
        files[SITEMAP_PATH] = DiwooSitemap(dossiers, base, organisations, history).xml()
        files[ROBOTS_TXT] = robots_txt(base, [MKDOCS_SITEMAP, SITEMAP_PATH])
    return files


def feed_link(site_url: str | None, site_name: str) -> str:
    """The <link> that lets browsers and feed readers find the feed from any page."""
    if not site_url:
        return ""
    href = site_url.rstrip("/") + "/" + FEED_PATH
    title = html.escape(f"{site_name}: {FEED_TITLE_SUFFIX}", quote=True)
    return f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{html.escape(href)}">'
