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
from ..model.status import is_withdrawn
from ..wording import dutch_date
from .deadline import deadline_facts
from .inventory_page import inventory_summary
from .markdown import escape_markdown, front_matter
from .publication import history_section, not_yet_public_notice, status_notice
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

    def __init__(self, dossier: Dossier, analysis: Analysis) -> None:
        self.dossier = dossier
        self.analysis = analysis
        self.dossiers = analysis.dossiers
        self.graph = analysis.reuse
        self.history = analysis.history_of(dossier.slug)
        self.url = dossier_url(dossier.slug)

    def markdown(self) -> str:
        status = self.dossier.status
        # A withdrawn decision keeps its address and facts, not its letter or annexes.
        content = [] if is_withdrawn(self.dossier) else [
            self.items_table(),
            inventory_summary(self.dossier, self.dossier.inventory, self.url),
            self.reuses_section(),
            self.reused_by_section(),
            "## De besluitbrief {#brief}\n",
            self.dossier.letter,
            self.annexes_section(),
        ]
        waiting = self.analysis.not_yet_public.get(self.dossier.slug)
        parts = [
            front_matter(self.dossier.title, self.dossier.summary, noindex=waiting is not None),
            f"# {escape_markdown(self.dossier.title)}\n",
            not_yet_public_notice(waiting),
            status_notice(status, self.dossiers, self.url),
            self.facts(),
            *content,
            history_section(self.history),
        ]
        return "\n".join(part for part in parts if part)

    def facts(self) -> str:
        d = self.dossier
        rows = [("Bestuursorgaan", self.group_link(organisation_page, d.organisation)),
                ("Wet", esc(law_name(d.law))
                 + (f" ({esc(d.law_reason)})" if d.law_reason else ""))]
        if d.reference:
            rows.append(("Kenmerk", esc(d.reference)))
        rows.append(("Verzoek ontvangen", iso_time(d.dates.received)))
        if d.dates.adjourned:
            rows.append(("Verdaagd", iso_time(d.dates.adjourned)))
        rows.append(("Besluit genomen", iso_time(d.dates.decided)))
        rows += deadline_facts(d, self.analysis.timeliness[d.slug])
        rows.append(("Gepubliceerd", iso_time(d.dates.publication)))
        if d.dates.updated:
            rows.append(("Gewijzigd", iso_time(d.dates.updated)))
        if d.period and (d.period.start or d.period.end):
            start = dutch_date(d.period.start) if d.period.start else "het begin"
            end = dutch_date(d.period.end) if d.period.end else "heden"
            rows.append(("Periode van het verzoek", f"{start} tot en met {end}"))
        if d.topics:
            rows.append(("Onderwerpen", ", ".join(self.group_link(topic_page, t) for t in d.topics)))
        body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
        summary = f'<p class="woo-summary">{esc(d.summary)}</p>\n' if d.summary else ""
        return f'{summary}<dl class="woo-facts">{body}</dl>\n'

    def group_link(self, page_of, name: str) -> str:
        """A link to the page of a topic or organisation."""
        return f'<a href="{esc(relative(self.url, page_url(page_of(slugify(name)))))}">{esc(name)}</a>'

    def items_table(self) -> str:
        count = sum(len(item.numbers) for item in self.dossier.items)
        rows = "\n".join(self.item_row(item) for item in self.dossier.items)
        headers = "".join(f'<th scope="col" role="columnheader">{h}</th>' for h in ITEM_COLUMNS)
        return (
            "## Antwoord per onderdeel {#antwoorden}\n\n"
            '<table class="woo-table woo-items" role="table">\n'
            f"<caption>Het verzoek telde {count} onderdelen; per onderdeel de uitkomst "
            "en het antwoord</caption>\n"
            f'<thead role="rowgroup"><tr role="row">{headers}</tr></thead>\n'
            f'<tbody role="rowgroup">\n{rows}\n</tbody>\n</table>\n'
        )

    def item_row(self, item: Item) -> str:
        """One row; the explicit roles keep it a table for screen readers when CSS stacks it on phones."""
        ids = "-".join(str(n) for n in item.numbers)
        cells = [
            f'<th scope="row" role="rowheader" data-label="{ITEM_COLUMNS[0]}">{esc(item.label)}</th>',
            f'<td role="cell" data-label="{ITEM_COLUMNS[1]}">{esc(item.request)}</td>',
            f'<td role="cell" data-label="{ITEM_COLUMNS[2]}">{badge(item.outcome)}</td>',
            f'<td role="cell" data-label="{ITEM_COLUMNS[3]}">{self.answer(item)}</td>',
        ]
        return f'<tr id="onderdeel-{ids}" role="row">{"".join(cells)}</tr>'

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

    def annexes_section(self) -> str:
        if not self.dossier.annexes:
            return ""
        rows = []
        for annex in self.dossier.annexes:
            href = relative(self.url, annex_url(self.dossier.slug, annex.file))
            text_page = annex_text_page(self.dossier.slug, annex.file)
            rows.append(
                f'<tr><th scope="row">{esc(annex.title)}</th><td>{esc(annex.file)}</td>'
                f"<td>{pages(annex.pages)}</td><td>{file_size(annex.size)}</td>"
                f'<td><a href="{esc(href)}" download>Download '
                f'<span class="md-visually-hidden">{esc(annex.title)} </span>'
                f"(PDF, {file_size(annex.size)})</a>"
                # The annex's text as a web page: searchable, and easier for screen readers.
                f'<br><a href="{esc(relative(self.url, page_url(text_page)))}">Tekst lezen'
                f'<span class="md-visually-hidden"> van {esc(annex.title)}</span></a></td></tr>'
            )
        return (
            "\n## Bijlagen {#bijlagen}\n\n"
            '<div class="woo-table-wrap" role="region" tabindex="0" aria-label="Bijlagen">\n'
            '<table class="woo-table woo-annexes">\n'
            f"<caption>{len(rows)} bijlage{'n' if len(rows) != 1 else ''} bij dit besluit</caption>\n"
            '<thead><tr><th scope="col">Titel</th><th scope="col">Bestand</th>'
            '<th scope="col">Omvang</th><th scope="col">Grootte</th><th scope="col">Downloaden</th>'
            f"</tr></thead>\n<tbody>\n{''.join(rows)}\n</tbody>\n</table>\n</div>\n"
        )
