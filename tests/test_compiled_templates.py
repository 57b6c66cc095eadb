"""Templates compiled by one `mkdocs serve` rebuild are used by the next (templating.py,
CompiledTemplates): not compiled again, but an edited template is, and an environment
with other syntax or options never takes code compiled for another."""

from __future__ import annotations

import jinja2
import pytest
from woo_dossiers.render.templating import CompiledTemplates, Templates


@pytest.fixture
def compiles(monkeypatch) -> list[str]:
    """The names of the templates Jinja compiles from here on."""
    names: list[str] = []
    original = jinja2.Environment.compile

    def counted(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counted)
    return names


def write(folder, text: str) -> None:
    (folder / "woo").mkdir(exist_ok=True)
    (folder / "woo" / "proef.html").write_text(text, "utf-8")


def test_the_next_rebuild_does_not_compile_again(tmp_path, compiles):
    write(tmp_path, "Besluit {{ titel }}")
    kept = CompiledTemplates()
    assert Templates([str(tmp_path)], kept).render("proef", titel="A") == "Besluit A"
    assert Templates([str(tmp_path)], kept).render("proef", titel="B") == "Besluit B"
    assert compiles == ["woo/proef.html"]


def test_an_edited_template_is_compiled_again(tmp_path, compiles):
    write(tmp_path, "Besluit {{ titel }}")
    kept = CompiledTemplates()
    Templates([str(tmp_path)], kept).render("proef", titel="A")
    write(tmp_path, "Beslissing {{ titel }}")
    assert Templates([str(tmp_path)], kept).render("proef", titel="A") == "Beslissing A"
    assert compiles == ["woo/proef.html", "woo/proef.html"]


def test_other_syntax_never_takes_the_code(tmp_path):
    # Our templates' comments are {## ##}; for an environment with Jinja's own, {# #} is one.
    write(tmp_path, "x{# c #}y")
    kept = CompiledTemplates()
    assert Templates([str(tmp_path)], kept).render("proef") == "x{# c #}y"
    plain = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), bytecode_cache=kept)
    assert plain.get_template("woo/proef.html").render() == "xy"


def test_code_with_other_filters_is_compiled_again(tmp_path):
    """Jinja works out a filter of constants when it compiles: a filter changed between
    rebuilds (a hook's, made anew) must not leave its old result in the kept code."""
    write(tmp_path, '{{ "x"|merk }}')
    kept = CompiledTemplates()
    rendered = []
    for mark in ("A", "B"):
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), bytecode_cache=kept)
        env.filters["merk"] = lambda text, mark=mark: f"{text}-{mark}"
        rendered.append(env.get_template("woo/proef.html").render())
    assert rendered == ["x-A", "x-B"]
