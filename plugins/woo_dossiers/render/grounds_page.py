"""The page explaining every legal ground, with the decisions (and items) that used it."""

from __future__ import annotations

from ..addresses import dossier_url, page_url, relative
from ..analyse.facets import GroundUse
from ..model.laws import LAWS, Ground, Law
from ..wording import dutch_date
from .groups import decisions
from .markdown import escape_markdown, front_matter
from .text import esc, items_label

TITLE = "Weigeringsgronden"
ARTICLES = {"Wob": "artikel 10 en 11", "Woo": "artikel 5.1 en 5.2"}


def ground_label(law: Law, ground: Ground) -> str:
    """'10.2.e Wob: de eerbiediging van de persoonlijke levenssfeer' (plain text)."""
    return f"{ground.code} {law.key}: {ground.name}"


def ground_link(law: Law, ground: Ground) -> str:
    """The ground by article and name, the article linked to wetten.overheid.nl."""
    return (f'<a href="{esc(law.ground_url(ground))}">{esc(ground.code)} {esc(law.key)}</a>: '
            f"{esc(ground.name)}")


def items_count(n: int) -> str:
    return f"{n} onderdeel" if n == 1 else f"{n} onderdelen"


def grounds_page(usage: list[GroundUse], src_path: str) -> str:
    url = page_url(src_path)
    parts = [
        front_matter(TITLE, "Elke weigeringsgrond van de Wob en de Woo, uitgelegd, met de "
                     "besluiten die de grond gebruikten"),
        f"# {TITLE}\n",
        "<p>Informatie mag alleen geheim blijven op een grond die in de wet staat: in de Wob "
        f"{ARTICLES['Wob']}, in de Woo {ARTICLES['Woo']}. Bij elke grond staan het artikel "
        "(met een link naar de wettekst op wetten.overheid.nl), wat de grond beschermt en de "
        "besluiten op deze site die de grond gebruikten, met de onderdelen van het verzoek.</p>\n",
    ]
    for law in LAWS.values():
        uses = [u for u in usage if u.law is law]
        parts.append(f"## {law.key}: {law.title} {{#{law.key.lower()}}}\n")
        parts.append(law_table(law, uses))
        parts += [ground_section(use, url) for use in uses if use.uses]
    return "\n".join(parts)


def law_table(law: Law, uses: list[GroundUse]) -> str:
    rows = []
    for use in uses:
        if use.uses:
            used = (f'<a href="#{use.key}">{decisions(len(use.uses))}, '
                    f"{items_count(use.item_count)}</a>")
        else:
            used = "niet gebruikt"
        rows.append(
            f'<tr><th scope="row"><a href="{esc(law.ground_url(use.ground))}">'
            f"{esc(use.ground.code)} {esc(law.key)}</a></th>"
            f"<td>{esc(use.ground.name)}</td><td>{used}</td></tr>"
        )
    caption = f"De weigeringsgronden van de {law.key} ({ARTICLES[law.key]}) en hoe vaak zij zijn gebruikt"
    return (
        f'<div class="woo-table-wrap" role="region" tabindex="0" aria-label="Gronden {law.key}">\n'
        f'<table class="woo-table woo-grounds">\n<caption>{esc(caption)}</caption>\n'
        '<thead><tr><th scope="col">Artikel</th><th scope="col">Beschermt</th>'
        '<th scope="col">Gebruikt in</th></tr></thead>\n'
        f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>\n</div>\n"
    )


def ground_section(use: GroundUse, url: str) -> str:
    entries = []
    for dossier, items in use.uses:
        numbers = tuple(n for item in items for n in item.numbers)
        href = relative(url, dossier_url(dossier.slug))
        first = "-".join(str(n) for n in items[0].numbers)
        entries.append(
            f'<li><a href="{esc(href)}">{esc(dossier.title)}</a> ({esc(dossier.organisation)}, '
            f"{dutch_date(dossier.dates.decided)}): "
            f'<a href="{esc(href)}#onderdeel-{first}">{esc(items_label(numbers))}</a></li>'
        )
    return (
        f"### {escape_markdown(ground_label(use.law, use.ground))} {{#{use.key}}}\n\n"
        f'<p><a href="{esc(use.law.ground_url(use.ground))}">Lees {esc(use.ground.code)} '
        f"{esc(use.law.key)} op wetten.overheid.nl</a>. Gebruikt in "
        f"{decisions(len(use.uses))}, voor {items_count(use.item_count)}:</p>\n"
        f'<ul class="woo-ground-uses">\n{chr(10).join(entries)}\n</ul>\n'
    )
