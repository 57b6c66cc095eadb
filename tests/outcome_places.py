"""Where an outcome must appear besides its row in outcomes.py, and what is missing there.

Each check takes an outcomes table and returns one line per thing missing or
stale, naming the file and what to add; tests/test_outcomes.py runs them on the
real table, and on the real table plus a made-up row to show that a new
outcome is told everything it still needs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from woo_dossiers.inventory.checks import ORDER
from woo_dossiers.model.outcomes import Outcome

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "plugins/woo_dossiers/schema/dossier.schema.json"
CSS = ROOT / "plugins/woo_dossiers/assets/woo.css"
DOCS = ROOT / "docs"
ITEM_FIELDS = re.compile(r"\b(documents|grounds|reuses|links)\b")

Table = Mapping[str, Outcome]
Check = Callable[[Table], list[str]]


def flat(text: str) -> str:
    """Text with its line breaks undone, as a reader sees the sentences."""
    return " ".join(text.split())


def table_rows(page: Path, header: str) -> list[list[str]]:
    """The cells of the Markdown table whose header row starts with `header`."""
    lines = page.read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in lines[start + 2:]:  # past the header and the --- row
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
    return rows


def _keys_in(cell: str) -> list[str]:
    return re.findall(r"`([a-z-]+)`", cell)


def _rows_by_key(rows: list[list[str]]) -> dict[str, list[str]]:
    return {key: row for row in rows for key in _keys_in(row[0])}


def _same_keys(name: str, table: Table, documented: Mapping[str, object]) -> list[str]:
    missing = [f"{name}: no row for `{key}`" for key in table if key not in documented]
    return missing + [f"{name}: a row for `{key}`, which is not an outcome"
                      for key in documented if key not in table]


def schema_enum(table: Table) -> list[str]:
    """The enum stays in the file for editors (yaml-language-server); it must be the table's."""
    schema = json.loads(SCHEMA.read_text("utf-8"))
    enum = schema["$defs"]["item"]["properties"]["outcome"]["enum"]
    if enum == list(table):
        return []
    return [f"{SCHEMA.relative_to(ROOT)}: $defs.item.properties.outcome.enum must be, in this "
            f"order: {json.dumps(list(table))}"]


def css_colours(table: Table) -> list[str]:
    css = CSS.read_text("utf-8")
    coloured = set(re.findall(r"^\.(woo-badge--[a-z-]+) \{ color: #[0-9a-f]{6}; \}$", css, re.M))
    classes = {o.css_class for o in table.values()}
    missing = [f"assets/woo.css: no colour for .{name} (4.5:1 or more on white)"
               for name in sorted(classes - coloured)]
    return missing + [f"assets/woo.css: .{name} colours no outcome"
                      for name in sorted(coloured - classes)]


def _needs_in_dutch(outcome: Outcome) -> str:
    """`documents` en `grounds`; `reuses` of `links`: what the field guide says is needed."""
    return " en ".join(" of ".join(f"`{name}`" for name in group) for group in outcome.needs)


def guide_fields(table: Table) -> list[str]:
    page = DOCS / "handleiding/velden.md"
    rows = _rows_by_key(table_rows(page, "| `outcome` | op de site | nodig |"))
    found = _same_keys(str(page.relative_to(ROOT)), table, rows)
    for key, outcome in table.items():
        if key not in rows:
            continue
        if rows[key][1] != outcome.label:
            found.append(f"{page.relative_to(ROOT)}: `{key}` is '{outcome.label}' on the site")
        if outcome.needs and rows[key][2] != _needs_in_dutch(outcome):
            found.append(f"{page.relative_to(ROOT)}: `{key}` needs {_needs_in_dutch(outcome)}")
    withholding = " en ".join(f"`{key}`" for key, o in table.items() if o.withholds)
    if f"`grounds` horen alleen bij {withholding}." not in flat(page.read_text("utf-8")):
        found.append(f"{page.relative_to(ROOT)}: '`grounds` horen alleen bij {withholding}.'")
    return found


