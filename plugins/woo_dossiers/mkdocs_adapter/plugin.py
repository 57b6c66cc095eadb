"""The `woo` MkDocs plugin: turns the dossiers folder into pages of the site.

A thin adapter: the core (load, validate, analyse, render) knows nothing of
MkDocs; this file hands its results to MkDocs at the right events.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents

from .. import addresses
from ..analyse import analyse
from ..analyse.publication_history import site_history
from ..annex import Limits, ReadStats, read_pdfs
from ..annex.cache import EntryMemo
from ..annex.ocr import find_engine
from ..collector import no_passes_at_exit, release_after_build
from ..export import feed_link
from ..kept_models import MODELS_FOLDER, ModelMemo
from ..latest import Latest
from ..loader import SiteData, load_site
from ..minify import DOCS_SCRIPTS, minify_js
from ..model.dossier import Annex, Dossier
from ..model.embargo import not_yet_public, today_in_the_netherlands
from ..render.annex_page import fill_annex_text
from ..render.finished import finished_page
from ..render.held import put_back
from ..render.home import home_figures
from ..render.identity import IDENTITY_CSS, contrast_problems, identity, identity_css
from ..render.index_pages import filter_form, filters_document, newest_list, search_facets
from ..render.templating import CompiledTemplates, Templates, package_templates_dir
from ..search.annex_bundle import ANNEX_BUNDLE, AnnexDoc, AnnexIndex
from ..search.bundles import INDEX_DIR, PAGES_BUNDLE, PageIndex
from ..site_plan import CSS_PATH, HEADER_SEARCH_PATH, JS_PATH, Entry, Site, site_plan
from ..source.cache import CACHE_FILE, release_shared, shared_cache
from ..source.front_matter import front_matter_problem
from .config import WooConfig
from .oserrors import os_error_line, plain_os_errors
from .publish import EPOCH, SafePublishing, build_year
from .reuse import Differential, ReusedPage
from .scratch import PLACEHOLDER, LinkedFile, Scratch
from .watching import DossierWatch

log = get_plugin_logger("woo")

NEWEST_MARKER = "<!-- woo:nieuwste -->"
_REPAIRED = " (the kept index in the cache was damaged: written again)"
SEARCH_PAGE = "zoeken.md"
# Where the search page (docs/zoeken.md) wants its filters: the overview's facets.
# The overview's facets for the search page, a file of their own that zoeken.js fetches when
# the visitor opens them (not part of a first search's download).
SEARCH_FILTERS = "zoeken/filters.html"
FIGURES_MARKER = "<!-- woo:cijfers -->"
# The words of the build log around a problem (the problems' own words: messages/).
_WORDS = {
    "en": {"warning": "warning",
           "left-out": "dossier {} is left out of the site until the problems above are fixed"},
    "nl": {"warning": "waarschuwing",
           "left-out": "dossier {} blijft van de site tot de problemen hierboven zijn opgelost"},
}


class WooPlugin(BasePlugin[WooConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.site = SiteData()
        self.analysis = analyse({})  # what follows from the dossiers; made anew in on_files
        self.dossiers_dir = Path()
        self.publishing = SafePublishing()
        self.annex_pages: dict[str, tuple[Dossier, Annex]] = {}  # src_uri -> whose text page
        self.page_dates: dict[str, str] = {}  # src_uri -> the page's last change (sitemap.xml)
        self.page_feeds: dict[str, tuple[str, str]] = {}  # src_uri -> its own feed: path, title
        self.annex_index: AnnexIndex | None = None
        self.page_index: PageIndex | None = None
        self.scratch = Scratch()
        self.differential = Differential()  # generated pages reused from the previous build
        # `mkdocs serve`: the annex cache entries the previous rebuild read (annex/cache.py).
        self.annex_entries = EntryMemo()
        self.models = ModelMemo()  # `mkdocs serve`: the dossiers the previous rebuild loaded
        self.log_language = "en"
        self.identity_css = ""
        self.watch = DossierWatch()  # the dossiers folder under `mkdocs serve`
        self.compiled = CompiledTemplates()  # `mkdocs serve`: for the next rebuild
        # `mkdocs serve`: each reused page's line of the pages' search work file (search/bundles.py)
        self.search_lines: Latest[tuple[str, str, tuple[str, ...]], str] = Latest()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.publishing.startup(command, dirty)

    def on_shutdown(self) -> None:
        self.watch.stop()
        release_after_build()  # a build stopped half-way (collector.py)
        no_passes_at_exit()  # MkDocs exits next: its last passes over all we made are waste
        self.publishing.serve_ends()  # a search bundle still being written; the collector
        self.publishing.serve_previous()  # a rebuild stopped half-way: nothing left beside it
        # MkDocs keeps a plugin with on_startup for the whole process; a build that
        # follows in the same process (tests, tools) must not inherit "serve".
        self.publishing = SafePublishing()
        self.annex_entries = EntryMemo()
        self.models = ModelMemo()
        self.compiled = CompiledTemplates()
        self.search_lines = Latest()
        self.differential = Differential()

    @plain_os_errors
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Check the settings the dossier pages rely on, and add our stylesheet."""
        # Under `mkdocs serve`: what the last rebuild left to do (a search bundle), first.
        self.publishing.serve_starts()
        if not config.use_directory_urls:
            raise PluginError("woo: use_directory_urls must stay true: dossier URLs are "
                              "/dossiers/<slug>/ and must never change")
        root = Path(config.config_file_path).parent
        self.dossiers_dir = (root / self.config.dossiers_dir).resolve()
        chosen = os.environ.get("WOO_MESSAGES", "")
        language = chosen if chosen in {"en", "nl", "theme"} else self.config.messages
        if language == "theme":
            language = "nl" if config.theme.get("language") == "nl" else "en"
        self.log_language = language
        if not self.dossiers_dir.is_dir():
            raise PluginError(f"woo: the dossiers folder {self.dossiers_dir} does not exist")
        # "Ad" headings get their anchors through attr_list ({#ad-6}).
        for extension in ("attr_list", "toc"):
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        config.extra_css.append(CSS_PATH)
        config.extra_javascript.append(JS_PATH)
        config.extra_javascript.append(HEADER_SEARCH_PATH)
        self._identity(config)
        # Our templates (a Dutch 404, the generated pages' woo/*.html) come before the
        # theme's, after a site's custom_dir, which overrides them (render/templating.py).
        templates = package_templates_dir()
        custom = 1 if config.theme.custom_dir else 0
        if templates not in config.theme.dirs:
            config.theme.dirs.insert(custom, templates)
        self.publishing.redirect(config)
        return config

    def _identity(self, config: MkDocsConfig) -> None:
        """The body's colours as a stylesheet after ours; its logo as the theme's logo and icon."""
        ident = identity(config.extra, config.site_name)
        for problem in contrast_problems(ident):
            log.warning(problem)
        self.identity_css = identity_css(ident)
        config.extra_css.append(IDENTITY_CSS)
        logo = (config.extra.get("organisation") or {}).get("logo")
        if logo and not config.theme.get("logo"):
            config.theme["logo"] = logo
        # The theme's own icon (its logo) unless the site chose one.
        if logo and config.theme.get("favicon") == "assets/images/favicon.png":
            config.theme["favicon"] = logo

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Under `mkdocs serve`, the previous rebuild's files move aside at once, to be kept
        where this rebuild makes the same (served.py)."""
        self.publishing.set_served_aside(config)

    @plain_os_errors
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Load every dossier and add its page, its annexes and the index pages."""
        # Resolved like dossiers_dir, so that a project reached through a symbolic link
        # still has its dossiers "under" its root.
        root = Path(config.config_file_path).parent.resolve()
        stats = ReadStats()
        cache_dir = root / self.config.cache_dir
        limits = Limits(seconds=self.config.annex_time_limit,
                        memory_bytes=self.config.annex_memory_limit * 1024**2)
        engine = find_engine() if self.config.ocr else None

        serving = self.publishing.command == "serve"

        # The models the last load made: serve's in memory, a build's in the cache folder.
        models = self.models if serving else ModelMemo(cache_dir / MODELS_FOLDER)

        def reader(paths: list[Path]) -> dict[Path, Any]:
            return read_pdfs(paths, cache_dir, limits=limits, stats=stats, ocr=engine,
                             memo=self.annex_entries if serving else None,
                             unread=models.annexes)  # those of the models taken over

        self.publishing.loading()
        self.annex_pages, self.page_dates, self.page_feeds = {}, {}, {}
        self.search_lines.start()
        self.scratch.start(cache_dir, config, tidy=self.publishing.served is None)
        self.differential.start(config, self.publishing.command, self.publishing.dirty, cache_dir,
                                None if self.publishing.command == "serve"
                                else self.publishing.final or Path(config.site_dir),
                                self.config.differential, self.publishing.served,
                                self.publishing.move_at_swap)
        self.site = load_site(self.dossiers_dir, root=root, pdf_reader=reader,
                              cache=shared_cache(cache_dir / CACHE_FILE), models=models,
                              reader_key=f"{cache_dir}\0{limits!r}\0{engine!r}")
        self.differential.models_loaded(models.digests())
        if self.publishing.command in {"build", "gh-deploy"}:  # serve keeps it for the next rebuild
            release_shared(cache_dir / CACHE_FILE)
        log.info(f"annexes: {stats.parsed} read, {stats.cached + len(models.annexes)} from the cache"
                 + (f", {stats.recognised} page(s) recognised (OCR)" if stats.recognised else "")
                 + (f"; {models.reused} dossier(s) as the previous rebuild loaded them"
                    if serving else ""))
        if stats.without_text and engine is None:
            # Info, not a warning: a body without Tesseract must still build with --strict.
            log.info(_skipped_ocr(stats.without_text, self.config.ocr))
        self._report()
        dossiers, waiting = self._public(self.site.dossiers)
        self.site.dossiers = dossiers  # what every later step (the home page's list) publishes
        self.publishing.pin_build_date(dossiers.values())
        self.analysis = analysis = analyse(dossiers, site_history(self.dossiers_dir), waiting)
        plan = Site(self.differential.plan_analysis(analysis), config.site_url, config.site_name,
                    self.config.diwoo_organisations, self.scratch.export_folder,
                    Templates(config.theme.dirs, self._compiled()), self.identity_css,
                    self.differential.memo)
        # Folders whose files are this build's own to link into the site (scratch.py).
        own = tuple(f"{f}{os.sep}" for f in (self.scratch.folder, self.differential.store_folder)
                    if f is not None)
        for entry in site_plan(plan):
            if entry.annex is not None:  # its text goes in when the page is written
                self.annex_pages[entry.path] = entry.annex
            if entry.updated is not None:
                self.page_dates[entry.path] = entry.updated.isoformat()
            if entry.feed is not None:
                self.page_feeds[entry.path] = entry.feed
            self.differential.note(entry)
            self._add(files, _file(config, entry, own, self.differential.published_copy,
                                   self.differential.previous_site))
        if files.get_file_from_path(SEARCH_PAGE) is not None:  # its filters, fetched when opened
            self._add(files, File.generated(config, SEARCH_FILTERS, content=self._with_policy(
                filters_document(filter_form(analysis, form_id="zoek-filters", prefix="zoek-f",
                                             aria_label="Zoekresultaten filteren", sort=False)),
                config)))
        for path in DOCS_SCRIPTS:  # the search page's scripts, as a visitor downloads them
            script = files.get_file_from_path(path)
            if script is not None:
                self._add(files, File.generated(config, path, content=minify_js(script.content_string)))
        # The annex text's search bundle is written in the background while MkDocs renders;
        # the pages' bundle takes each page's text as it is written (on_post_page).
        self.annex_index = AnnexIndex(cache_dir)
        facets: dict[str, tuple[str, ...]] = {}  # by dossier, made once for all its annexes

        def facets_of(dossier: Dossier) -> tuple[str, ...]:
            if dossier.slug not in facets:
                facets[dossier.slug] = tuple(search_facets(dossier))
            return facets[dossier.slug]

        self.annex_index.start([AnnexDoc(addresses.page_url(src), annex.title, dossier.title,
                                         annex.text, facets_of(dossier))
                                for src, (dossier, annex) in self.annex_pages.items()],
                               self.publishing.served)
        self.page_index = PageIndex(cache_dir)
        if not config.site_url:
            log.warning("site_url is not set in mkdocs.yml; the Atom feed, the DiWoo sitemap and "
                        "robots.txt need the site's absolute address and are left out")
        self.publishing.planned()
        return self.differential.recording_files(files)

    def on_nav(self, nav: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Each generated page's date; which generated pages the previous build rendered with
        the same keys (reuse.py)."""
        # MkDocs dates every page in sitemap.xml with the build date; a generated page
        # carries its own last change instead (site_plan.Entry.updated). The navigation has
        # made every page by now, and a reused page takes its Page over as it is.
        for src, updated in self.page_dates.items():
            file = files.get_file_from_path(src)
            if file is not None and file.page is not None:
                file.page.update_date = updated
        self.differential.decide(nav, config, files, str(self.publishing.command),
                                 os.environ.get(EPOCH, ""))
        if self.differential.store is not None:
            log.info(f"pages: {self.differential.reused} of {len(self.differential.keys)} "
                     "generated pages as the previous build rendered them")
        if self.differential.memo is not None:
            log.info(f"dossiers: {self.differential.memo.reused} of {len(self.analysis.dossiers)} "
                     "with the files the previous build made")
        return nav

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Every page is read: the reused ones leave MkDocs' page loop (reuse.py). Under
        `mkdocs serve` the theme's templates compiled by the last rebuild are used again."""
        self.differential.writing()
        if self._compiled() is not None:
            env.bytecode_cache = self.compiled
        return env

    def _compiled(self) -> CompiledTemplates | None:
        return self.compiled if self.publishing.command == "serve" else None

    @event_priority(100)  # first: before any other plugin reads the page
    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        self.differential.rendering(page)
        return page

    def _public(self, dossiers: dict[str, Dossier]) -> tuple[dict[str, Dossier], dict[str, date]]:
        """The dossiers this build publishes, and those it builds before their day (previews)."""
        waiting = not_yet_public(dossiers, today_in_the_netherlands(self.config.today))
        for slug, day in sorted(waiting.items()):
            log.info(f"{slug}: publication date {day.isoformat()} is still to come; "
                     + ("built as a preview, marked 'nog niet openbaar'" if self.config.preview
                        else "left out until then"))
        if self.config.preview:
            return dossiers, waiting
        return {s: d for s, d in dossiers.items() if s not in waiting}, {}

    @plain_os_errors
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Put an annex's text into its page; hand every other page's text to the search
        index; let browsers and feed readers find the Atom feed from every page; add the CSP."""
        self._publish_reused(page.file)
        reused = self.differential.reused_output(page)
        if reused is not None:  # as published before: text, feed links, policy and all
            assert isinstance(page, ReusedPage)
            self._search_reused([page])
            return reused
        annex_page = self.annex_pages.get(page.file.src_uri)
        searched = None
        # Annex text is searched in a bundle of its own (search/annex_bundle.py).
        if annex_page is None and self.page_index is not None and not _left_out_of_search(page):
            searched = self.page_index.add(page.url, output, self._facets(page.url))
        head = feed_link(config.site_url, config.site_name)
        if page.file.src_uri in self.page_feeds:  # a topic's or organisation's own feed
            head += feed_link(config.site_url, config.site_name, *self.page_feeds[page.file.src_uri])
        if page.meta.get("robots"):  # a decision shown before its publication date
            head += f'<meta name="robots" content="{html.escape(str(page.meta["robots"]))}">'
        output = output.replace("</head>", head + "</head>", 1)
        output = self._with_policy(output, config)
        if annex_page is not None:
            # After the policy and the indentation: the text is most of the page, holds no
            # script and no indentation (page_text_html), so scanning it there changed nothing.
            output = fill_annex_text(output, annex_page[1])
        self.differential.written(page, output, searched)
        # Written: its HTML and table of contents are no longer needed (scratch.py).
        page.content, page.toc = PLACEHOLDER, TableOfContents([])
        return output

    @event_priority(100)  # first: every other plugin sees the page's whole HTML
    def _put_back_held_html(self, html: str, *, page: Page, config: MkDocsConfig,
                            files: Files) -> str:
        """The HTML blocks our renderers held back from Markdown, in their places, and
        their anchors among the page's (render/held.py)."""
        html, anchors = put_back(html)
        if anchors:
            page.present_anchor_ids = (page.present_anchor_ids or set()) | anchors
        return html

    @event_priority(-100)  # last: every other plugin has changed the HTML
    def _stash_page(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Keep the page's HTML on disk until the page is written (scratch.py), and drop
        its Markdown: MkDocs converts every page before it writes the first. (Our generated
        pages' Markdown is read from the scratch folder, not kept by their File.)"""
        self.differential.rendered()
        page.markdown = ""  # not None: Page.title reads None as "not read yet"
        if isinstance(page, ReusedPage) or not self.scratch.stash(page.file.src_uri, (html, page.toc)):
            return html
        page.toc = TableOfContents([])
        return PLACEHOLDER

    on_page_content = CombinedEvent(_put_back_held_html, _stash_page)

    @event_priority(100)  # first: the theme and other plugins see the page's real HTML
    def on_page_context(self, context: dict[str, Any], *, page: Page, config: MkDocsConfig,
                        nav: Any) -> dict[str, Any]:
        stashed = self.scratch.unstash(page.file.src_uri)
        if stashed is not None:
            page.content, page.toc = stashed
        return context

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        """Report front matter MkDocs could not read; fill in the list of newest decisions
        where a page asks for it, and the home page's figures."""
        problem = front_matter_problem(markdown) if not page.meta else None
        if problem:
            log.warning(f"{page.file.src_uri}: {problem}")
        if NEWEST_MARKER in markdown:
            listing = newest_list(self.site.dossiers, page.url, self.config.newest_count)
            markdown = markdown.replace(NEWEST_MARKER, listing)
        if FIGURES_MARKER in markdown:
            figures = home_figures(self.analysis, build_year(), page.url)
            markdown = markdown.replace(FIGURES_MARKER, figures)
        return markdown

    def on_post_template(self, output_content: str, *, template_name: str,
                         config: MkDocsConfig) -> str:
        if not template_name.endswith(".html"):
            return output_content
        return self._with_policy(output_content, config)

    def _with_policy(self, html: str, config: MkDocsConfig) -> str:
        """The finished page as published (render/finished.py); without the policy under
        `mkdocs serve`, whose live-reload script it would block."""
        return finished_page(html, config.site_url, policy=self.publishing.command != "serve")

    @event_priority(-100)  # last: after every other plugin has written its files
    @plain_os_errors
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Collect the search bundles (the pages' written meanwhile, once every page's text
        is in), record the pages kept for the next build, then publish."""
        site_dir, previous = Path(config.site_dir), self.publishing.final
        serving = self.publishing.command == "serve"  # its folder may link into the cache
        self._publish_reused(None)
        later = None  # under serve: the pages' bundle, written once the browser has the pages
        if self.page_index is not None and self.page_index.defer(self.publishing.served):
            later = self.page_index
        elif self.page_index is not None:  # every page's text is in: written meanwhile
            self.page_index.start(self.publishing.served)
        self.differential.folders.place_waiting()  # before the scratch folder goes
        self.differential.check_anchors(config.validation.links.anchors)
        placed: dict[str, str] = {}  # the bundles placed whole: folder -> key
        # Under serve the record of the kept pages is written after the rebuild, as the bundle.
        record = self.differential.finish(later=serving)
        if self.page_index is not None and later is None:  # the longest: waited for last
            pages = self.page_index.pages
            written = self.page_index.finish(site_dir, previous, serving, self.publishing.served,
                                             self.publishing.move_at_swap)
            placed[f"{INDEX_DIR}/{PAGES_BUNDLE}"] = self.page_index.key
            log.info(f"search: {pages} pages, " + (
                f"indexed anew ({self.page_index.analysed_before} as analysed before)"
                if written else "unchanged") + _REPAIRED * self.page_index.kept.damaged)
        if self.annex_index is not None:
            problem = self.annex_index.finish(site_dir, previous, serving, self.publishing.served,
                                              self.publishing.move_at_swap)
            if problem:
                log.warning(problem)
            else:
                placed[f"{INDEX_DIR}/{ANNEX_BUNDLE}"] = self.annex_index.key
                log.info("search: annex text " + (
                    f"indexed anew ({self.annex_index.analysed_before} annexes as analysed before)"
                    if self.annex_index.written else "unchanged")
                    + _REPAIRED * self.annex_index.kept.damaged)
        self.scratch.finish()
        self.publishing.serve_merged(site_dir, placed)
        if not self.publishing.finish(config) and self.publishing.final is not None:
            log.info(f"the build failed; {self.publishing.final} keeps the previous site")
        record_later = None if record is None else lambda: _record_later(record)
        if later is not None:
            self.page_index = None  # the thread's now (served.AfterRebuild)
            self.publishing.serve_later(f"{INDEX_DIR}/{PAGES_BUNDLE}", later.key,
                                        lambda: _bundle_later(later, site_dir), record_later)
        else:  # under serve: the record, the garbage collector's pass
            self.publishing.serve_later(record=record_later)

    @event_priority(-100)  # last: other plugins clean up first
    def on_build_error(self, *, error: Exception) -> None:
        """Remove this build's work files; a full disk or a folder we may not write, met while
        MkDocs itself writes the site, becomes one Dutch line instead of a traceback."""
        self.publishing.serve_previous()  # first: nothing below may keep the last site away
        self.publishing.serve_later()  # under serve: the garbage collector's pass all the same
        for index in (self.annex_index, self.page_index):
            if index is not None:
                try:
                    index.abandon()
                except OSError:  # its work file's last lines met the full disk; closing it
                    index.abandon()  # closed it all the same, so now it is removed
        self.differential.stop()
        self.scratch.finish()
        staging = self.publishing.staging
        self.publishing.abandon()
        if isinstance(error, OSError):  # ours arrive as PluginError already (plain_os_errors)
            raise PluginError(os_error_line(error, str(staging) if staging else None)) from error

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """Rebuild when a dossier changes during `mkdocs serve` (told by the system where it
        can: watching.py)."""
        self.watch.start(server, self.dossiers_dir)
        return server

    def _publish_reused(self, until: File | None) -> None:
        """The reused pages MkDocs' page loop passes before `until` (None: to its end)."""
        self._search_reused(self.differential.publish(until))

    def _search_reused(self, pages: list[ReusedPage]) -> None:
        """The search text of reused pages; under `mkdocs serve` a page's line as the last
        rebuild made it, when the page and its facets are the same (0.1 s a rebuild at
        1,000 dossiers)."""
        serving = self.publishing.command == "serve"
        for page in pages:
            if self.page_index is None or page.learned.search is None:
                continue
            facets = self._facets(page.url)
            key = (page.url, page.kept.sums[1], tuple(facets))
            line = self.search_lines.get(key) if serving else None
            if line is None:
                line = PageIndex.line(page.url, page.learned.search, facets)
                if serving:
                    self.search_lines.put(key, line)
            self.page_index.add_line(line)

    def _report(self) -> None:
        # Warnings, not errors: `--strict` fails on them, a plain build goes on
        # without the broken dossiers.
        language = self.log_language
        for problem in self.site.problems:
            if problem.is_error:
                log.warning(problem.text(language))
            else:  # a warning of ours (e.g. a scanned page) must not fail --strict
                log.info(f"{_WORDS[language]['warning']}: {problem.text(language)}")
        for slug in sorted(self.site.left_out):
            log.warning(_WORDS[language]["left-out"].format(slug))

    def _facets(self, url: str) -> list[str]:
        """The facets of the dossier a page belongs to, for narrowing search results."""
        dossier = self.site.dossiers.get(_dossier_of(url)) if self.site else None
        return search_facets(dossier) if dossier is not None else []

    def _add(self, files: Files, file: File) -> None:
        file = self.scratch.spill(file)  # generated content waits on disk, not in memory
        if isinstance(file, LinkedFile):
            file.folders = self.differential.folders
        # By the key MkDocs' files are kept under (a File's src_uri is normalised already):
        # get_file_from_path normalises each path it is given again, 73,000 at 10,000 dossiers.
        existing = files.src_uris.get(file.src_uri)
        if existing is not None:
            files.remove(existing)
        files.append(file)


def _file(config: MkDocsConfig, entry: Entry, own: tuple[str, ...],
          published_copy: Callable[[Path], Path], previous_site: Path | None) -> File:
    """A MkDocs File for an entry of the site plan; `own`: folders (ending in a separator)
    whose files are linked. A file from elsewhere (an annex PDF in the dossier's folder) is
    never linked (a change to the site in place would change the dossier): it is copied,
    or its `published_copy` in one of `own` is linked."""
    inclusion = (InclusionLevel.UNDEFINED if entry.in_nav is None
                 else InclusionLevel.INCLUDED if entry.in_nav else InclusionLevel.NOT_IN_NAV)
    if entry.source is not None:
        source = entry.source if str(entry.source).startswith(own) else published_copy(entry.source)
        if not str(source).startswith(own):
            return File.generated(config, entry.path, abs_src_path=str(source), inclusion=inclusion)
        linked = LinkedFile.generated(config, entry.path, abs_src_path=str(source),
                                      inclusion=inclusion)
        linked.previous_site = previous_site
        return linked
    return File.generated(config, entry.path, content=entry.content, inclusion=inclusion)


def _bundle_later(index: PageIndex, served: Path) -> set[str] | None:
    """Under `mkdocs serve`, after the rebuild: write the pages' search bundle and put it into
    the served folder; its paths there, or None (the version before stays) after a failure,
    said in the log."""
    try:
        paths = index.finish_later(served)
    except Exception as error:  # a thread of its own: said here, or lost
        log.warning(f"search: the pages' bundle could not be written after the rebuild "
                    f"({error}); the search serves the version before it")
        return None
    log.info(f"search: {index.pages} pages, indexed anew after the rebuild "
             f"({index.analysed_before} as analysed before)")
    return paths


def _record_later(record: Callable[[], None]) -> None:
    """Under `mkdocs serve`, after the rebuild: write the record of the pages it kept; a
    failure is said in the log (the next rebuild then takes what the record before lists,
    and renders this rebuild's pages again)."""
    try:
        record()
    except Exception as error:  # a thread of its own: said here, or lost
        log.warning(f"pages: the record of the pages this rebuild kept could not be written "
                    f"({error}); the next rebuild renders them again")


def _dossier_of(url: str) -> str:
    """The slug of a dossier's page (or a page below it), else ""."""
    parts = url.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "dossiers" else ""


def _skipped_ocr(pages: int, wanted: bool) -> str:
    why = ("Tesseract with Dutch (packages tesseract-ocr and tesseract-ocr-nld; "
           "scripts/install-system-packages.sh) is not installed" if wanted
           else "it is switched off (woo: ocr: false)")
    return (f"OCR skipped: {pages} annex page(s) without a text layer are published without "
            f"one, unsearchable and unreadable for screen readers, because {why}")


def _left_out_of_search(page: Page) -> bool:
    """A page whose front matter says `search: {exclude: true}` (the theme's convention),
    such as the search page itself."""
    setting = page.meta.get("search")
    return isinstance(setting, dict) and bool(setting.get("exclude"))
