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


def test_the_footer_is_the_bodys_with_its_statements(example_site):
    for url in ("", f"dossiers/{CAS}/", "404.html"):
        footer = example_site.page(url).find("footer")
        assert footer.select_one(".woo-footer__name").get_text() == "Gemeente Voorbeeld", url
        assert "woo@voorbeeld.nl" in footer.address.get_text()
        links = {a.get_text(): a["href"] for a in footer.select("nav a")}
        assert set(links) == {"Contact", "Privacyverklaring", "Toegankelijkheidsverklaring",
                              "Over deze site"}, url
    links = {a.get_text(): a["href"] for a in example_site.page(f"dossiers/{CAS}/")
             .select("footer nav a")}
    assert links["Toegankelijkheidsverklaring"] == "../../toegankelijkheid/"
    statement = example_site.page("toegankelijkheid/")
    assert statement.h1.get_text() == "Toegankelijkheidsverklaring"
    assert "WCAG 2.1" in statement.get_text()


def test_nothing_of_the_theme_speaks_english_or_shows_its_logo(example_site):
    page = example_site.page(f"dossiers/{CAS}/")
    labels = {tag["aria-label"] for tag in page.select("[aria-label]")}
    assert {"Kop van de pagina", "Hoofdmenu", "Navigatie", "Inhoudsopgave"} <= labels
    assert not labels & {"Header", "Footer", "Tabs"}
    logo = page.select_one(".md-header .md-logo img")
    assert logo["src"].endswith("assets/logo.svg") and logo["alt"] == ""
    assert page.find("link", rel="icon")["href"].endswith("assets/logo.svg")
    assert "material/library" not in str(page) and "Material for MkDocs" not in str(page)


def test_the_bodys_colours_become_the_themes(example_site):
    css = (example_site.site / "assets" / "woo" / "organisation.css").read_text("utf-8")
    assert "--md-primary-fg-color: #154273;" in css and "--md-typeset-a-color: #8fcae7;" in css
    head = example_site.page("").head
    assert head.find("link", href="assets/woo/organisation.css") is not None


def test_colours_that_miss_contrast_fail_a_strict_build(tmp_path):
    project = make_project(tmp_path, [CAS])
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace('primary: "#154273"', 'primary: "#7fa7d6"'),
                      "utf-8")
    built = build_site(project)
    assert not built.ok
    assert ("extra.organisation.colours.primary: #7fa7d6 has a contrast of 2.50:1 as white text "
            "in the header and as link colour on white; WCAG AA asks at least 4.5:1") in built.messages


def test_the_decisions_date_and_the_pages_history_are_named_apart(example_site):
    page = example_site.page("dossiers/2021-cas-vervolgverzoek/")
    facts = {dt.get_text(): dd.get_text() for dt, dd in zip(page.select(".woo-facts dt"),
                                                            page.select(".woo-facts dd"), strict=True)}
    assert facts["Openbaar gemaakt"] == "3 augustus 2021"
    assert "Gepubliceerd" not in facts
    history = page.find(id="geschiedenis")
    if history is not None:  # the examples' history comes from git; a copy may have none
        assert history.get_text() == "Geschiedenis van deze pagina"
        intro = history.find_next("p").get_text()
        assert intro.startswith("Het besluit is openbaar gemaakt op 3 augustus 2021. Hieronder staat "
                                "wanneer deze pagina op deze site is geplaatst")


def test_the_home_page_starts_with_search_then_figures_then_the_newest(example_site):
    page = example_site.page("")
    article = page.select_one("article")
    form = article.find("form")
    assert form["action"] == "zoeken/" and form.find("input", attrs={"name": "q"})["type"] == "search"
    assert article.h1.find_next_sibling() is form  # first after the heading
    figures = {div.dt.get_text(): div.dd.get_text() for div in page.select(".woo-figures div")}
    # The build's year is that of the newest publication (a fixed build date): 2023.
    assert figures["Besluiten in 2023"] == "2"
    assert figures["Op tijd beslist (in 2023)"] == "50%"
    assert figures["Besluiten op deze site"] == "5"
    newest = page.select(".woo-newest li a")
    assert newest[0].get_text().startswith("Besluit op Woo-verzoek over voorspellend politiewerk")
