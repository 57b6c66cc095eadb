"""One home for the outcomes: the table in outcomes.py, and everything that must agree with it.

Adding an outcome is a row in the table, its colour in assets/woo.css, the value
in the schema's enum and its lines in the docs. These tests say which of those
is missing (test_a_new_row_is_told_what_is_missing shows the list for a made-up
row) and fail when a module other than the table names an outcome.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from outcome_places import PLACES, ROOT
from publishing_helpers import BASE_YML, write_dossier
from woo_dossiers.inventory.columns import JUDGEMENTS
from woo_dossiers.loader import load_site
from woo_dossiers.model.outcomes import OUTCOMES, InventoryRule, LetterWords, Outcome
from woo_dossiers.source.schema import dossier_schema


@pytest.mark.parametrize("place", PLACES, ids=lambda place: place.__name__)
def test_every_place_agrees_with_the_table(place):
    assert place(OUTCOMES) == []


NEW = Outcome(
    "withdrawn-request", "Verzoek ingetrokken",
    needs=(), expected="an answer", expected_nl="een antwoord (answer)", withholds=False,
    letter=LetterWords(9, re.compile(r"\bingetrokken\b")),
    inventory=InventoryRule(frozenset(), (), "a withdrawn item has no documents",
                            "een ingetrokken onderdeel heeft geen documenten"),
)


def test_a_new_row_is_told_what_is_missing():
    table = {**OUTCOMES, NEW.key: NEW}
    assert [line for place in PLACES for line in place(table)] == [
        "plugins/woo_dossiers/schema/dossier.schema.json: $defs.item.properties.outcome.enum "
        'must be, in this order: ["disclosed", "partly-disclosed", "refused", "already-public", '
        '"not-held", "referred", "out-of-scope", "forwarded", "withdrawn-request"]',
        "assets/woo.css: no colour for .woo-badge--withdrawn-request (4.5:1 or more on white)",
        "docs/handleiding/velden.md: no row for `withdrawn-request`",
        "docs/formats/dossier.md: no row for `withdrawn-request`",
        "docs/formats/inventaris.md: no row for `withdrawn-request`",
        "docs/handleiding/inventarislijst.md: no row for `withdrawn-request`",
        "docs/open-data.md: 'De uitkomsten: ...' does not name `withdrawn-request` "
        "(Verzoek ingetrokken)",
        "docs/handleiding/meldingen.md: the list of rules lacks '- een ingetrokken onderdeel "
        "heeft geen documenten'",
    ]


# --- the table's own consistency -------------------------------------------------------------


def test_needs_name_fields_of_an_item():
    fields = dossier_schema()["$defs"]["item"]["properties"]
    for outcome in OUTCOMES.values():
        for group in outcome.needs:
            assert group and set(group) <= set(fields), (outcome.key, group)


def test_inventory_rules_use_the_inventory_s_judgements():
    for outcome in OUTCOMES.values():
        rule = outcome.inventory
        named = set(rule.allowed).union(*rule.needs)
        assert named <= set(JUDGEMENTS), outcome.key
        assert all(need <= rule.allowed for need in rule.needs), outcome.key


def test_example_inventories_obey_the_rule():
    # make_example_inventory.py gives an item's first document the first judgement of the mix.
    for outcome in OUTCOMES.values():
        example = outcome.inventory.example
        if example is None:
            continue
        first = example.mix[0][0]
        assert {j for j, _ in example.mix} <= outcome.inventory.allowed, outcome.key
        assert all(first in need for need in outcome.inventory.needs), outcome.key


def test_letter_words_have_one_order():
    precedences = [o.letter.precedence for o in OUTCOMES.values()]
    assert len(set(precedences)) == len(precedences)
    for outcome in OUTCOMES.values():
        assert set(outcome.letter.goes_with) <= set(OUTCOMES) - {outcome.key}, outcome.key


# --- validation follows every row ------------------------------------------------------------


def _every_outcome(dossiers: Path, extra: str = "") -> list[tuple[str | None, str]]:
    """(field, message) of a dossier with one bare item per outcome after the base's two."""
    items = "".join(f"  - item: {n}\n    request: Vraag {n}\n    outcome: {key}\n"
                    f"    answer: Antwoord.\n{extra}" for n, key in enumerate(OUTCOMES, start=3))
    write_dossier(dossiers, "cam", BASE_YML.replace("annexes:\n", items + "annexes:\n"))
    return [(p.field, p.message) for p in load_site(dossiers).problems]


