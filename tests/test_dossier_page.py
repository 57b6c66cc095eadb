"""The example site as a visitor gets it: dossier pages, answer tables, reuse links, indexes."""

from __future__ import annotations

import re

from sitebuild import EXAMPLES, example_folder

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"
REUSED_ITEMS = [1, 2, 3, 4, 5, 16, 17]


def item_rows(page):
    return page.select("table.woo-items tbody tr")


def test_seed_page_shows_facts(example_site):
    page = example_site.page(f"dossiers/{SEED}/")
    assert page.h1.get_text(strip=True) == (
        "Besluit op Wob-verzoek over het Crime Anticipation System (vervolg)")
    facts = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in page.select("dl.woo-facts dt")}
    assert facts["Bestuursorgaan"] == "Politie, Korpsstaf"
    assert facts["Wet"] == "Wob (Wet openbaarheid van bestuur)"
    assert facts["Kenmerk"] == "2021/0123"
    assert facts["Verzoek ontvangen"] == "10 mei 2021"
    assert facts["Verdaagd"] == "18 mei 2021"
    assert facts["Periode van het verzoek"] == "1 januari 2015 tot en met 10 mei 2021"
    assert "Besluit genomen" in facts and "Openbaar gemaakt" in facts
    assert page.title.get_text().startswith("Besluit op Wob-verzoek over het Crime Anticipation System")


def test_seed_answers_all_17_items(example_site):
    page = example_site.page(f"dossiers/{SEED}/")
    table = page.select_one("table.woo-items")
    assert table.caption.get_text().startswith("Het verzoek telde 17 onderdelen")
    assert [th.get_text() for th in table.thead.find_all("th")] == ["Onderdeel", "Gevraagd", "Uitkomst", "Antwoord"]
    assert {th.get("scope") for th in table.thead.find_all("th")} == {"col"}
    numbers = []
    for row in item_rows(page):
        numbers += [int(n) for n in re.findall(r"\d+", row.th.get_text())]
        assert row.th.get("scope") == "row"
        badge = row.select_one(".woo-badge")
        assert badge.get_text().strip(), "every outcome is shown as text, not colour only"
    assert sorted(numbers) == list(range(1, 18))


def test_combined_item_links_to_its_ad_section(example_site):
    page = example_site.page(f"dossiers/{SEED}/")
    row = page.find(id="onderdeel-8-9")
    assert row.th.get_text() == "8 en 9"
    link = row.find("a", href="#ad-8-en-9")
    assert link is not None and link.get_text() == "Ad 8 en 9"
    heading = page.find(id="ad-8-en-9")
    assert heading.name in {"h3", "h4"} and heading.get_text(strip=True).startswith("Ad 8 en 9")


def test_every_ad_heading_has_an_anchor_that_rows_link_to(example_site):
    page = example_site.page(f"dossiers/{SEED}/")
    anchors = {a["href"][1:] for a in page.select("table.woo-items a[href^='#ad-']")}
    for anchor in anchors:
        assert page.find(id=anchor) is not None, anchor
    for number in range(6, 16):
        assert any(re.search(rf"\b{number}\b", a) for a in anchors), number


def test_already_public_items_link_to_the_earlier_cas_dossier(example_site):
    page = example_site.page(f"dossiers/{SEED}/")
    for number in REUSED_ITEMS:
        row = page.find(id=f"onderdeel-{number}")
        assert "Reeds openbaar" in row.select_one(".woo-badge").get_text()
        link = row.find("a", href=f"../{CAS}/")
        assert link is not None, number
        assert (example_site.site / "dossiers" / CAS / "index.html").exists()


def test_earlier_cas_dossier_lists_the_seed_for_exactly_those_items(example_site):
    page = example_site.page(f"dossiers/{CAS}/")
    section = page.select_one("ul.woo-reused-by")
    entry = next(li for li in section.find_all("li") if li.find("a", href=f"../{SEED}/"))
    assert entry.get_text().endswith("voor onderdelen 1, 2, 3, 4, 5, 16 en 17")


def test_reuse_page_lists_every_relation(example_site):
    page = example_site.page("hergebruik/")
    rows = page.select("table.woo-reuse-table tbody tr")
    pairs = {(r.th.a["href"], r.td.a["href"]) for r in rows}
    assert (f"../dossiers/{SEED}/", f"../dossiers/{CAS}/") in pairs
    assert len(rows) >= 3  # the examples hold a chain of three decisions


def test_annexes_are_listed_with_pages_size_and_download(example_site):
    page = example_site.page(f"dossiers/{SEED}/")
    rows = page.select("table.woo-annexes tbody tr")
    assert rows
    for row in rows:
        # Three columns, so the download column fits a phone: the annex with its file
        # name, its size in pages and bytes, the links.
        title, size, links = row.find_all(["th", "td"])
        file = title.find(class_="woo-file").get_text()
        assert re.fullmatch(r"\d+ pagina('s|), (\d+ (bytes|kB)|\d+,\d MB)", size.get_text())
        href = links.find("a", download=True)["href"]
        assert href == file
        published = example_site.site / "dossiers" / SEED / file
        assert published.read_bytes() == (example_folder(SEED) / file).read_bytes()


def test_partly_disclosed_item_shows_grounds_and_document(example_site):
    page = example_site.page(f"dossiers/{SEED}/")
    row = page.find(id="onderdeel-15")
    ground = row.find("a", href=re.compile(r"^https://wetten\.overheid\.nl/BWBR0005252/"))
    assert ground.get_text() == "10.2.e Wob"
    assert "eerbiediging van de persoonlijke levenssfeer" in row.get_text()
    assert row.find("a", href=re.compile(r"\.pdf$")) is not None


def test_dossier_pages_stay_out_of_the_navigation(example_site):
    home = example_site.page("")
    nav_links = [a.get("href", "") for a in home.select("nav.md-nav a")]
    assert not any(SEED in href for href in nav_links)
    assert any(href.rstrip("/").endswith("dossiers") for href in nav_links)


def test_overview_lists_every_dossier_newest_first(example_site):
    page = example_site.page("dossiers/")
    dates = [t["datetime"] for t in page.select("table.woo-overview tbody time")]
    assert dates == sorted(dates, reverse=True)
    slugs = [a["href"].strip("/") for a in page.select("table.woo-overview tbody th a")]
    on_disk = {p.parent.name for p in EXAMPLES.glob("**/dossier.yml")}
    assert set(slugs) == on_disk
    first = page.select_one("table.woo-overview tbody tr")
    assert "Wo" in first.get_text()  # law column filled


def test_home_page_lists_the_newest_decisions(example_site):
    home = example_site.page("")
    newest = home.select("ul.woo-newest li a")
    assert newest and all(a["href"].startswith("dossiers/") for a in newest)
    assert "<!-- woo:nieuwste -->" not in (example_site.site / "index.html").read_text()
