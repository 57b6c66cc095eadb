"""The overview of all dossiers (with filters) and the list of newest decisions for the home page.

The overview is a plain table that works without JavaScript. Each row carries
what the filters need in data-* attributes; assets/woo-filter.js shows the
(hidden) filter form and narrows the table. No inline script: a
Content-Security-Policy may forbid it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..addresses import (
    GROUNDS_PAGE,
    ORGANISATIONS_PAGE,
    TOPICS_PAGE,
    dossier_url,
    page_url,
    relative,
    topic_page,
)
from ..analyse import Analysis
from ..analyse.facets import dossier_grounds, dossier_outcomes, ground_key, newest_first, slugify
from ..model.dossier import Dossier
from ..model.laws import LAWS
from ..model.outcomes import OUTCOMES
from ..wording import outcome_summary
from .markdown import front_matter
from .templating import WIDE_DATA_PAGE, Markup, Templates, default_templates
from .text import esc, iso_time

OVERVIEW_TITLE = "Alle besluiten"
COLUMNS = ("Besluit", "Datum besluit", "Bestuursorgaan", "Wet", "Uitkomst per onderdeel", "Onderwerpen")


def overview_page(analysis: Analysis, src_path: str, templates: Templates | None = None,
                  table_rows: TableRows | None = None) -> str:
    """The overview (templates/woo/overview.html)."""
    templates = templates or default_templates()
    dossiers = analysis.dossiers
    url = page_url(src_path)
    count = len(dossiers)
    links = {"topics": relative(url, page_url(TOPICS_PAGE)),
             "organisations": relative(url, page_url(ORGANISATIONS_PAGE)),
             "grounds": relative(url, page_url(GROUNDS_PAGE))}
    table = dossier_table(newest_first(dossiers), url, "Alle besluiten, het nieuwste eerst",
                          table_id="woo-overview", filterable=True, templates=templates,
                          table_rows=table_rows or TableRows(analysis))
    return templates.render(
        "overview",
        front_matter=Markup(front_matter(OVERVIEW_TITLE,
                                         "Alle gepubliceerde besluiten op Wob- en Woo-verzoeken",
                                         hide=WIDE_DATA_PAGE)),
        title=OVERVIEW_TITLE, links=links, filters=Markup(filter_form(analysis).rstrip("\n")),
        count=count, noun="besluit" if count == 1 else "besluiten", table=Markup(table.rstrip("\n")))


@dataclass(frozen=True)
class _RowFacts:
    """What a dossier's row says on every table it is in; only its links differ by page."""

    url: str  # the dossier page's site URL
    decided: str  # HTML
    outcomes: str
    topics: tuple[tuple[str, str], ...]  # each topic page's site URL and the topic, escaped


class TableRows:
    """The rows' facts of one build's tables: a dossier is a row of the overview and of
    the page of each of its topics and its organisation, and its facts are worked out
    once for all of them. `analysis`: the build's (its outcome summaries); None: made here."""

    def __init__(self, analysis: Analysis | None = None) -> None:
        self.analysis = analysis
        self._facts: dict[str, _RowFacts] = {}
        self._data: dict[str, str] = {}

    def facts(self, d: Dossier) -> _RowFacts:
        facts = self._facts.get(d.slug)
        if facts is None:
            facts = self._facts[d.slug] = _RowFacts(
                dossier_url(d.slug), iso_time(d.dates.decided),
                (self.analysis.outcome_summary(d) if self.analysis is not None
                 else outcome_summary(d.items)),
                tuple((page_url(topic_page(slugify(t))), esc(t)) for t in d.topics))
        return facts

    def data(self, d: Dossier) -> str:
        """The row's data-* attributes (row_data)."""
        data = self._data.get(d.slug)
        if data is None:
            data = self._data[d.slug] = row_data(d)
        return data


def dossier_table(dossiers: list[Dossier], url: str, caption: str, table_id: str = "",
                  filterable: bool = False, templates: Templates | None = None,
                  table_rows: TableRows | None = None) -> str:
    """The decisions as a table (templates/woo/decisions-table.html); with `filterable`,
    every row carries its facets in data-* attributes. `table_rows`: the build's, shared
    by its tables."""
    table_rows = table_rows or TableRows()
    rows = []
    for d in dossiers:
        facts = table_rows.facts(d)
        topic_links = ", ".join(f'<a href="{esc(relative(url, topic))}">{name}</a>'
                                for topic, name in facts.topics)
        rows.append({"data": Markup(table_rows.data(d) if filterable else ""),
                     "decided": Markup(facts.decided),
                     "href": relative(url, facts.url), "title": d.title,
                     "organisation": d.organisation, "law": d.law,
                     "outcomes": facts.outcomes, "topics": Markup(topic_links)})
    return (templates or default_templates()).render(
        "decisions-table", caption=caption, table_id=table_id, columns=COLUMNS, rows=rows)


