"""The browse pages of the built example site: overview, topics, organisations, grounds, statistics."""

from __future__ import annotations

import pytest
import yaml
from sitebuild import EXAMPLES, build_site, edit, make_project

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"
ZWOLLE = "2023-zwolle-cameratoezicht-binnenstad"
BZK = "2022-bzk-algoritmeregister"
POLITIE = "2023-politie-voorspellend-politiewerk"


def examples() -> dict[str, dict]:
    """The example dossier.yml files as written, to check the pages against."""
    return {p.parent.name: yaml.safe_load(p.read_text("utf-8")) for p in EXAMPLES.glob("**/dossier.yml")}


def rows(page, table="table#woo-overview"):
    return page.select(f"{table} tbody tr")


def row_slug(row) -> str:
    return row.th.a["href"].rstrip("/").split("/")[-1]


# --- the overview -----------------------------------------------------------------


def test_overview_lists_every_dossier_newest_first(example_site):
    page = example_site.page("dossiers/")
    slugs = [row_slug(r) for r in rows(page)]
    written = examples()
    assert sorted(slugs) == sorted(written)
    decided = [written[s]["dates"]["decided"] for s in slugs]
    assert decided == sorted(decided, reverse=True)
    assert [r["data-decided"] for r in rows(page)] == [d.isoformat() for d in decided]


def test_overview_rows_carry_their_facets(example_site):
    page = example_site.page("dossiers/")
    written = examples()
    for row in rows(page):
        d = written[row_slug(row)]
        assert row["data-year"] == str(d["dates"]["decided"].year)
        assert row["data-law"] == d["law"].lower()
        assert row["data-organisation"] == d["organisation"].lower().replace(",", "").replace(" ", "-")
        assert set(row["data-outcome"].split()) == {i["outcome"] for i in d["items"]}
        grounds = {f"{d['law'].lower()}-{g.replace('.', '-')}" for i in d["items"] for g in i.get("grounds", [])}
        assert set(row["data-ground"].split()) == grounds
        assert len(row["data-topic"].split()) == len(d["topics"])
    seed = next(r for r in rows(page) if row_slug(r) == SEED)
    assert seed["data-ground"] == "wob-10-2-e"
    assert seed["data-topic"] == "predictive-policing cas algoritmen"


def test_filter_form_offers_exactly_the_values_in_the_rows(example_site):
    page = example_site.page("dossiers/")
    form = page.select_one("form#woo-filters")
    assert form.has_attr("hidden"), "without the script the controls would do nothing"
    selects = form.select("select[data-woo-field]")
    assert [s["data-woo-field"] for s in selects] == ["year", "organisation", "law", "outcome", "ground", "topic"]
    for select in selects:
        field = select["data-woo-field"]
        offered = [o["value"] for o in select.find_all("option") if o["value"]]
        present = {v for r in rows(page) for v in r[f"data-{field}"].split()}
        assert sorted(offered) == sorted(present), field
        assert select.find("option")["value"] == "", "the first choice is 'all'"
        # Each option shows how many decisions it keeps.
        for option in select.find_all("option")[1:]:
            kept = sum(option["value"] in r[f"data-{field}"].split() for r in rows(page))
            assert option.get_text().endswith(f"({kept})"), option


def test_filter_controls_are_labelled(example_site):
    page = example_site.page("dossiers/")
    selects = page.select("form#woo-filters select")
    assert selects  # a selector that finds nothing would check nothing
    for select in selects:
        label = page.find("label", attrs={"for": select["id"]})
        assert label is not None and label.get_text(strip=True), select["id"]
    assert page.select_one("form#woo-filters")["aria-label"]
    count = page.select_one("#woo-count")
    assert count["role"] == "status"
    assert count.get_text() == "5 besluiten, het nieuwste eerst."


def test_ground_options_name_article_and_interest(example_site):
    page = example_site.page("dossiers/")
    select = page.select_one("select[data-woo-field=ground]")
    assert [g["label"] for g in select.find_all("optgroup")] == ["Wob", "Woo"]
    option = select.find("option", value="wob-10-2-e")
    assert option.get_text() == "10.2.e Wob: de eerbiediging van de persoonlijke levenssfeer (2)"


def test_filter_script_is_a_file_not_inline(example_site):
    page = example_site.page("dossiers/")
    assert page.find("script", src="../assets/woo/woo-filter.js") is not None
    assert (example_site.site / "assets/woo/woo-filter.js").is_file()
    article = page.select_one("article")
    assert article.find("script") is None
    assert not any(attr.startswith("on") for tag in article.find_all(True) for attr in tag.attrs)