def _dutch(tmp_path: Path) -> list[str]:
    return [p.dutch() for p in load_site(tmp_path / "dossiers").problems]


def test_each_outcome_asks_for_what_its_row_needs(tmp_path):
    expected = [
        (f"items[{n - 1}].{group[0]} (item {n})",
         f"outcome '{key}' ({o.label}) needs {' or '.join(group)}; expected {o.expected}")
        for n, (key, o) in enumerate(OUTCOMES.items(), start=3) for group in o.needs
    ]
    assert _every_outcome(tmp_path / "dossiers") == expected
    dutch = _dutch(tmp_path)
    for n, (_, message) in enumerate(expected):
        assert OUTCOMES[message.split("'")[1]].expected_nl in dutch[n]


def test_grounds_belong_to_the_outcomes_that_withhold(tmp_path):
    found = _every_outcome(tmp_path / "dossiers", '    grounds: ["5.1.2.e"]\n')
    refused = [message.split("'")[-2] for field, message in found
               if message.startswith("grounds apply only when information is withheld")]
    assert refused == [key for key, o in OUTCOMES.items() if not o.withholds]
    assert len([line for line in _dutch(tmp_path)
                if line.startswith("weigeringsgronden horen alleen bij weigeren")]) == len(refused)


# --- nothing else names an outcome -----------------------------------------------------------

# The table itself, and the benchmark's corpus generator: like a test fixture it keeps
# its own mix of outcomes, so that a kept corpus stays the same bytes for its
# GENERATOR_VERSION, and it imports nothing of the plugin (its grounds are its own too).
MAY_NAME_OUTCOMES = {"plugins/woo_dossiers/model/outcomes.py", "scripts/bench_corpus.py"}
# Outcome keys that are also plain words, and where they mean something else.
OTHER_MEANINGS = {
    ("plugins/woo_dossiers/annex/", "refused"): "an annex file the reader would not read",
}
# The enum (schema_enum checks it) and the colours (css_colours checks them).
CHECKED_COPIES = {"plugins/woo_dossiers/schema/dossier.schema.json",
                  "plugins/woo_dossiers/assets/woo.css"}
_KEY = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, OUTCOMES), key=len, reverse=True))
                  + r")(?![\w-])")


def strings_in(source: str) -> list[tuple[int, str]]:
    """(line, text) of the string literals in Python code; docstrings are prose, not code."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def outcomes_named(path: str, source: str) -> list[str]:
    texts = strings_in(source) if path.endswith(".py") else list(enumerate(source.splitlines(), 1))
    return [f"{path}:{line}: '{key}'" for line, text in texts for key in _KEY.findall(text)
            if not any(path.startswith(folder) and key == word for folder, word in OTHER_MEANINGS)]


def test_the_scan_finds_an_outcome_in_code_but_not_in_prose():
    source = '"""Refused items are not disclosed."""\nKEYS = ("x", f"{1} not-held")\n# disclosed\n'
    assert outcomes_named("plugins/woo_dossiers/x.py", source) == [
        "plugins/woo_dossiers/x.py:2: 'not-held'"]
    assert outcomes_named("plugins/woo_dossiers/annex/x.py", 'KEY = "refused"') == []
    assert outcomes_named("plugins/woo_dossiers/x.js", "// forwarded") == [
        "plugins/woo_dossiers/x.js:1: 'forwarded'"]


def test_no_other_module_names_an_outcome():
    files = [path for folder in ("plugins", "scripts") for path in sorted((ROOT / folder).rglob("*"))
             if path.suffix in {".py", ".js", ".html", ".sh", ".json", ".css"}]
    named = [found for path in files
             if (name := path.relative_to(ROOT).as_posix()) not in MAY_NAME_OUTCOMES | CHECKED_COPIES
             for found in outcomes_named(name, path.read_text("utf-8"))]
    assert len(files) > 100
    assert named == [], "read the outcome's row in plugins/woo_dossiers/model/outcomes.py instead"
