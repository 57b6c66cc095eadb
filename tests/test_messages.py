"""The message catalogue (plugins/woo_dossiers/messages/): one home per message, both languages.

Which test makes each code: tests/test_check_dossiers.py (CODES) for the areas it
names; the guide: tests/test_handleiding.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from woo_dossiers import messages
from woo_dossiers.messages import CATALOGUE, template_names
from woo_dossiers.messages.problems import Problem

PLUGINS = Path(__file__).resolve().parents[1] / "plugins" / "woo_dossiers"


@pytest.mark.parametrize("code", sorted({**CATALOGUE, **messages.SAID}))
def test_both_templates_take_the_same_parameters(code):
    """Problems and the tools' own lines (tests/test_tool_messages.py) alike."""
    message = CATALOGUE.get(code) or messages.SAID[code]
    assert template_names(message.en) == template_names(message.nl), code
    assert set(message.en_parts) <= template_names(message.en), code
    assert set(message.nl_parts) <= template_names(message.nl), code


def test_a_code_lives_in_one_area():
    codes = [code for table in messages.AREAS.values() for code in table]
    assert len(codes) == len(set(codes))


def codes_in_source() -> dict[str, str]:
    """Every code the package's code names, with the file that names it.

    A code appears as `src.report(path, "code", ...)`, `report.report("code", ...)`,
    `YamlError("code", ...)`, `Problem(..., code="code")`,
    `Finding("code", ...)`
    (or `code=NAME` with `NAME = "code"` in the module) or a returned `("code", {params})`.
    """
    found = {}
    for path in PLUGINS.rglob("*.py"):
        if "messages" in path.parts[len(PLUGINS.parts):]:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        constants = {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Constant) for t in node.targets
                     if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            names: list[ast.expr] = []
            if isinstance(node, ast.Call):
                if isinstance(node.func, ast.Attribute) and node.func.attr == "report":
                    names += node.args[:2]  # src.report(path, code, ...), report.report(code, ...)
                if isinstance(node.func, ast.Name) and node.func.id in ("Problem", "Finding"):
                    names += [k.value for k in node.keywords if k.arg == "code"]
                if isinstance(node.func, ast.Name) and node.func.id in ("Finding", "YamlError"):
                    names += node.args[:1]
            elif isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(
                    node.elts[1], ast.Dict):
                names.append(node.elts[0])
            names = [part for name in names for part in (
                [name.body, name.orelse] if isinstance(name, ast.IfExp) else [name])]
            for name in names:
                value = constants.get(name.id) if isinstance(name, ast.Name) else (
                    name.value if isinstance(name, ast.Constant) else None)
                if isinstance(value, str):
                    found[value] = str(path.relative_to(PLUGINS))
    return found


def test_every_code_in_the_package_is_in_the_catalogue():
    used = codes_in_source()
    assert len(used) > 20
    assert {code: file for code, file in used.items() if code not in CATALOGUE} == {}


def test_a_problem_is_worded_from_its_code():
    problem = Problem("cam", "dossiers/cam/dossier.yml", field="items[0].grounds[0]", line=12,
                      code="ground-unknown", params={"ground": "10.2.x", "law": "Wob",
                                                     "grounds": ["10.1.c", "10.2.e"]})
    assert str(problem) == ("dossiers/cam/dossier.yml:12: [cam] items[0].grounds[0]: '10.2.x' is "
                            "not a ground of the Wob; expected one of: 10.1.c, 10.2.e")
    assert problem.dutch() == "'10.2.x' is geen weigeringsgrond uit de Wob; kies een van: " \
        "10.1.c, 10.2.e"
    assert messages.guide_heading("ground-unknown") == (
        "'…' is geen weigeringsgrond uit de …; kies een van: …")
    assert messages.guide_heading("reuses-unknown").endswith(
        "of {title, url} voor een besluit dat elders is gepubliceerd")


def test_every_kind_a_check_can_name_has_words_in_both_languages():
    """Parts chosen from a list: each key a check can produce has its row."""
    from woo_dossiers.annex.damage import REPAIRS
    from woo_dossiers.annex.links import ACTIONS
    from woo_dossiers.checks.sanitise import FORBIDDEN_ELEMENTS
    from woo_dossiers.messages.annex import DAMAGE, LINKS
    from woo_dossiers.messages.markdown_text import ELEMENTS

    assert set(FORBIDDEN_ELEMENTS) == set(ELEMENTS)
    assert set(REPAIRS.values()) <= set(DAMAGE)
    assert set(ACTIONS) <= set(LINKS)
