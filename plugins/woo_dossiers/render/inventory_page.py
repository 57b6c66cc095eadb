"""The inventory of one dossier: a summary on the dossier page and a full page of its own.

The full page is one table of every document. Without JavaScript it is a plain
list; `assets/inventaris.js` adds filters (judgement, ground, item, text), paging and
shareable filter addresses (`?beoordeling=niet-openbaar&grond=5.1.2.e`).
"""

from __future__ import annotations

import re

import yaml

from ..addresses import (
    annex_url,
    dossier_url,
    inventory_csv_url,
    inventory_json_url,
    inventory_url,
    relative,
)
from ..inventory import JUDGEMENTS, Inventory, InventoryRow, count_judgements
from ..model.dossier import Dossier
from ..model.laws import LAWS
from ..wording import dutch_date
from .templating import WIDE_DATA_PAGE
from .text import esc, iso_time

SCRIPT = "assets/woo/inventaris.js"
PAGE_SIZE = 50  # rows per page when JavaScript pages the table


def _documents(count: int) -> str:
    return "1 document" if count == 1 else f"{count} documenten"


def _downloads(slug: str, from_url: str) -> str:
    csv_href = relative(from_url, inventory_csv_url(slug))
    json_href = relative(from_url, inventory_json_url(slug))
    return (
        '<p class="woo-inv-downloads">Open data: '
        f'<a href="{esc(csv_href)}" download>inventarislijst als CSV</a> · '
        f'<a href="{esc(json_href)}">als JSON</a></p>\n'
    )


def inventory_summary(dossier: Dossier, inventory: Inventory | None, from_url: str) -> str:
    """The dossier page's section: counts per judgement, each linking to the filtered list."""
    if inventory is None:
        return ""
    page = relative(from_url, inventory_url(dossier.slug))
    entries = []
    for key, count in inventory.counts.items():
        judgement = JUDGEMENTS[key]
        label = f"{esc(judgement.label)}: {count}"
        if count:
            label = f'<a href="{esc(page)}?beoordeling={judgement.css}">{label}</a>'
        entries.append(f'<li class="woo-inv-count woo-inv-count--{judgement.css}">{label}</li>')
    return (
        "## Inventarislijst {#inventarislijst}\n\n"
        f"<p>Voor dit besluit zijn {_documents(len(inventory.rows))} beoordeeld. "
        "Per beoordeling:</p>\n"
        f'<ul class="woo-inv-counts">{"".join(entries)}</ul>\n'
        + _per_item(dossier, inventory, page)
        + f'<p><a href="{esc(page)}">Bekijk de volledige inventarislijst</a> '
        "met per document de beoordeling en de gronden.</p>\n"
        + _downloads(dossier.slug, from_url)
    )


def _per_item(dossier: Dossier, inventory: Inventory, page: str) -> str:
    """Documents per request item and judgement, when the inventory says which item."""
    if not inventory.uses_items:
        return ""
    rows = []
    for item in dossier.items:
        found = [r for r in inventory.rows if set(r.items) & set(item.numbers)]
        if not found:
            continue
        counts = count_judgements(found)
        cells = "".join(f"<td>{counts[key] or ''}</td>" for key in JUDGEMENTS)
        query = "onderdeel=" + "-".join(str(n) for n in item.numbers)
        rows.append(
            f'<tr><th scope="row"><a href="{esc(page)}?{query}">{esc(item.label)}</a></th>'
            f"{cells}<td>{len(found)}</td></tr>"
        )
    heads = "".join(f'<th scope="col">{esc(j.label)}</th>' for j in JUDGEMENTS.values())
    return (
        '<div class="woo-table-wrap" role="region" tabindex="0" '
        'aria-label="Documenten per onderdeel">\n<table class="woo-inv-items">\n'
        "<caption>Documenten per onderdeel van het verzoek</caption>\n"
        f'<thead><tr><th scope="col">Onderdeel</th>{heads}<th scope="col">Totaal</th>'
        f"</tr></thead>\n<tbody>{''.join(rows)}</tbody>\n</table>\n</div>\n"
    )