def format_fields(table: Table) -> list[str]:
    page = DOCS / "formats/dossier.md"
    rows = _rows_by_key(table_rows(page, "| value | Dutch label | needs |"))
    found = _same_keys(str(page.relative_to(ROOT)), table, rows)
    for key, outcome in table.items():
        if key not in rows:
            continue
        if rows[key][1] != outcome.label:
            found.append(f"{page.relative_to(ROOT)}: `{key}` is labelled '{outcome.label}'")
        needs = ITEM_FIELDS.sub(r"`\1`", outcome.expected)
        if outcome.needs and rows[key][2] != needs:
            found.append(f"{page.relative_to(ROOT)}: `{key}` needs {needs}")
    withholding = " and ".join(f"`{key}`" for key, o in table.items() if o.withholds)
    if f"`grounds` are allowed only on {withholding} items." not in flat(page.read_text("utf-8")):
        found.append(f"{page.relative_to(ROOT)}: '`grounds` are allowed only on {withholding} "
                     "items.'")
    return found


def _listed(judgements: frozenset[str], joiner: str) -> str:
    """The judgements in their display order: 'openbaar, reeds openbaar'."""
    return joiner.join(j for j in ORDER if j in judgements)


def format_inventory(table: Table) -> list[str]:
    """The rule table of docs/formats/inventaris.md says exactly what each row's rule says."""
    page = DOCS / "formats/inventaris.md"
    rows = _rows_by_key(table_rows(page, "| Item outcome |"))
    found = _same_keys(str(page.relative_to(ROOT)), table, rows)
    for key, outcome in table.items():
        rule = outcome.inventory
        allowed = "any" if rule.allowed == frozenset(ORDER) else _listed(rule.allowed, ", ")
        if len(rule.needs) > 1:
            needs = " **and** ".join(f"({_listed(need, ' or ')})" for need in rule.needs)
        else:
            needs = _listed(rule.needs[0], " or ") if rule.needs else "—"
        expected = [f"`{key}`", allowed or "(none)", needs, "error" if rule.needs else "fine"]
        if key in rows and rows[key] != expected:
            found.append(f"{page.relative_to(ROOT)}: the row for `{key}` must be "
                         f"| {' | '.join(expected)} |")
    return found


def guide_inventory(table: Table) -> list[str]:
    page = DOCS / "handleiding/inventarislijst.md"
    rows = _rows_by_key(table_rows(page, "| uitkomst van het onderdeel |"))
    found = _same_keys(str(page.relative_to(ROOT)), table, rows)
    for key, outcome in table.items():
        rule = outcome.inventory
        allowed = "alles" if rule.allowed == frozenset(ORDER) else _listed(rule.allowed, ", ")
        if key in rows and rows[key][1] != (allowed or "geen documenten"):
            found.append(f"{page.relative_to(ROOT)}: the documents of `{key}` may be "
                         f"{allowed or 'geen documenten'}")
    return found


def open_data(table: Table) -> list[str]:
    page = DOCS / "open-data.md"
    text = flat(page.read_text("utf-8"))
    return [f"{page.relative_to(ROOT)}: 'De uitkomsten: ...' does not name `{key}` ({o.label})"
            for key, o in table.items() if f"`{key}` ({o.label})" not in text]


def guide_messages(table: Table) -> list[str]:
    """meldingen.md lists the rule that ends each inventory message, and what outcomes need."""
    page = DOCS / "handleiding/meldingen.md"
    text = flat(page.read_text("utf-8"))
    found = [f"{page.relative_to(ROOT)}: the list of rules lacks '- {o.inventory.explanation_nl}'"
             for o in table.values() if f"- {o.inventory.explanation_nl}" not in text]
    section = text.split("### uitkomst '…' (…) vraagt om …; verwacht: …")[1].split("###")[0]
    return found + [f"{page.relative_to(ROOT)}: 'uitkomst … vraagt om' does not say what "
                    f"`{key}` needs" for key, o in table.items()
                    if o.needs and f"`{key}`" not in section]


PLACES: tuple[Check, ...] = (schema_enum, css_colours, guide_fields, format_fields,
                             format_inventory, guide_inventory, open_data, guide_messages)
