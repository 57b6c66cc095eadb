"""The page of one dossier: facts, the answer per item, reuse links, the letter, annexes."""

from __future__ import annotations

from ..addresses import (
    annex_text_page,
    annex_url,
    dossier_url,
    organisation_page,
    page_url,
    relative,
    topic_page,
)
from ..analyse import Analysis
from ..analyse.facets import slugify
from ..model.dossier import Dossier, Item, Reference
from ..model.laws import LAWS
from ..model.status import is_withdrawn, published_annexes, withdrawn_annexes
from ..wording import dutch_date
from .case_page import case_fact, elsewhere_rows, items_caption, parts_notice
from .deadline import deadline_facts
from .inventory_page import inventory_summary
from .markdown import escape_markdown, front_matter
from .publication import annex_withdrawn_notice, history_section, not_yet_public_notice, status_notice
from .templating import DATA_PAGE, Markup, Templates, default_templates
from .text import (
    answer_html,
    badge,
    esc,
    file_size,
    iso_time,
    items_label,
    law_name,
    pages,
)

ITEM_COLUMNS = ("Onderdeel", "Gevraagd", "Uitkomst", "Antwoord")



class DossierPage:
    """Renders one dossier; the analysis has the other decisions (titles of linked ones),
    the reuse between them, the publication history and the deadline."""

    def __init__(self, dossier: Dossier, analysis: Analysis,
                 templates: Templates | None = None) -> None:
        self.dossier = dossier
        self.analysis = analysis
        self.templates = templates or default_templates()
        self.dossiers = analysis.dossiers
        self.graph = analysis.reuse
        self.history = analysis.history_of(dossier.slug)
        self.url = dossier_url(dossier.slug)
        self.case = analysis.case_of(dossier)  # None unless it is one part of a request

    def markdown(self) -> str:
        d = self.dossier
        status = d.status
        # A withdrawn decision keeps its address and facts, not its letter or annexes.
        withdrawn = is_withdrawn(d)
        waiting = self.analysis.not_yet_public.get(d.slug)
        return self.templates.render(
            "dossier",
            front_matter=Markup(front_matter(d.title, d.summary, hide=DATA_PAGE,
                                             noindex=self.analysis.shows_preview(d))),
            title=Markup(escape_markdown(d.title)),
            summary=d.summary or "",
            facts=[(label, Markup(value)) for label, value in self.facts()],
            notice=Markup(not_yet_public_notice(waiting)
                          + (parts_notice(d, self.case) if self.case else "")
                          + status_notice(status, self.dossiers, self.url)
                          + "".join(map(annex_withdrawn_notice, withdrawn_annexes(d)))),
            withdrawn=withdrawn,
            answers=Markup("" if withdrawn else self.items_table()),
            inventory=Markup("" if withdrawn else inventory_summary(d, d.inventory, self.url)),
            reuses=Markup("" if withdrawn else self.reuses_section()),
            reused_by=Markup("" if withdrawn else self.reused_by_section()),
            letter=Markup(d.letter),
            annexes=[] if withdrawn else self.annexes(),
            history=Markup(history_section(self.history, d.dates.publication)),
        )

    def facts(self) -> list[tuple[str, str]]:
        """The facts as (label, HTML value) pairs."""
        d = self.dossier
        rows = [("Bestuursorgaan", self.group_link(organisation_page, d.organisation)),
                ("Wet", esc(law_name(d.law))
                 + (f" ({esc(d.law_reason)})" if d.law_reason else ""))]
        if d.reference:
            rows.append(("Kenmerk", esc(d.reference)))
        if self.case:
            rows.append(case_fact(d, self.case))
        rows.append(("Verzoek ontvangen", iso_time(d.dates.received)))
        if d.dates.adjourned:
            rows.append(("Verdaagd", iso_time(d.dates.adjourned)))
        rows.append(("Besluit genomen", iso_time(d.dates.decided)))
        rows += deadline_facts(d, self.analysis.timeliness[d.slug])
        rows.append(("Openbaar gemaakt", iso_time(d.dates.publication)))
        if d.dates.updated:
            rows.append(("Gewijzigd", iso_time(d.dates.updated)))
        if d.period and (d.period.start or d.period.end):
            start = dutch_date(d.period.start) if d.period.start else "het begin"
            end = dutch_date(d.period.end) if d.period.end else "heden"
            rows.append(("Periode van het verzoek", f"{start} tot en met {end}"))
        if d.topics:
            rows.append(("Onderwerpen", ", ".join(self.group_link(topic_page, t) for t in d.topics)))
        return rows

    def group_link(self, page_of, name: str) -> str:
        """A link to the page of a topic or organisation."""
        return f'<a href="{esc(relative(self.url, page_url(page_of(slugify(name)))))}">{esc(name)}</a>'

    def items_table(self) -> str:
        rows = [(item, {"id": "-".join(str(n) for n in item.numbers), "label": item.label,
                        "request": item.request, "outcome": Markup(badge(item.outcome)),
                        "outcome_key": item.outcome, "answer": Markup(self.answer(item))})
                for item in self.dossier.items]
        if self.case:
            # The items the other parts decided, in the request's order, instead of missing.
            rows = sorted(rows + elsewhere_rows(self.dossier, self.case),
                          key=lambda pair: min(pair[0].numbers))
        count = sum(len(item.numbers) for item, _ in rows)
        return self.templates.render("answer-table", count=count, columns=ITEM_COLUMNS,
                                     caption=items_caption(self.dossier, self.case, count),
                                     rows=[row for _, row in rows])

    def answer(self, item: Item) -> str:
        """The answer, then what backs it: grounds, documents and links, the letter's section."""
        parts = [answer_html(item.answer)] if item.answer else []
        details = [("Gronden", self.grounds(item)), ("Documenten en verwijzingen", self.pointers(item)),
                   ("In de brief", self.letter_links(item))]
        listed = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in details if value)
        if listed:
            parts.append(f'<dl class="woo-answer-details">{listed}</dl>')
        return "".join(parts)

    def letter_links(self, item: Item) -> str:
        sections = []
        for number in item.numbers:
            section = self.dossier.section_for(number)
            if section and section not in sections:
                sections.append(section)
        return " ".join(f'<a href="#{s.anchor}">{esc(s.heading)}</a>' for s in sections)

    def grounds(self, item: Item) -> str:
        law = LAWS[self.dossier.law]
        entries = []
        for code in item.grounds:
            ground = law.grounds[code]
            entries.append(
                f'<li><a href="{esc(law.ground_url(ground))}">{esc(code)} {esc(law.key)}</a>: '
                f"{esc(ground.name)}</li>"
            )
        return f'<ul class="woo-list">{"".join(entries)}</ul>' if entries else ""

    def pointers(self, item: Item) -> str:
        entries = []
        for file in item.documents:
            annex = self.dossier.annex(file)
            title = annex.title if annex else file
            if annex and annex.withdrawn:
                entries.append(f"<li>{esc(title)} (ingetrokken op "
                               f"{dutch_date(annex.withdrawn.day)})</li>")
                continue
            href = relative(self.url, annex_url(self.dossier.slug, file))
            entries.append(f'<li><a href="{esc(href)}">{esc(title)}</a> (PDF)</li>')
        entries += [f"<li>{self.reference(ref)}</li>" for ref in item.reuses]
        entries += [f'<li><a href="{esc(link.url)}">{esc(link.title)}</a></li>'
                    for link in item.links]
        return f'<ul class="woo-list">{"".join(entries)}</ul>' if entries else ""

    def reference(self, ref: Reference) -> str:
        """A link to an earlier decision: on this site when we have it, else its URL."""
        if ref.slug is None:
            return f'<a href="{esc(ref.url)}">{esc(ref.title)}</a>'
        earlier = self.dossiers.get(ref.slug)
        if earlier is None:
            return f"{esc(ref.slug)} (niet gepubliceerd)"
        href = relative(self.url, dossier_url(ref.slug))
        return (f'<a href="{esc(href)}" class="woo-reuse">{esc(earlier.title)}</a> '
                f"({dutch_date(earlier.dates.decided)})")

    def reuses_section(self) -> str:
        entries = []
        for relation in self.graph.reuses.get(self.dossier.slug, []):
            scope = f" voor {items_label(relation.items)}" if relation.items else ""
            entries.append(f"<li>{self.reference(Reference(slug=relation.earlier))}{scope}</li>")
        internal = {r.earlier for r in self.graph.reuses.get(self.dossier.slug, [])}
        entries += [f"<li>{self.reference(ref)}</li>" for ref in self.dossier.reuses
                    if ref.slug is None or ref.slug not in internal]
        if not entries:
            return ""
        return ("## Hergebruikte eerdere besluiten {#hergebruikt}\n\n"
                "<p>Dit besluit bouwt voort op informatie die al openbaar was:</p>\n"
                f'<ul class="woo-reuses">{"".join(entries)}</ul>\n')

    def reused_by_section(self) -> str:
        relations = self.graph.reused_by.get(self.dossier.slug, [])
        if not relations:
            return ""
        entries = []
        for relation in relations:
            scope = f" voor {items_label(relation.items)}" if relation.items else " als geheel"
            entries.append(f"<li>{self.reference(Reference(slug=relation.later))}{scope}</li>")
        return ("## Later hergebruikt {#later-hergebruikt}\n\n"
                "<p>Latere besluiten verwijzen naar dit besluit als reeds openbaar:</p>\n"
                f'<ul class="woo-reused-by">{"".join(entries)}</ul>\n')

    def annexes(self) -> list[dict[str, str]]:
        """What the annex table shows of each annex (the table is in templates/woo/dossier.html).
        Page counts and sizes are our own words ("2 pagina's"), written unescaped as before."""
        return [{"title": annex.title, "file": annex.file, "pages": Markup(pages(annex.pages)),
                 "size": Markup(file_size(annex.size)),
                 "href": relative(self.url, annex_url(self.dossier.slug, annex.file)),
                 # The annex's text as a web page: searchable, and easier for screen readers.
                 "text_href": relative(self.url, page_url(annex_text_page(self.dossier.slug,
                                                                          annex.file)))}
                for annex in published_annexes(self.dossier)]