class InventoryPage:
    """The full inventory page of one dossier."""

    def __init__(self, dossier: Dossier, inventory: Inventory, dossiers: dict[str, Dossier]):
        self.dossier = dossier
        self.inventory = inventory
        self.dossiers = dossiers
        self.law = LAWS[dossier.law]
        self.url = inventory_url(dossier.slug)
        self.anchors: set[str] = set()
        self.item_anchor: dict[int, str] = {
            n: "onderdeel-" + "-".join(str(m) for m in item.numbers)
            for item in dossier.items for n in item.numbers
        }

    def markdown(self) -> str:
        d, inventory = self.dossier, self.inventory
        meta = {"title": f"Inventarislijst: {d.title}", "hide": list(WIDE_DATA_PAGE)}
        back = relative(self.url, dossier_url(d.slug))
        script = relative(self.url, SCRIPT)
        rows = "\n".join(self.row(row, index) for index, row in enumerate(inventory.rows))
        return (
            "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=True) + "---\n\n"
            "# Inventarislijst\n\n"
            f'<p class="woo-inv-intro">Bij het besluit <a href="{esc(back)}">{esc(d.title)}</a> '
            f"van {iso_time(d.dates.decided)}: {_documents(len(inventory.rows))}, elk met de "
            "beoordeling en, waar iets niet openbaar is, de gronden.</p>\n"
            + _downloads(d.slug, self.url)
            # The rows would swamp the site search (search/page_text.py skips what
            # stands between these markers); the page's own text filter covers them.
            + "<!-- zoek:negeer -->\n"
            + f'<div class="woo-inv" data-woo-inventory data-page-size="{PAGE_SIZE}">\n'
            + self.filters()
            + '<div class="woo-table-wrap" role="region" tabindex="0" '
            'aria-label="Inventarislijst">\n'
            '<table class="woo-inventory">\n'
            f"<caption>Inventarislijst: {_documents(len(inventory.rows))}</caption>\n"
            "<thead><tr>"
            '<th scope="col">Nr.</th><th scope="col">Datum</th>'
            '<th scope="col">Omschrijving</th><th scope="col">Beoordeling</th>'
            '<th scope="col">Gronden</th><th scope="col">Onderdeel</th>'
            '<th scope="col">Document</th>'
            "</tr></thead>\n"
            f"<tbody>\n{rows}\n</tbody>\n</table>\n</div>\n"
            '<nav class="woo-inv-pages" aria-label="Pagina\'s van de inventarislijst" hidden>'
            "</nav>\n</div>\n<!-- /zoek:negeer -->\n"
            f'<script src="{esc(script)}" defer></script>\n'
        )

    def filters(self) -> str:
        """The filter form; hidden until the script runs, because only the script filters."""
        counts = self.inventory.counts
        boxes = "".join(
            f'<label><input type="checkbox" name="beoordeling" value="{j.css}" checked> '
            f"{esc(j.label)} ({counts[key]})</label>"
            for key, j in JUDGEMENTS.items() if counts[key]
        )
        per_ground: dict[str, int] = {}
        for row in self.inventory.rows:
            for code in row.grounds:
                per_ground[code] = per_ground.get(code, 0) + 1
        options = "".join(
            f'<option value="{esc(code)}">{esc(code)} {esc(self.law.key)}: '
            f"{esc(self.law.grounds[code].name)} ({per_ground[code]})</option>"
            for code in self.law.grounds if code in per_ground
        )
        ground = (
            '<label class="woo-inv-ground">Grond <select name="grond">'
            f'<option value="">Alle gronden</option>{options}</select></label>'
            if options else ""
        )
        return (
            '<form class="woo-inv-filters" role="search" aria-label="Filter de inventarislijst" '
            "hidden>\n"
            f"<fieldset><legend>Beoordeling</legend>{boxes}</fieldset>\n"
            f"{ground}{self.item_filter()}"
            '<label class="woo-inv-text">Zoek in nummer en omschrijving '
            '<input type="search" name="zoek"></label>\n'
            "</form>\n"
            '<p class="woo-inv-status" role="status" aria-live="polite"></p>\n'
        )

    def item_filter(self) -> str:
        """One option per request item (8 and 9 answered together are one option)."""
        options = []
        for item in self.dossier.items:
            count = sum(1 for row in self.inventory.rows if set(row.items) & set(item.numbers))
            if count:
                value = "-".join(str(n) for n in item.numbers)
                options.append(f'<option value="{value}">{esc(item.label)} ({count})</option>')
        if not options:
            return ""
        return (
            '<label class="woo-inv-item">Onderdeel <select name="onderdeel">'
            f'<option value="">Alle onderdelen</option>{"".join(options)}</select></label>'
        )

    def row(self, row: InventoryRow, index: int) -> str:
        judgement = JUDGEMENTS[row.judgement]
        date = iso_time(row.date) if row.date else ""
        return (
            f'<tr id="{self.row_id(row, index)}" data-beoordeling="{judgement.css}" '
            f'data-grond="{esc(" ".join(row.grounds))}" '
            f'data-onderdeel="{" ".join(str(n) for n in row.items)}">'
            f'<th scope="row">{esc(row.number)}</th>'
            f"<td>{date}</td>"
            f"<td>{esc(row.description)}</td>"
            f'<td><span class="woo-judgement woo-judgement--{judgement.css}">'
            f"{esc(judgement.label)}</span></td>"
            f"<td>{self.grounds(row)}</td>"
            f"<td>{self.items(row)}</td>"
            f"<td>{self.document(row)}</td>"
            "</tr>"
        )

    def row_id(self, row: InventoryRow, index: int) -> str:
        """A stable anchor from the document number: #document-12; unique on the page."""
        token = re.sub(r"[^a-z0-9]+", "-", row.number.casefold()).strip("-")
        anchor = f"document-{token}" if token else f"document-{index + 1}"
        if anchor in self.anchors:
            anchor = f"{anchor}-{index + 1}"
        self.anchors.add(anchor)
        return anchor

    def grounds(self, row: InventoryRow) -> str:
        return ", ".join(
            f'<abbr title="{esc(self.law.grounds[code].name)}">{esc(code)}</abbr>'
            for code in row.grounds
        )

    def items(self, row: InventoryRow) -> str:
        back = relative(self.url, dossier_url(self.dossier.slug))
        return ", ".join(
            f'<a href="{esc(back)}#{self.item_anchor[n]}">{n}</a>' for n in row.items
        )

    def document(self, row: InventoryRow) -> str:
        if row.link and (row.judgement == "reeds openbaar" or not row.annex):
            return self.earlier(row.link)
        if row.annex:
            annex = self.dossier.annex(row.annex)
            title = annex.title if annex else row.annex
            if annex and annex.withdrawn:
                return f"{esc(title)} (ingetrokken)"
            href = relative(self.url, annex_url(self.dossier.slug, row.annex))
            where = ""
            if row.page:
                href += f"#page={row.page}"
                where = f", pagina {row.page}"
            return f'<a href="{esc(href)}">{esc(title)}</a> (PDF{where})'
        if row.judgement == "niet openbaar":
            return "Niet gepubliceerd"
        return ""

    def earlier(self, link: str) -> str:
        """Where an already public document is: an earlier dossier here, or elsewhere."""
        if link.startswith(("http://", "https://")):
            return f'<a href="{esc(link)}" rel="noopener">Elders gepubliceerd</a>'
        earlier = self.dossiers.get(link)
        if earlier is None:
            return f"{esc(link)} (niet gepubliceerd)"
        href = relative(self.url, dossier_url(link))
        return (f'<a href="{esc(href)}" class="woo-reuse">{esc(earlier.title)}</a> '
                f"({dutch_date(earlier.dates.decided)})")
