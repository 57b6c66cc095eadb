"""Every browse page the site gets beside the overview: topics, organisations, grounds, statistics.

One call for the adapter: it adds each page as a generated file.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..facets import grounds_usage, organisations, topics
from ..model import Dossier
from ..stats import site_stats
from .grounds_page import grounds_page
from .groups import group_index, group_page
from .stats_page import stats_page
from .templating import Templates
from .urls import (
    GROUNDS_PAGE,
    ORGANISATIONS_PAGE,
    STATS_PAGE,
    TOPICS_PAGE,
    organisation_page,
    topic_page,
)


@dataclass(frozen=True)
class GeneratedPage:
    src_path: str
    markdown: str
    in_nav: bool  # index pages are in mkdocs.yml's nav; pages per topic/organisation are not


def browse_pages(dossiers: dict[str, Dossier],
                 templates: Templates | None = None) -> list[GeneratedPage]:
    by_topic = topics(dossiers)
    by_organisation = organisations(dossiers)
    pages = [
        GeneratedPage(TOPICS_PAGE, group_index(
            by_topic, TOPICS_PAGE, topic_page, "Onderwerpen", "Alle onderwerpen van de besluiten",
            "Elk besluit heeft een of meer onderwerpen. Kies een onderwerp om de besluiten "
            "erover te zien."), True),
        GeneratedPage(ORGANISATIONS_PAGE, group_index(
            by_organisation, ORGANISATIONS_PAGE, organisation_page, "Bestuursorganen",
            "Alle bestuursorganen die een besluit publiceerden",
            "Het bestuursorgaan is wie op het verzoek besliste. Kies een bestuursorgaan om "
            "zijn besluiten te zien."), True),
        GeneratedPage(GROUNDS_PAGE, grounds_page(grounds_usage(dossiers), GROUNDS_PAGE), True),
        GeneratedPage(STATS_PAGE, stats_page(site_stats(dossiers), STATS_PAGE), True),
    ]
    pages += [GeneratedPage(topic_page(g.slug), group_page(
        g, topic_page(g.slug), "Onderwerp", TOPICS_PAGE, "Alle onderwerpen", templates), False)
        for g in by_topic]
    pages += [GeneratedPage(organisation_page(g.slug), group_page(
        g, organisation_page(g.slug), "Bestuursorgaan", ORGANISATIONS_PAGE, "Alle bestuursorganen",
        templates), False)
        for g in by_organisation]
    return pages