def test_overview_links_to_the_other_ways_to_browse(example_site):
    page = example_site.page("dossiers/")
    links = {a["href"] for a in page.select("p.woo-browse-links a")}
    assert links == {"../onderwerpen/", "../organisaties/", "../gronden/"}


def test_browse_pages_are_in_the_navigation(example_site):
    page = example_site.page("")
    nav = [a.get_text(strip=True) for a in page.select("nav.md-nav--primary a.md-nav__link")]
    for title in ("Besluiten", "Onderwerpen", "Bestuursorganen", "Weigeringsgronden", "Statistieken"):
        assert title in nav


# --- topics and organisations ------------------------------------------------------


def test_topic_index_links_every_topic_with_its_count(example_site):
    page = example_site.page("onderwerpen/")
    entries = {li.a.get_text(): (li.a["href"], li.get_text()) for li in page.select("ul.woo-groups li")}
    all_topics = {t for d in examples().values() for t in d.get("topics", [])}
    assert set(entries) == all_topics
    assert entries["CAS"] == ("cas/", "CAS (3 besluiten)")
    assert entries["cameratoezicht"][1] == "cameratoezicht (1 besluit)"


def test_topic_page_lists_its_dossiers(example_site):
    page = example_site.page("onderwerpen/cas/")
    assert page.h1.get_text() == "Onderwerp: CAS"
    assert [row_slug(r) for r in rows(page, "table.woo-overview")] == [POLITIE, SEED, CAS]
    assert page.select_one("table.woo-overview caption").get_text() == "Besluiten bij onderwerp CAS"
    first = rows(page, "table.woo-overview")[0].th.a["href"]
    assert (example_site.site / "onderwerpen/cas" / first / "index.html").resolve().is_file()


def test_organisation_pages(example_site):
    index = example_site.page("organisaties/")
    assert [a["href"] for a in index.select("ul.woo-groups a")] == [
        "gemeente-zwolle-burgemeester/", "ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties/",
        "politie-korpsstaf/"]
    page = example_site.page("organisaties/politie-korpsstaf/")
    assert page.h1.get_text() == "Bestuursorgaan: Politie, Korpsstaf"
    assert [row_slug(r) for r in rows(page, "table.woo-overview")] == [POLITIE, SEED, CAS]


def test_dossier_page_links_to_its_topics_and_organisation(example_site):
    page = example_site.page(f"dossiers/{SEED}/")
    facts = {dt.get_text(): dt.find_next_sibling("dd") for dt in page.select("dl.woo-facts dt")}
    assert facts["Bestuursorgaan"].a["href"] == "../../organisaties/politie-korpsstaf/"
    assert [a["href"] for a in facts["Onderwerpen"].find_all("a")] == [
        "../../onderwerpen/predictive-policing/", "../../onderwerpen/cas/", "../../onderwerpen/algoritmen/"]


