"""The tools' own lines (messages/importer.py, messages/cli.py): one home each, both languages.

`woo importeer`'s report and draft comments and the `woo` commands' errors and hints
are made from codes, like the build's problems: every code is worded in English and
Dutch with the same parameters, every code the code names is in the tables and every
row is used, and no line is written in the code itself. What a newcomer sees when
something goes wrong is one Dutch sentence: no traceback, English or Python path.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from import_letters import zwolle_pdf
from publishing_helpers import run_woo
from woo_dossiers import messages
from woo_dossiers.annex.facts import Finding, Refusal
from woo_dossiers.messages import SAID, template_names
from woo_dossiers.messages.importer import FACT_LABELS, TITLE_SOURCES
from woo_dossiers.messages.said import Said

PLUGINS = Path(__file__).resolve().parents[1] / "plugins" / "woo_dossiers"
# Code that speaks to the team only through the tables: nothing in it is worded.
SILENT_CODE = [PLUGINS / "annex" / "clean.py", PLUGINS / "cli" / "dutch_argparse.py"]
TOOL_CODE = [*sorted((PLUGINS / "importer").glob("*.py")), *sorted((PLUGINS / "cli").glob("*.py")),
             *SILENT_CODE]
GUIDE = Path(__file__).resolve().parents[1] / "docs" / "handleiding" / "meldingen.md"

# Sample values for parameters that are not plain text (the others get "x").
SAMPLES = {
    "fact": "organisation", "source": "filename", "outcome": "later", "refs": ["2021-cas"],
    "sections": ["Ad 1", "Ad 2"], "alternatives": (("referred", "ik verwijs"),), "outcomes": ("a", "b"),
    "grounds": ["5.1.2.e"], "counts": {"Wob": 0, "Woo": 3}, "options": ["--wet", "--slug"],
    "errno": 28, "level": "warning", "fields": ["Author", "Title"], "where": 2,
    "reason": Refusal("pdf-encrypted"),
    "findings": [Finding("hidden-text", "error", params={"page": 1, "top": "3.5", "left": "2.0",
                                                         "words": 4, "kind": "image"})],
}


@pytest.mark.parametrize("code", sorted(SAID))
def test_each_line_is_worded_in_both_languages(code):
    """(That both take the same parameters: tests/test_messages.py.)"""
    message = SAID[code]
    said = Said(code, **{name: SAMPLES.get(name, "x") for name in template_names(message.nl)})
    english, dutch = said.english(), said.dutch()
    assert english and dutch and "{" not in english + dutch, code
    if message.en != message.nl:
        assert english != dutch, code


def test_no_code_is_both_a_problem_and_a_tool_line():
    assert set(SAID) & set(messages.CATALOGUE) == set()
    codes = [code for table in messages.TOOL_AREAS.values() for code in table]
    assert len(codes) == len(set(codes))


def test_a_said_line_keeps_its_code_through_a_parameter():
    inner = Said("fact-signer-no-body", signer="De teamleider Juridische Zaken")
    outer = Said("fact-body-from-letterhead-signer", signer=inner)
    assert outer == ("uit het briefhoofd; de ondertekening noemt geen bestuursorgaan "
                     "('De teamleider Juridische Zaken' is de ondertekenaar, geen bestuursorgaan)")
    assert outer.english() == ("from the letterhead; the signature names no deciding body "
                               "('De teamleider Juridische Zaken' is the signer, not a deciding "
                               "body)")


def test_the_parts_tables_name_every_fact_and_source():
    from woo_dossiers.importer.letter_facts import Facts
    from woo_dossiers.importer.report import _FACTS

    assert [key for key, _ in _FACTS] == list(FACT_LABELS) == list(Facts.__dataclass_fields__)
    assert set(TITLE_SOURCES) == {"metadata", "filename"}


def _strings(tree: ast.AST) -> set[str]:
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def codes_named() -> set[str]:
    """Every code the importer and the commands name: a string that is a code, and the codes
    made from a prefix (cli-about-<command>, cli-check-<severity>)."""
    from woo_dossiers.cli import COMMANDS

    found = set()
    for path in TOOL_CODE:
        found |= _strings(ast.parse(path.read_text("utf-8"))) & set(SAID)
    found |= {f"cli-about-{command}" for command in COMMANDS}
    found |= {"cli-check-error", "cli-check-warning"}
    return found


def test_every_row_is_used():
    assert sorted(set(SAID) - codes_named()) == []


def test_every_code_used_is_in_a_table():
    used = set()
    for path in TOOL_CODE:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Said" \
                    and node.args and isinstance(node.args[0], ast.Constant):
                used.add(node.args[0].value)
    assert len(used) > 100
    assert sorted(used - set(SAID)) == []


# Calls whose text a person reads: it must come from the tables.
SPOKEN = {"print", "Refused", "ImportRefused", "LetterUnreadable", "ArgumentTypeError", "error",
          "input", "ArgumentParser", "add_argument"}
SPOKEN_KEYWORDS = {"help", "description"}


def _is_words(node: ast.expr) -> bool:
    """A literal or f-string with words in it (not "", not "\\n", not a bare format)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-zÀ-ÿ]{3,}", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_is_words(value) for value in node.values)
    return False


