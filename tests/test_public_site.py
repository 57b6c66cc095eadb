"""The public site is the body's: Dutch everywhere, nothing of the theme's own name,
and a page's front matter is read or the build says why (issue 17)."""

from __future__ import annotations

from sitebuild import build_site, make_project

CAS = "2021-criminaliteits-anticipatie-systeem"


def test_not_found_page_is_dutch_and_the_footer_does_not_name_the_theme(tmp_path):
    built = build_site(make_project(tmp_path, [CAS]))
    assert built.ok, built.warnings()
    missing = (built.site / "404.html").read_text("utf-8")
    assert "<h1>Pagina niet gevonden</h1>" in missing and "Not found" not in missing
    assert 'href="https://example.org/woo/dossiers/">Alle besluiten</a>' in missing
    for page in ("index.html", "dossiers/index.html", "404.html"):
        assert "Made with" not in (built.site / page).read_text("utf-8"), page


def test_open_data_page_has_its_description_and_no_front_matter_as_text(tmp_path):
    built = build_site(make_project(tmp_path, [CAS]))
    page = built.page("open-data/")
    assert page.find("meta", attrs={"name": "description"})["content"].startswith(
        "Alle besluiten als open data: JSON, CSV")
    assert "description:" not in page.get_text()


def test_front_matter_that_is_not_yaml_fails_a_strict_build(tmp_path):
    project = make_project(tmp_path, [CAS])
    page = project / "docs" / "open-data.md"
    page.write_text(page.read_text("utf-8").replace(
        'description: "Alle besluiten als open data: JSON', "description: Alle besluiten als "
        "open data: JSON").replace('Woo-index"\n', "Woo-index\n", 1), "utf-8")
    built = build_site(project)
    assert not built.ok
    assert ("open-data.md: the front matter between the --- lines is not valid YAML (line 3), "
            "so it would be shown as text on the page; put a value that holds a colon in "
            "quotes") in built.messages