def test_topics_spelled_differently_are_one_topic(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    edit(project / "dossiers" / SEED / "dossier.yml", "topics: [predictive policing, CAS,",
         "topics: [predictive policing, cas,")
    built = build_site(project)
    assert built.ok, built.warnings()
    page = built.page("onderwerpen/cas/")
    assert len(rows(page, "table.woo-overview")) == 2
    # The newest decision's spelling names the topic.
    assert page.h1.get_text() == "Onderwerp: cas"
    assert [li.a.get_text() for li in built.page("onderwerpen/").select("ul.woo-groups li")].count("cas") == 1


# --- legal grounds -----------------------------------------------------------------


def test_grounds_page_explains_every_ground_of_both_laws(example_site):
    page = example_site.page("gronden/")
    tables = page.select("table.woo-grounds")
    assert len(tables) == 2
    wob, woo = ([r.th.get_text() for r in t.tbody.find_all("tr")] for t in tables)
    assert len(wob) == 12 and wob[0] == "10.1.a Wob" and wob[-1] == "11.1 Wob"
    assert len(woo) == 16 and "5.1.2.i Woo" in woo and woo[-1] == "5.2 Woo"
    for table, bwb in zip(tables, ["BWBR0005252", "BWBR0045754"], strict=True):
        assert table.caption.get_text()
        assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
        for link in table.select("tbody th a"):
            assert link["href"].startswith(f"https://wetten.overheid.nl/{bwb}/")
    unused = next(r for r in tables[0].tbody.find_all("tr") if r.th.get_text() == "10.1.a Wob")
    assert unused.find_all("td")[-1].get_text() == "niet gebruikt"


def test_grounds_page_lists_the_decisions_and_items_per_ground(example_site):
    page = example_site.page("gronden/")
    heading = page.find(id="wob-10-2-e")
    assert heading.name == "h3"
    assert heading.get_text(strip=True) == "10.2.e Wob: de eerbiediging van de persoonlijke levenssfeer"
    uses = heading.find_next("ul", class_="woo-ground-uses").find_all("li")
    texts = [li.get_text() for li in uses]
    assert texts[0].startswith("Besluit op Wob-verzoek over het Crime Anticipation System (vervolg)")
    assert texts[0].endswith("onderdeel 15")
    assert texts[1].endswith("onderdelen 2, 3 en 4")
    assert uses[1].find_all("a")[1]["href"] == f"../dossiers/{CAS}/#onderdeel-2"
    table_link = page.select_one("table.woo-grounds a[href='#wob-10-2-e']")
    assert table_link.get_text() == "2 besluiten, 4 onderdelen"
    # Only used grounds get a section.
    assert page.find(id="wob-10-1-a") is None


def test_every_used_ground_has_a_section_and_its_links_resolve(example_site):
    page = example_site.page("gronden/")
    used = {f"{d['law'].lower()}-{g.replace('.', '-')}" for d in examples().values()
            for i in d["items"] for g in i.get("grounds", [])}
    sections = {h["id"] for h in page.select("h3[id]")}
    assert sections == used
    links = page.select("ul.woo-ground-uses a")
    assert links  # a selector that finds nothing would check nothing
    for link in links:
        target = link["href"].split("#")[0]
        assert (example_site.site / "gronden" / target / "index.html").resolve().is_file()


# --- timeliness on the dossier page ---------------------------------------------------


def facts(page) -> dict[str, str]:
    return {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in page.select("dl.woo-facts dt")}


def test_dossier_page_shows_deadline_and_lateness(example_site):
    seed = facts(example_site.page(f"dossiers/{SEED}/"))
    assert seed["Wettelijke termijn"] == (
        "8 weken (4 weken, verdaagd met 4 weken): uiterlijk 5 juli 2021 (zo rekenen wij)")
    assert seed["Tijdigheid"] == "22 dagen te laat (behandeltijd 78 dagen)"
    zwolle = facts(example_site.page(f"dossiers/{ZWOLLE}/"))
    assert zwolle["Wettelijke termijn"].startswith("4 weken: uiterlijk 3 april 2023")
    assert zwolle["Tijdigheid"] == "op tijd (behandeltijd 25 dagen)"
    bzk = facts(example_site.page(f"dossiers/{BZK}/"))
    assert bzk["Wettelijke termijn"].startswith("6 weken (4 weken, verdaagd met 2 weken): uiterlijk 1 augustus 2022")
    link = example_site.page(f"dossiers/{SEED}/").find("a", string="zo rekenen wij")
    assert link["href"] == "../../statistieken/#op-tijd"


@pytest.mark.parametrize(("decided", "adjourned", "term", "verdict"), [
    ("2021-07-05", "adjourned: 2021-05-18", "8 weken (4 weken, verdaagd met 4 weken): uiterlijk 5 juli 2021",
     "op tijd (behandeltijd 56 dagen)"),
    ("2021-06-08", "", "4 weken: uiterlijk 7 juni 2021", "1 dag te laat (behandeltijd 29 dagen)"),
    ("2021-06-21", "adjourned: 2021-06-08",
     "4 weken: uiterlijk 7 juni 2021; de verdaging kwam na afloop van de eerste termijn en telt niet mee",
     "14 dagen te laat"),
], ids=["on-time-after-adjournment", "one-day-late", "late-adjournment-does-not-count"])
def test_deadline_cases_on_the_page(tmp_path, decided, adjourned, term, verdict):
    project = make_project(tmp_path, [SEED, CAS])
    yml = project / "dossiers" / SEED / "dossier.yml"
    edit(yml, "  adjourned: 2021-05-18\n", f"  {adjourned}\n" if adjourned else "")
    edit(yml, "decided: 2021-07-27", f"decided: {decided}")
    edit(yml, "published: 2021-08-03", f"published: {decided}")
    built = build_site(project)
    assert built.ok, built.warnings()
    seed = facts(built.page(f"dossiers/{SEED}/"))
    assert seed["Wettelijke termijn"] == f"{term} (zo rekenen wij)"
    assert seed["Tijdigheid"].startswith(verdict)
    status = built.page(f"dossiers/{SEED}/").select_one("dl.woo-facts span.woo-on-time, dl.woo-facts span.woo-late")
    assert status["class"] == ["woo-on-time" if verdict.startswith("op tijd") else "woo-late"]


# --- statistics --------------------------------------------------------------------


def test_every_chart_is_an_image_with_a_text_alternative_and_a_table(example_site):
    page = example_site.page("statistieken/")
    charts = page.select("svg.woo-chart")
    assert [c["id"] for c in charts] == [
        "grafiek-per-jaar", "grafiek-behandeltijd", "grafiek-op-tijd", "grafiek-uitkomsten", "grafiek-gronden"]
    for chart in charts:
        assert chart["role"] == "img"
        title_id, desc_id = chart["aria-labelledby"].split()
        assert chart.find("title", id=title_id).get_text()
        assert chart.find("desc", id=desc_id).get_text()
        figure = chart.find_parent("div", class_="woo-figure")
        table = figure.find("table")
        assert table.caption.get_text(), chart["id"]
        assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
        assert all(r.th["scope"] == "row" for r in table.tbody.find_all("tr"))
        # The chart draws as many bars as its table has rows.
        assert len(chart.find_all("rect")) == len(table.tbody.find_all("tr")), chart["id"]


def table_after(page, chart_id):
    figure = page.find(id=chart_id).find_parent("div", class_="woo-figure")
    return [[c.get_text() for c in r.find_all(["th", "td"])] for r in figure.find("table").tbody.find_all("tr")]


def test_statistics_figures(example_site):
    page = example_site.page("statistieken/")
    assert table_after(page, "grafiek-per-jaar") == [["2021", "2"], ["2022", "1"], ["2023", "2"]]
    assert table_after(page, "grafiek-op-tijd") == [
        ["2021", "2", "0", "2", "0%"], ["2022", "1", "0", "1", "0%"], ["2023", "2", "1", "1", "50%"]]
    assert table_after(page, "grafiek-behandeltijd")[-1] == ["meer dan 12 weken", "2"]
    outcomes = dict((r[0], r[1]) for r in table_after(page, "grafiek-uitkomsten"))
    assert outcomes["Reeds openbaar"] == "10" and outcomes["Doorgezonden naar ander bestuursorgaan"] == "2"
    grounds = {r[0]: r[1:] for r in table_after(page, "grafiek-gronden")}
    assert grounds["5.1.2.e Woo: de eerbiediging van de persoonlijke levenssfeer"] == ["3", "5"]
    spread = page.find("caption", string="Behandeltijd in dagen: mediaan en spreiding per wet").find_parent("table")
    first = [c.get_text() for c in spread.tbody.find("tr").find_all(["th", "td"])]
    assert first == ["Alle besluiten", "5", "78 dagen", "78 tot 105 dagen", "25 dagen", "106 dagen"]
    woo = [c.get_text() for c in spread.tbody.find_all("tr")[2].find_all(["th", "td"])]
    assert woo[2:4] == ["105 dagen", "65 tot 105,5 dagen"]


def test_chart_bars_scale_with_the_values(example_site):
    page = example_site.page("statistieken/")
    chart = page.find(id="grafiek-per-jaar")
    widths = [float(r["width"]) for r in chart.find_all("rect")]
    assert widths[0] == widths[2] == 2 * widths[1] > 0
    assert chart.find("desc").get_text() == "2021: 2 besluiten; 2022: 1 besluit; 2023: 2 besluiten."


def test_statistics_page_explains_the_deadline_rule(example_site):
    page = example_site.page("statistieken/")
    section = page.find(id="op-tijd")
    text = " ".join(p.get_text() for p in section.find_all_next("p", limit=3))
    assert "1 van de 5 besluiten (20%)" in text
    for words in ("4 weken", "artikel 6 Wob", "artikel 4.4 Woo", "Algemene termijnenwet"):
        assert words in text


def test_site_without_dossiers_still_builds_every_browse_page(tmp_path):
    built = build_site(make_project(tmp_path, []))
    assert built.ok, built.warnings()
    assert "nog geen besluiten" in built.page("statistieken/").get_text()
    assert built.page("dossiers/").select_one("#woo-count").get_text() == "0 besluiten, het nieuwste eerst."
    assert built.page("gronden/").find(string="niet gebruikt") is not None
    assert "Nog geen besluiten." in built.page("onderwerpen/").get_text()


def test_home_page_links_to_the_browse_pages(example_site):
    page = example_site.page("")
    links = {a["href"] for a in page.select("article a")}
    assert {"dossiers/", "onderwerpen/", "gronden/", "statistieken/"} <= links
