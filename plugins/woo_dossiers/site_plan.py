"""Every page and file the site has, in one list: what the MkDocs adapter hands MkDocs.

Which pages exist, where each lives and what a withdrawn decision keeps are
decided here, once; `mkdocs_adapter/plugin.py` only turns each entry into a
MkDocs File. The plan is a generator: each page's Markdown is made when its
entry is taken, and the adapter puts it on disk at once (scratch.py), so the
build never holds every page.

Adding a page kind or an export format is adding it here (and its renderer or
exporter); its address comes from `render/addresses.py`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import addresses
from .analyse import Analysis
from .export import Sink, folder_sink, write_exports
from .export.atom import FeedEntries, atom_feed
from .inventory.export import inventory_csv_bytes, inventory_json
from .minify import minify_js
from .model.dossier import Annex, Dossier
from .model.status import published_annexes, shows_inventory, withdrawn_annexes
from .render.annex_page import annex_page_outline, withdrawn_annex_page
from .render.browse_pages import browse_pages
from .render.case_page import case_page_markdown
from .render.dossier_page import DossierPage
from .render.identity import IDENTITY_CSS
from .render.index_pages import TableRows, overview_page
from .render.inventory_page import SCRIPT, InventoryPage
from .render.reuse_page import reuse_page
from .render.templating import Templates

if TYPE_CHECKING:  # incremental/ imports Entry from here
    from .incremental.sources import DossierMemo

CSS_PATH = "assets/woo/woo.css"
JS_PATH = "assets/woo/woo-filter.js"
HEADER_SEARCH_PATH = "assets/woo/kopzoek.js"  # the header's search field (partials/header.html)
# The plugin's own stylesheet and scripts: site path -> file in woo_dossiers/assets/.
ASSETS = {CSS_PATH: "woo.css", JS_PATH: "woo-filter.js", HEADER_SEARCH_PATH: "kopzoek.js",
          SCRIPT: "inventaris.js"}


@dataclass(frozen=True)
class Entry:
    """One page or file of the site."""

    path: str  # where it lives, as a source path (a page's ends in .md: it is rendered)
    content: str | bytes | None = None  # made by us, or
    source: Path | None = None  # copied from this file (an annex PDF, an export on disk)
    in_nav: bool | None = None  # listed in mkdocs.yml's nav; False: never; None: as MkDocs decides
    annex: tuple[Dossier, Annex] | None = None  # an annex text page: the text goes in as it is written
    updated: date | None = None  # a page's last change (sitemap.xml); None: the build date
    feed: tuple[str, str] | None = None  # a page's own Atom feed: its site path and title


@dataclass(frozen=True)
class Site:
    """What the plan is made from."""

    analysis: Analysis
    site_url: str | None
    site_name: str
    diwoo_organisations: dict[str, str] | None
    export_folder: Path  # where the open-data files are written before MkDocs copies them
    templates: Templates | None = None  # the site's (theme.custom_dir first); None: the plugin's
    identity_css: str = ""  # the body's colours (render/identity.py)
    # A differential build's: the dossiers whose files the previous build kept (its
    # analysis must be `memo.wrap`ped); None: every file is made.
    memo: DossierMemo | None = None


def site_plan(site: Site) -> Iterator[Entry]:
    for path, name in ASSETS.items():
        text = resources.files("woo_dossiers").joinpath("assets", name).read_text("utf-8")
        yield Entry(path, content=minify_js(text) if name.endswith(".js") else text)
    if site.identity_css:
        yield Entry(IDENTITY_CSS, content=site.identity_css)
    for dossier in site.analysis.dossiers.values():
        yield from _dossier_entries(site, dossier)
    if site.memo is not None:
        site.memo.done()
    analysis = site.analysis
    for case in analysis.cases.values():
        # A request decided in parts: its page changes with any of its parts.
        yield Entry(addresses.case_page(case.id), in_nav=False, updated=analysis.newest(case.parts),
                    content=case_page_markdown(case, analysis, site.templates))
    # Pages listing every decision changed when the newest of them did.
    newest = analysis.newest(analysis.dossiers.values())
    table_rows = TableRows(analysis)  # the overview's and the browse pages' rows
    yield Entry(addresses.OVERVIEW_PAGE, content=overview_page(analysis, addresses.OVERVIEW_PAGE,
                                                                 site.templates, table_rows),
                updated=newest)
    yield Entry(addresses.REUSE_PAGE, content=reuse_page(analysis, addresses.REUSE_PAGE),
                updated=newest)
    base = site.site_url.rstrip("/") + "/" if site.site_url else ""
    entries = FeedEntries()  # a dossier's entry, the same in each of its groups' feeds
    for page in browse_pages(analysis, site.site_name, feeds=bool(base), templates=site.templates,
                             table_rows=table_rows):
        if page.group is None:
            yield Entry(page.src_path, content=page.render(), in_nav=page.in_nav, updated=newest)
            continue
        # A topic's or organisation's page, and the Atom feed that follows it: made from the
        # decisions it lists, so kept while none of them changed (one edit touches a few).
        feed = addresses.page_feed(page.src_path)
        group, context = page.group, repr((page.feed_title, site.site_name, base))
        yield _listing_entry(site, page.src_path, group.dossiers, context, page.render,
                             in_nav=page.in_nav, updated=analysis.newest(group.dossiers),
                             feed=(feed, page.feed_title) if base else None)
        if base:
            yield _listing_entry(site, feed, group.dossiers, context, lambda page=page, feed=feed: atom_feed(
                analysis, base, site.site_name, dossiers=page.group.dossiers, path=feed,
                title=page.feed_title, page=addresses.page_url(page.src_path), entries=entries))
    kept: dict[str, Path] = {}  # each dossier's own record, kept in the store by its content
    own = _kept_sink(site.memo, kept) if site.memo is not None and site.memo.keeping else None
    for path in write_exports(folder_sink(site.export_folder), analysis, site.site_url,
                              site.site_name, site.diwoo_organisations,
                              None if site.memo is None else site.memo.texts, own):
        yield Entry(path, source=kept.get(path, site.export_folder / path))


def _listing_entry(site: Site, path: str, dossiers: list[Dossier], context: str,
                   make: Callable[[], str], **more: Any) -> Entry:
    """A file listing `dossiers` (a topic's page, its feed), as the previous build kept it
    when they and `context` are unchanged (DossierMemo.listing), else made."""
    made = make() if site.memo is None else site.memo.listing(path, dossiers, context, make)
    if isinstance(made, Path):
        return Entry(path, source=made, **more)
    return Entry(path, content=made, **more)


def _kept_sink(memo: DossierMemo, kept: dict[str, Path]) -> Sink:
    """A sink that keeps each file in the store by its content (DossierMemo.kept_file) and
    notes where, in `kept`."""
    @contextmanager
    def to_store(path: str) -> Iterator[TextIO]:
        out = io.StringIO(newline="")
        yield out
        kept[path] = memo.kept_file(path, out.getvalue())

    return to_store


def _dossier_entries(site: Site, dossier: Dossier) -> Iterator[Entry]:
    slug = dossier.slug
    updated = site.analysis.modified[slug]
    memo = site.memo
    kept = memo.kept(dossier) if memo is not None else None

    def made(path: str, make: Callable[[], str | bytes], in_nav: bool | None = None,
             **more: Any) -> Entry:
        """The file, by its content or where it is kept (then its renderer does not run)."""
        if kept is not None and path in kept:
            return Entry(path, source=kept[path], in_nav=in_nav, **more)
        content = make()
        source = memo.made(path, content) if memo is not None else None
        if source is not None:
            return Entry(path, source=source, in_nav=in_nav, **more)
        return Entry(path, content=content, in_nav=in_nav, **more)

    yield made(addresses.dossier_page(slug), lambda: DossierPage(
        dossier, site.analysis, site.templates).markdown(), in_nav=False, updated=updated)
    if shows_inventory(dossier) and dossier.inventory is not None:
        inventory = dossier.inventory
        yield made(addresses.inventory_page_path(slug), lambda: InventoryPage(
            dossier, inventory, site.analysis.dossiers).markdown(), in_nav=False, updated=updated)
        yield made(addresses.inventory_csv_url(slug), lambda: inventory_csv_bytes(inventory))
        yield made(addresses.inventory_json_url(slug), lambda: json.dumps(
            inventory_json(inventory, slug), ensure_ascii=False, indent=1).encode("utf-8"))
    for annex in published_annexes(dossier):
        # A scan is published with the text layer the build recognised (annex/ocr.py).
        yield Entry(addresses.annex_url(slug, annex.file), source=annex.published or annex.path)
        # The annex's text as a page of its own, so the site's search finds it.
        yield made(addresses.annex_text_page(slug, annex.file), lambda annex=annex: annex_page_outline(
            dossier, annex, site.templates, noindex=slug in site.analysis.not_yet_public),
            in_nav=False, updated=updated, annex=(dossier, annex))
    for annex in withdrawn_annexes(dossier):
        # The PDF is gone (a .pdf address cannot carry a notice: the host's 404 answers);
        # the text page's address, which search results and links pointed to, says why.
        yield made(addresses.annex_text_page(slug, annex.file),
                   lambda annex=annex: withdrawn_annex_page(dossier, annex),
                   in_nav=False, updated=updated)
