"""A site overrides the generated pages' templates in its theme.custom_dir, the way
Material's partials are overridden (render/templating.py, DEVELOPING.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sitebuild import build_site, edit, make_project

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"
EXAMPLE = Path(__file__).parent / "overrides"


def test_an_answer_table_of_the_site_replaces_the_plugins(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    plain = build_site(project)
    assert plain.ok, plain.warnings()
    before = {url: (plain.site / url / "index.html").read_bytes()
              for url in ("dossiers", f"dossiers/{CAS}/bijlagen/bijlage-1-inventarislijst")}
    shutil.copytree(EXAMPLE, project / "overrides")
    edit(project / "mkdocs.yml", "  name: material\n", "  name: material\n  custom_dir: overrides\n")
    built = build_site(project)
    assert built.ok, built.warnings()

    table = built.page(f"dossiers/{SEED}/").select_one("table.woo-items")
    assert table.caption.get_text() == "Wat wij besloten over elk van de 17 onderdelen van uw verzoek"
    assert [th.get_text() for th in table.thead.select("th")] == [
        "Onderdeel", "Uitkomst", "Gevraagd", "Antwoord"]
    row = table.select_one("#onderdeel-15")
    assert "besluit-partly-disclosed" in row["class"]
    assert row.select("td")[0].select_one(".woo-badge")  # the outcome, now second
    # Values reach an override escaped, HTML made by the plugin as HTML.
    assert row.select_one("a[href^='https://wetten.overheid.nl/']") is not None
    # Pages from templates the site did not override keep their bytes.
    for url, html in before.items():
        assert (built.site / url / "index.html").read_bytes() == html, url


def test_an_override_gets_values_escaped(tmp_path):
    project = make_project(tmp_path, [CAS])
    (project / "overrides" / "woo").mkdir(parents=True)
    (project / "overrides" / "woo" / "answer-table.html").write_text(
        "<p class=\"probe\">{% for row in rows %}{{ row.request }}|{% endfor %}</p>\n", "utf-8")
    edit(project / "mkdocs.yml", "  name: material\n", "  name: material\n  custom_dir: overrides\n")
    yml = next((project / "dossiers").glob("*/dossier.yml"))
    text = yml.read_text("utf-8")
    start = text.index("request: >-\n") + len("request: >-\n")
    indent = len(text[start:]) - len(text[start:].lstrip(" "))
    yml.write_text(text[:start + indent] + "<b>Brieven</b> & " + text[start + indent:], "utf-8")
    built = build_site(project)
    assert built.ok, built.warnings()
    html = (built.site / "dossiers" / CAS / "index.html").read_text("utf-8")
    assert '<p class="probe">&lt;b&gt;Brieven&lt;/b&gt; &amp; ' in html
    assert "<b>Brieven</b>" not in html
