"""Every browse page the site gets beside the overview: topics, organisations, grounds, statistics.

One call for the adapter: it adds each page as a generated file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..addresses import (
    GROUNDS_PAGE,
    ORGANISATIONS_PAGE,
    STATS_PAGE,
    TOPICS_PAGE,
    organisation_page,
    page_feed,
    topic_page,
)
from ..analyse import Analysis
from ..analyse.facets import Group
from .grounds_page import grounds_page
from .groups import group_index, group_page
from .index_pages import TableRows
from .stats_page import stats_page
from .templating import Templates


@dataclass(frozen=True)
class GeneratedPage:
    src_path: str
    render: Callable[[], str]  # its Markdown, made when asked (a build may keep it: site_plan)
    in_nav: bool  # index pages are in mkdocs.yml's nav; pages per topic/organisation are not
    group: Group | None = None  # a topic's or organisation's page: whose decisions it lists
    feed_title: str = ""  # the title of that group's feed (addresses.page_feed)


# The words of a group's feed title, after the site's name.
FEED_WORDS = {"Onderwerp": "besluiten over", "Bestuursorgaan": "besluiten van"}


def browse_pages(analysis: Analysis, site_name: str = "", feeds: bool = False,
                 templates: Templates | None = None,
                 table_rows: TableRows | None = None) -> list[GeneratedPage]:
    """With `feeds` (the site has an absolute address), each topic's and organisation's
    page links to its own Atom feed. `table_rows`: the build's (shared with the overview)."""
    table_rows = table_rows or TableRows(analysis)
    by_topic = analysis.topics
    by_organisation = analysis.organisations
    pages = [
        GeneratedPage(TOPICS_PAGE, lambda: group_index(
            by_topic, TOPICS_PAGE, topic_page, "Onderwerpen", "Alle onderwerpen van de besluiten",
            "Elk besluit heeft een of meer onderwerpen. Kies een onderwerp om de besluiten "
            "erover te zien."), True),
        GeneratedPage(ORGANISATIONS_PAGE, lambda: group_index(
            by_organisation, ORGANISATIONS_PAGE, organisation_page, "Bestuursorganen",
            "Alle bestuursorganen die een besluit publiceerden",
            "Het bestuursorgaan is wie op het verzoek besliste. Kies een bestuursorgaan om "
            "zijn besluiten te zien."), True),
        GeneratedPage(GROUNDS_PAGE, lambda: grounds_page(analysis.grounds, GROUNDS_PAGE), True),
        GeneratedPage(STATS_PAGE, lambda: stats_page(analysis.stats, STATS_PAGE), True),
    ]
    for groups, page_of, heading, index, label in (
            (by_topic, topic_page, "Onderwerp", TOPICS_PAGE, "Alle onderwerpen"),
            (by_organisation, organisation_page, "Bestuursorgaan", ORGANISATIONS_PAGE,
             "Alle bestuursorganen")):
        for g in groups:
            src = page_of(g.slug)

            def render(g: Group = g, src: str = src, heading: str = heading, index: str = index,
                       label: str = label) -> str:
                return group_page(g, src, heading, index, label, page_feed(src) if feeds else None,
                                  templates, table_rows)

            pages.append(GeneratedPage(src, render, False, g,
                                       f"{site_name}: {FEED_WORDS[heading]} {g.name}"))
    return pages
