"""Following a subject (issue 17 item 8): an Atom feed per topic and per organisation,
linked from its page; CC0 for the metadata in the JSON; sitemap.xml dated per page."""

from __future__ import annotations

import json
from datetime import date
from xml.etree import ElementTree as ET

import pytest
from woo_dossiers.addresses import organisation_page, page_feed, page_url, relative, topic_page
from woo_dossiers.analyse.changes import last_modified
from woo_dossiers.analyse.facets import organisations, topics
from woo_dossiers.loader import load_site

SITE_URL = "https://example.org/woo/"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"


@pytest.fixture(scope="module")
def models(example_site):
    site = load_site(example_site.project / "dossiers", root=example_site.project)
    assert not site.problems
    return site.dossiers


def groups(models):
    return ([(topic_page(g.slug), "Onderwerp", g) for g in topics(models)]
            + [(organisation_page(g.slug), "Bestuursorgaan", g) for g in organisations(models)])


def test_each_topic_and_organisation_has_a_feed_linked_from_its_page(example_site, models):
    pages = groups(models)
    assert len({heading for _, heading, _ in pages}) == 2 and len(pages) > 3
    for src, heading, group in pages:
        url, feed_path = page_url(src), page_feed(src)
        assert "/" not in feed_path  # in the root, where the theme finds sitemap.xml
        page = example_site.page(url)
        links = page.select('head link[rel="alternate"][type="application/atom+xml"]')
        assert [link["href"] for link in links] == [f"{SITE_URL}feed.xml",
                                                    f"{SITE_URL}{feed_path}"]
        assert group.name in links[1]["title"]
        visible = page.select_one(".woo-feed a")
        assert visible["href"] == relative(url, feed_path)
        assert (example_site.site / url / visible["href"]).resolve().is_file()
        assert visible.get_text() == f"Volg dit {heading.lower()} met een Atom-feed"

        feed = ET.parse(example_site.site / feed_path).getroot()
        assert feed.tag == f"{ATOM}feed"
        assert feed.findtext(f"{ATOM}id") == f"{SITE_URL}{feed_path}"
        assert group.name in feed.findtext(f"{ATOM}title")
        hrefs = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
        assert hrefs == {"self": f"{SITE_URL}{feed_path}", "alternate": f"{SITE_URL}{url}"}
        ids = {entry.findtext(f"{ATOM}id") for entry in feed.findall(f"{ATOM}entry")}
        assert ids == {f"{SITE_URL}dossiers/{d.slug}/" for d in group.dossiers}


def test_other_pages_have_only_the_sites_feed(example_site):
    for url in ("", "dossiers/", "onderwerpen/", "organisaties/", "open-data/"):
        links = example_site.page(url).select('head link[rel="alternate"][type="application/atom+xml"]')
        assert [link["href"] for link in links] == [f"{SITE_URL}feed.xml"], url
        assert example_site.page(url).select(".woo-feed") == []


def test_the_metadata_is_cc0_and_says_so(example_site, models):
    everything = json.loads((example_site.site / "dossiers.json").read_text("utf-8"))
    assert everything["license"] == {"id": "CC0-1.0", "url": CC0, "scope": "metadata"}
    for slug in models:
        one = json.loads((example_site.site / "dossiers" / slug / "dossier.json").read_text("utf-8"))
        assert one["license"] == everything["license"]
    page = example_site.page("open-data/")
    licence = page.select_one("#licentie")
    assert licence is not None and "CC0 1.0" in page.get_text()
    assert any(a["href"].startswith(CC0) for a in page.select("a[href]"))


def test_sitemap_dates_each_page_by_its_own_last_change(example_site, models):
    root = ET.parse(example_site.site / "sitemap.xml").getroot()
    lastmod = {url.findtext(f"{SITEMAP}loc").removeprefix(SITE_URL):
               url.findtext(f"{SITEMAP}lastmod") for url in root.iter(f"{SITEMAP}url")}
    days = {slug: last_modified(d).isoformat() for slug, d in models.items()}
    for slug, day in days.items():
        assert lastmod[f"dossiers/{slug}/"] == day
        for url in lastmod:  # its annex text pages and inventory page with it
            if url.startswith(f"dossiers/{slug}/"):
                assert lastmod[url] == day, url
    assert len(set(days.values())) > 2  # not one date for all
    newest = max(days.values())
    assert lastmod["dossiers/"] == lastmod["onderwerpen/"] == newest
    for src, _, group in groups(models):
        assert lastmod[page_url(src)] == max(days[d.slug] for d in group.dossiers)
    assert all(date.fromisoformat(day) for day in lastmod.values())