def row_data(d: Dossier) -> str:
    """Values the filter script compares with the form's options; lists are space-separated."""
    return "".join(f' data-{key}="{esc(value)}"' for key, value in facet_values(d).items())


def search_facets(d: Dossier) -> list[str]:
    """The dossier's facets as the search index keeps them ("year=2021", "topic=..."): the
    search page narrows its results with the same form and values as the overview."""
    return [f"{key}={one}" for key, value in facet_values(d).items() if key != "decided"
            for one in value.split()]


def facet_values(d: Dossier) -> dict[str, str]:
    values = {
        "year": str(d.dates.decided.year),
        "organisation": slugify(d.organisation),
        "law": d.law.lower(),
        "outcome": " ".join(dossier_outcomes(d)),
        "ground": " ".join(ground_key(d.law, code) for code in dossier_grounds(d)),
        "topic": " ".join(dict.fromkeys(slugify(t) for t in d.topics)),
        "decided": d.dates.decided.isoformat(),
    }
    return values


def filter_form(analysis: Analysis, form_id: str = "woo-filters", prefix: str = "woo-f",
                aria_label: str = "Besluiten filteren", sort: bool = True) -> str:
    """The filter controls, hidden until the script shows them (they do nothing without it).

    The overview's form by default; the search page has its own (other ids, no order)."""
    counts = analysis.counts
    years, laws, outcomes, grounds = counts.years, counts.laws, counts.outcomes, counts.grounds

    def opts(pairs) -> str:
        return "".join(f'<option value="{esc(v)}">{esc(label)} ({n})</option>' for v, label, n in pairs)

    ground_groups = ""
    for law in LAWS.values():
        keys = {code: ground_key(law.key, code) for code in law.grounds}
        pairs = [(keys[code], f"{code} {law.key}: {g.name}", grounds[keys[code]])
                 for code, g in law.grounds.items() if grounds[keys[code]]]
        if pairs:
            ground_groups += f'<optgroup label="{esc(law.key)}">{opts(pairs)}</optgroup>'
    fields = [
        ("jaar", "year", "Jaar", "Alle jaren",
         opts((str(y), str(y), n) for y, n in sorted(years.items(), reverse=True))),
        ("organisatie", "organisation", "Bestuursorgaan", "Alle bestuursorganen",
         opts((g.slug, g.name, len(g.dossiers)) for g in analysis.organisations)),
        ("wet", "law", "Wet", "Beide wetten",
         opts((key.lower(), f"{key} ({LAWS[key].title})", laws[key]) for key in LAWS if laws[key])),
        ("uitkomst", "outcome", "Uitkomst van een onderdeel", "Alle uitkomsten",
         opts((key, o.label, outcomes[key]) for key, o in OUTCOMES.items() if outcomes[key])),
        ("grond", "ground", "Weigeringsgrond", "Alle gronden", ground_groups),
        ("onderwerp", "topic", "Onderwerp", "Alle onderwerpen",
         opts((g.slug, g.name, len(g.dossiers)) for g in analysis.topics)),
    ]
    controls = "".join(
        f'<div class="woo-filter"><label for="{prefix}-{name}">{text}</label>'
        f'<select id="{prefix}-{name}" name="{name}" data-woo-field="{field}">'
        f'<option value="">{everything}</option>{options}</select></div>\n'
        for name, field, text, everything, options in fields
    )
    order = ('<div class="woo-filter"><label for="woo-f-volgorde">Volgorde</label>'
             '<select id="woo-f-volgorde" name="volgorde" data-woo-sort="">'
             '<option value="nieuwste">Nieuwste eerst</option>'
             '<option value="oudste">Oudste eerst</option></select></div>\n') if sort else ""
    return (
        f'<form class="woo-filters" id="{form_id}" role="search" aria-label="{aria_label}" hidden>\n'
        + controls + order
        + '<div class="woo-filter woo-filter--reset"><button type="reset" class="md-button">'
        + "Filters wissen</button></div>\n</form>\n"
    )


def filters_document(form: str) -> str:
    """The search page's filter form as a file of its own (zoeken.js fetches it when the
    visitor opens the filters); a page search engines leave out, should they find it."""
    return ('<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8">'
            '<meta name="robots" content="noindex"><title>Filters</title></head>\n'
            f"<body>\n{form}</body>\n</html>\n")


def newest_list(dossiers: dict[str, Dossier], from_url: str, count: int) -> str:
    """An HTML list of the newest decisions, for a page at `from_url`."""
    entries = []
    for d in newest_first(dossiers)[:count]:
        href = relative(from_url, dossier_url(d.slug))
        summary = f"<br>{esc(d.summary)}" if d.summary else ""
        entries.append(
            f'<li><a href="{esc(href)}">{esc(d.title)}</a> '
            f"({esc(d.organisation)}, {iso_time(d.dates.decided)}){summary}</li>"
        )
    return f'<ul class="woo-newest">\n{chr(10).join(entries)}\n</ul>\n'
