"""Open data: the files beside the site's pages (feed, JSON, CSV, DiWoo sitemap, robots.txt).

Core code: takes models and writes file contents through a sink (`write_exports`,
one dossier at a time; `folder_sink` puts them in a folder) or returns them all
(`export_files`); the MkDocs adapter hands the folder's files to MkDocs.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any, TextIO

from ..addresses import dossier_url
from ..analyse import Analysis
from ..model.dossier import Dossier
from .atom import FEED_PATH, FEED_TITLE_SUFFIX, atom_feed
from .diwoo import SITEMAP_PATH, DiwooSitemap, UrlsetJoin, robots_txt
from .documents import COLUMNS as DOCUMENTS_COLUMNS
from .documents import DOCUMENTS_CSV, document_rows
from .items_csv import COLUMNS as ITEMS_COLUMNS
from .items_csv import csv_rows, csv_writer, item_rows
from .records import FORMAT_VERSION, Records

DOSSIERS_JSON = "dossiers.json"
ITEMS_CSV = "items.csv"
ROBOTS_TXT = "robots.txt"
# MkDocs writes its own sitemap.xml of all pages; robots.txt names it too.
MKDOCS_SITEMAP = "sitemap.xml"
# The metadata is in the public domain (CC0 1.0), said in every JSON file; the published
# documents themselves (the PDFs) are not covered: docs/open-data.md "Licentie".
LICENSE = {"id": "CC0-1.0", "url": "https://creativecommons.org/publicdomain/zero/1.0/",
           "scope": "metadata"}


def dossier_json_path(slug: str) -> str:
    return dossier_url(slug) + "dossier.json"


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


Sink = Callable[[str], AbstractContextManager[TextIO]]


def export_files(analysis: Analysis, site_url: str | None, site_name: str,
                 organisations: dict[str, str] | None = None) -> dict[str, str]:
    """Site path -> file content for every open-data file (all held at once: for small sites
    and tests; a build streams them with `write_exports`)."""
    files: dict[str, str] = {}

    @contextmanager
    def to_memory(path: str) -> Iterator[TextIO]:
        out = io.StringIO(newline="")
        yield out
        files[path] = out.getvalue()

    write_exports(to_memory, analysis, site_url, site_name, organisations)
    return files


def folder_sink(folder: Path) -> Sink:
    """Writes each file under `folder` at its site path (UTF-8, line ends as given)."""
    @contextmanager
    def to_file(path: str) -> Iterator[TextIO]:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8", newline="") as out:
            yield out

    return to_file


# A differential build's (incremental/sources.py DossierMemo.texts): a dossier's texts as the
# previous build made them, from the dossier, a context and the function that makes them.
KeptTexts = Callable[[Dossier, str, Callable[[], list[str]]], list[str]]


def write_exports(sink: Sink, analysis: Analysis, site_url: str | None, site_name: str,
                  organisations: dict[str, str] | None = None,
                  kept: KeptTexts | None = None, own_sink: Sink | None = None) -> list[str]:
    """Write every open-data file through `sink(site_path)`, each dossier's own record
    through `own_sink` when given; returns the site paths written.

    One dossier's record at a time: the site-wide files (dossiers.json and the
    CSVs, which carry every letter and item) are written as they grow, so a
    build never holds them, nor all the records, in memory.

    Without a site URL the JSON and CSV use site-relative addresses; the feed,
    the DiWoo sitemap and robots.txt need absolute ones and are left out.
    """
    base = (site_url.rstrip("/") + "/") if site_url else ""
    dossiers = analysis.dossiers
    records = Records(analysis, base)
    sitemap = DiwooSitemap(analysis, base, organisations) if base else None
    # What a dossier's texts depend on beyond the dossier (kept: the previous build's).
    context = f"{FORMAT_VERSION}\n{base}\n{json.dumps(organisations or {}, sort_keys=True)}"
    written = [DOSSIERS_JSON, ITEMS_CSV, DOCUMENTS_CSV]
    with sink(DOSSIERS_JSON) as all_json, sink(ITEMS_CSV) as items, \
            sink(DOCUMENTS_CSV) as documents, \
            (sink(SITEMAP_PATH) if sitemap else nullcontext(None)) as sitemap_out:
        head = {"format_version": FORMAT_VERSION, "license": LICENSE}
        listing = JsonListWriter(all_json, head, "dossiers")
        item_writer = csv_writer(items, ITEMS_COLUMNS)
        document_writer = csv_writer(documents, DOCUMENTS_COLUMNS)
        urlsets = UrlsetJoin(sitemap_out) if sitemap_out is not None else None
        for slug in sorted(dossiers):  # a stable order, so that consecutive exports diff cleanly
            dossier = dossiers[slug]

            def make(dossier: Dossier = dossier) -> list[str]:
                record = records.dossier(dossier)
                # One dump of the record for both files (the dumps were a third of this).
                text = json.dumps(record, ensure_ascii=False, indent=2)
                return [JsonListWriter.indented(text), csv_rows(item_writer, item_rows(record)),
                        csv_rows(document_writer, document_rows(record, lambda where: base + where)),
                        with_head(head, record, text),
                        sitemap.dossier_xml(dossier) if sitemap else ""]

            entry, item_lines, document_lines, own, urlset = make() if kept is None \
                else kept(dossier, context, make)
            listing.add_text(entry)
            items.write(item_lines)
            documents.write(document_lines)
            if urlsets is not None:
                urlsets.add(urlset)
            path = dossier_json_path(slug)
            with (own_sink or sink)(path) as out:
                out.write(own)
            written.append(path)
        listing.close()
        if urlsets is not None:
            urlsets.close()
    if base:
        with sink(FEED_PATH) as out:
            out.write(atom_feed(analysis, base, site_name))
        with sink(ROBOTS_TXT) as out:
            out.write(robots_txt(base, [MKDOCS_SITEMAP, SITEMAP_PATH]))
        written += [FEED_PATH, SITEMAP_PATH, ROBOTS_TXT]
    return written


def with_head(head: dict[str, Any], item: dict[str, Any], text: str) -> str:
    """`to_json({**head, **item})`, made from `text`, the item's dump
    (`json.dumps(item, ensure_ascii=False, indent=2)`), without dumping the item again."""
    if not head or not item or head.keys() & item.keys():
        return to_json({**head, **item})
    # Both dumps open with "{\n", close with "\n}" and indent their members alike.
    return to_json(head)[:-3] + ",\n" + text[2:] + "\n"


class JsonListWriter:
    """Writes `{**head, key: [item, ...]}` item by item, byte for byte as `to_json` would."""

    def __init__(self, out: TextIO, head: dict[str, Any], key: str) -> None:
        self.out = out
        self.count = 0
        # The object's opening as to_json writes it, up to the list's "[".
        opening = to_json({**head, key: []}).rstrip()
        self.out.write(opening[: opening.rindex("[]") + 1])

    def add(self, item: Any) -> None:
        self.add_text(self.text(item))

    @staticmethod
    def text(item: Any) -> str:
        """An item as it is written into the list."""
        return JsonListWriter.indented(json.dumps(item, ensure_ascii=False, indent=2))

    @staticmethod
    def indented(text: str) -> str:
        """An item's dump (`json.dumps(item, ensure_ascii=False, indent=2)`) as it is written
        into the list."""
        # JSON strings never hold a raw line end, so every line gets the list's indent.
        return "\n" + "\n".join("    " + line for line in text.split("\n"))

    def add_text(self, text: str) -> None:
        self.out.write(("," if self.count else "") + text)
        self.count += 1

    def close(self) -> None:
        self.out.write("\n  ]\n}\n" if self.count else "]\n}\n")


def feed_link(site_url: str | None, site_name: str, path: str = FEED_PATH,
              title: str | None = None) -> str:
    """The <link> that lets browsers and feed readers find a feed (the site's by default)."""
    if not site_url:
        return ""
    href = site_url.rstrip("/") + "/" + path
    title = html.escape(title or f"{site_name}: {FEED_TITLE_SUFFIX}", quote=True)
    return f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{html.escape(href)}">'