@pytest.mark.parametrize("path", TOOL_CODE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_line_is_written_in_the_code(path):
    tree = ast.parse(path.read_text("utf-8"))
    written = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name in SPOKEN:
            written += [ast.unparse(arg) for arg in node.args if _is_words(arg)
                        and name not in ("add_argument",)]
        if name in SPOKEN:
            written += [ast.unparse(k.value) for k in node.keywords
                        if k.arg in SPOKEN_KEYWORDS and _is_words(k.value)]
        if name == "append" and getattr(node.func.value, "attr", "") in ("notes", "missing"):
            written += [ast.unparse(arg) for arg in node.args if _is_words(arg)]
    assert written == []


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
            and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}


@pytest.mark.parametrize("path", SILENT_CODE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_words_at_all_in_code_that_speaks_through_the_tables(path):
    """`woo opschonen`'s refusals and what it removed are results, not calls: any literal
    of two words or more in such a module is a line that bypasses the catalogue."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = _docstrings(tree)
    written = [ast.unparse(node) for node in ast.walk(tree)
               if isinstance(node, ast.Constant) and isinstance(node.value, str)
               and id(node) not in docstrings
               and re.search(r"[A-Za-zÀ-ÿ]{2,}\s+[A-Za-zÀ-ÿ(]{2,}", node.value)]
    assert written == []


def test_argparses_words_in_the_table_are_the_ones_argparse_says():
    """A Python whose argparse words a message differently would print it in English."""
    import argparse
    import inspect

    from woo_dossiers.messages.cli import ARGPARSE_PLURALS, ARGPARSE_WORDS

    source = inspect.getsource(argparse)
    english = [*ARGPARSE_WORDS, *(word for pair in ARGPARSE_PLURALS for word in pair)]
    assert [word for word in english if word.replace("\n", "\\n") not in source] == []


def test_the_cleanings_lines_are_worded_in_both_languages(tmp_path):
    from woo_dossiers.annex.clean import clean_annex

    damaged = tmp_path / "kapot.pdf"
    damaged.write_bytes(b"%PDF-1.7\nniets\n")
    refused = clean_annex(damaged).refused
    assert refused.code == "clean-unreadable"
    assert refused.dutch().startswith("het bestand is niet te lezen: ")
    assert refused.english().startswith("the file cannot be read: ")
    assert refused.english() != refused.dutch()


def test_the_guide_heads_woo_nieuws_messages_with_their_dutch():
    """docs/handleiding/meldingen.md explains woo nieuw's refusals under their Dutch words."""
    text = GUIDE.read_text("utf-8")
    section = text.split("## Bij het aanmaken van een dossier", 1)[1].split("\n## ", 1)[0]
    headings = re.findall(r"^### (.+)$", section, re.MULTILINE)
    assert headings

    def starts(code: str, heading: str) -> bool:
        """Whether some wording of the code's Dutch template starts with the heading (whose
        "…" or example value stands for a parameter)."""
        regex = ""
        for literal, name, _, _ in string.Formatter().parse(SAID[code].nl):
            if any(re.fullmatch(regex + re.escape(literal[:end]), heading)
                   for end in range(len(literal) + 1)):
                return True
            regex += re.escape(literal) + (".+?" if name else "")
        return bool(re.fullmatch(regex, heading))

    for line in headings:
        assert any(starts(code, line) for code in SAID if code.startswith("new-")), line


def assert_plain_dutch(text: str) -> None:
    """What a newcomer may see: no traceback, no Python path or exception, no English."""
    assert "Traceback" not in text
    assert not re.search(r"\w+\.py\b|woo_dossiers|Error:|Errno|\bthe\b|\bcannot\b|\bnot\b",
                         text), text


def test_an_import_into_a_file_instead_of_a_folder_is_one_dutch_line(tmp_path):
    dossiers = tmp_path / "dossiers"
    dossiers.write_text("geen map")
    done = run_woo("importeer", str(zwolle_pdf(tmp_path)), "--slug", "x",
                   "--dossiers", str(dossiers), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == (f"woo importeer: gestopt bij {dossiers / 'x'}: daar staat een bestand "
                           "waar een map moet staan: haal het bestand weg; er is verder niets "
                           "gedaan\n")
    assert done.stdout == ""
    assert_plain_dutch(done.stderr)


@pytest.mark.parametrize("args", [
    ("importeer", "weg.pdf", "--slug", "x"),
    ("importeer", "weg.pdf", "--slug", "Met Spaties"),
    ("nieuw", "--titel", "t", "--wet", "Wet"),
    ("nieuw", "--titel", "t", "--bestuursorgaan", "b", "--wet", "Woo", "--ontvangen",
     "2024-01-02", "--besloten", "2024-01-01", "--onderdelen", "2"),
    ("opschonen", "a.pdf", "b.pdf", "--uitvoer", "c.pdf"),
    ("controleer", "onbekend-dossier"),
    ("bouw",),
    ("publiceer",),
])
def test_mistakes_are_one_dutch_sentence(tmp_path, args):
    (tmp_path / "dossiers").mkdir()
    (tmp_path / "dossiers" / "a").mkdir()
    (tmp_path / "dossiers" / "a" / "dossier.yml").write_text("title: x\n")
    done = run_woo(*args, cwd=tmp_path, stdin="")
    assert done.returncode != 0
    assert done.stderr.strip(), done
    assert_plain_dutch(done.stdout + done.stderr)
