"""A request decided in parts: its page (verzoeken/<id>/), and what each part's page shows of
the others (the notice naming every part, the rows of items decided in another part)."""

from __future__ import annotations

from typing import Any

from ..addresses import case_page, case_url, dossier_url, page_url, relative
from ..analyse import Analysis
from ..analyse.cases import Case, number, part_label
from ..model.dossier import Dossier, Item
from ..model.status import is_withdrawn
from ..wording import dutch_list
from .markdown import escape_markdown, front_matter
from .templating import DATA_PAGE, Markup, Templates, default_templates
from .text import badge, esc, iso_time, items_label, law_name

WITHDRAWN = "ingetrokken"  # in place of a withdrawn part's items


def numbers_of(dossier: Dossier) -> tuple[int, ...]:
    return tuple(sorted(n for item in dossier.items for n in item.numbers))


def parts_list(case: Case, from_url: str, current: str | None = None) -> list[dict[str, Any]]:
    """Each part as the notice and the case page list it; numbers not on the site (yet) as
    parts to come. A withdrawn part is listed by its facts, without the items it decided
    (its own page and data no longer publish them)."""
    rows: list[dict[str, Any]] = []
    on_site = {number(d): d for d in case.parts}
    highest = max([*on_site, case.total or 0])
    for n in range(1, highest + 1):
        part = on_site.get(n)
        if part is None:
            rows.append({"number": n, "href": "", "title": "", "decided": "",
                         "numbers": "", "current": False, "withdrawn": False})
            continue
        withdrawn = is_withdrawn(part)
        rows.append({"number": n, "href": relative(from_url, dossier_url(part.slug)),
                     "title": part.title, "decided": Markup(iso_time(part.dates.decided)),
                     "numbers": WITHDRAWN if withdrawn else items_label(numbers_of(part)),
                     "current": part.slug == current, "withdrawn": withdrawn})
    return rows


def still_to_come(case: Case) -> str:
    if case.complete:
        return ""
    if case.total is None:
        return "Er kunnen nog deelbesluiten volgen."
    waiting = case.total - len(case.parts)
    return (f"Er {'volgt' if waiting == 1 else 'volgen'} nog {waiting} "
            f"deelbesluit{'' if waiting == 1 else 'en'}.")


def parts_notice(dossier: Dossier, case: Case) -> str:
    """At the top of a part's page: which part it is, and the other parts."""
    url = dossier_url(dossier.slug)
    entries = []
    for row in parts_list(case, url, dossier.slug):
        if row["current"]:
            entries.append(f"<li>Deelbesluit {row['number']}: dit besluit ({esc(row['numbers'])})</li>")
        elif row["href"]:
            entries.append(f'<li>Deelbesluit {row["number"]}: <a href="{esc(row["href"])}">'
                           f'{esc(row["title"])}</a> ({row["decided"]}, {esc(row["numbers"])})</li>')
        else:
            entries.append(f"<li>Deelbesluit {row['number']}: nog niet gepubliceerd</li>")
    href = relative(url, case_url(case.id))
    more = still_to_come(case)
    return ('<div class="admonition info woo-case" role="note">\n'
            f'<p class="admonition-title">{esc(part_label(dossier, case).capitalize())}</p>\n'
            "<p>Dit verzoek is in delen beslist. Dit is "
            f'{esc(part_label(dossier, case))}; <a href="{esc(href)}">alle deelbesluiten van '
            f"dit verzoek</a>.{' ' + more if more else ''}</p>\n"
            f'<ul class="woo-list">{"".join(entries)}</ul>\n</div>\n')


def case_fact(dossier: Dossier, case: Case) -> tuple[str, str]:
    href = relative(dossier_url(dossier.slug), case_url(case.id))
    label = part_label(dossier, case).removeprefix("deelbesluit ")
    return ("Deelbesluit", f'{esc(label)} (<a href="{esc(href)}">alle delen van het verzoek</a>)')


def elsewhere_rows(dossier: Dossier, case: Case) -> list[tuple[Item, dict[str, Any]]]:
    """The answer table's rows for the items another part decided: what was asked, and where
    it was decided, with a link to that part's row. A withdrawn part's items have none: the
    parts notice lists that part, marked withdrawn, and links its notice."""
    url = dossier_url(dossier.slug)
    rows = []
    for item, other in case.decided_elsewhere(dossier):
        row_id = "-".join(str(n) for n in item.numbers)
        href = relative(url, dossier_url(other.slug))
        rows.append((item, {
            "id": row_id, "label": item.label, "request": item.request,
            "outcome": Markup(f'<a href="{esc(href)}#onderdeel-{row_id}" '
                              f'class="woo-elsewhere">Beslist in deelbesluit {number(other)}</a>'),
            "outcome_key": item.outcome,
            "answer": Markup(f"In dat deelbesluit ({iso_time(other.dates.decided)}): "
                             f"{badge(item.outcome)}"),
        }))
    return rows


def items_caption(dossier: Dossier, case: Case | None, count: int) -> str:
    own = sum(len(item.numbers) for item in dossier.items)
    if case is None:
        return f"Het verzoek telde {count} onderdelen; per onderdeel de uitkomst en het antwoord"
    of = "van het verzoek" if case.complete else "die tot nu toe zijn beslist"
    return (f"Dit deelbesluit beslist over {own} van de {count} onderdelen {of}; per onderdeel "
            "de uitkomst en het antwoord, of het deelbesluit dat erover besliste")


def case_page_markdown(case: Case, analysis: Analysis, templates: Templates | None = None) -> str:
    """The page of one request decided in parts."""
    templates = templates or default_templates()
    url = page_url(case_page(case.id))
    first = case.parts[0]
    last = case.last
    facts = [("Bestuursorgaan", esc(first.organisation)),
             ("Wet", esc(dutch_list(sorted({law_name(d.law) for d in case.parts})))),
             ("Verzoek ontvangen", iso_time(first.dates.received)),
             ("Deelbesluiten", esc(f"{len(case.parts)} van {case.total}" if case.total
                                   else f"{len(case.parts)}, totaal nog niet bekend"))]
    if case.complete:
        t = analysis.timeliness[last.slug]
        facts += [("Laatste deelbesluit", iso_time(last.dates.decided)),
                  ("Behandeltijd", f"{t.handling_days} dagen, tot het laatste deelbesluit")]
    else:
        facts.append(("Laatste deelbesluit tot nu toe", iso_time(last.dates.decided)))
    return templates.render(
        "case",
        # In a preview build, a page showing a part not public yet is kept out of search engines.
        front_matter=Markup(front_matter(case.title, f"Verzoek in {len(case.parts)} "
                                         "deelbesluiten", hide=DATA_PAGE,
                                         noindex=analysis.case_shows_preview(case))),
        title=Markup(escape_markdown(case.title)),
        facts=[(label, Markup(value)) for label, value in facts],
        still_to_come=still_to_come(case),
        parts=parts_list(case, url),
    )
