"""Figures across the example dossiers, computed by the core (no MkDocs involved).

The expected numbers are worked out by hand from the examples' dossier.yml:
handling days (received -> decided) are CAS 78, seed 78, BZK 106, Politie 2023
105 and Zwolle 25. Zwolle (Woo, not adjourned) was decided within its term of
four weeks, so on time; the other four were decided after their deadline.
"""

from __future__ import annotations

import pytest
from sitebuild import EXAMPLES
from woo_dossiers.analyse.facets import grounds_usage, organisations, slugify, topics
from woo_dossiers.analyse.stats import site_stats, spread
from woo_dossiers.loader import load_site


@pytest.fixture(scope="module")
def dossiers():
    site = load_site(EXAMPLES)
    assert not site.errors, site.errors
    return site.dossiers


def test_per_year_and_on_time(dossiers):
    stats = site_stats(dossiers)
    assert stats.decisions == 5
    assert [(y.year, y.decisions, y.on_time) for y in stats.per_year] == [(2021, 2, 0), (2022, 1, 0), (2023, 2, 1)]
    assert stats.on_time == 1


def test_handling_time_spread(dossiers):
    stats = site_stats(dossiers)
    everything = stats.handling[""]
    assert (everything.count, everything.median, everything.shortest, everything.longest) == (5, 78, 25, 106)
    assert (everything.lower_quartile, everything.upper_quartile) == (78, 105)
    assert stats.handling["Wob"].median == 78
    woo = stats.handling["Woo"]
    assert (woo.median, woo.lower_quartile, woo.upper_quartile) == (105, 65, 105.5)
    # Bands: within 4 weeks, 4-6, 6-8, 8-12, over 12 weeks.
    assert [n for _, n in stats.handling_bands] == [1, 0, 0, 2, 2]


def test_spread_of_one():
    one = spread([30])
    assert (one.median, one.lower_quartile, one.upper_quartile, one.shortest, one.longest) == (30, 30, 30, 30, 30)


def test_outcomes_count_item_numbers(dossiers):
    stats = site_stats(dossiers)
    outcomes = dict(stats.outcomes)
    # The seed answers items 8 and 9 together (not held) and 16 and 17 (already public).
    assert outcomes["already-public"] == 7 + 1 + 1 + 1 + 0
    assert outcomes["not-held"] == 7 + 1
    assert stats.items == 17 + 6 + 6 + 5 + 9
    assert "forwarded" in outcomes and all(n > 0 for n in outcomes.values())


def test_grounds_usage_in_the_order_of_the_law(dossiers):
    usage = grounds_usage(dossiers)
    codes = [u.ground.code for u in usage if u.law.key == "Wob"]
    assert codes[:5] == ["10.1.a", "10.1.b", "10.1.c", "10.1.d", "10.2.a"] and codes[-1] == "11.1"
    privacy = next(u for u in usage if u.key == "wob-10-2-e")
    assert [d.slug for d, _ in privacy.uses] == ["2021-cas-vervolgverzoek", "2021-criminaliteits-anticipatie-systeem"]
    cas_items = next(items for d, items in privacy.uses if d.slug == "2021-criminaliteits-anticipatie-systeem")
    assert [i.numbers for i in cas_items] == [(2,), (3,), (4,)]
    assert privacy.item_count == 4
    woo_privacy = next(u for u in usage if u.key == "woo-5-1-2-e")
    assert len(woo_privacy.uses) == 3
    assert site_stats(dossiers).grounds == [u for u in usage if u.uses]


def test_topics_and_organisations(dossiers):
    by_topic = {g.slug: [d.slug for d in g.dossiers] for g in topics(dossiers)}
    assert by_topic["cas"] == ["2023-politie-voorspellend-politiewerk", "2021-cas-vervolgverzoek",
                               "2021-criminaliteits-anticipatie-systeem"]
    assert by_topic["cameratoezicht"] == ["2023-zwolle-cameratoezicht-binnenstad"]
    by_org = {g.name: len(g.dossiers) for g in organisations(dossiers)}
    assert by_org == {"Gemeente Zwolle, burgemeester": 1, "Politie, Korpsstaf": 3,
                      "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties": 1}


@pytest.mark.parametrize(("text", "slug"), [
    ("Politie, Korpsstaf", "politie-korpsstaf"),
    ("beëindigen", "beeindigen"),
    ("  CAS ", "cas"),
    ("Woo/Wob", "woo-wob"),
])
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_slugify_without_letters_is_stable_and_distinct():
    # Such a slug is a page's address (onderwerpen/<slug>/): it must be the same in every
    # build and process, so a fixed value, not one from Python's per-process salted hash().
    assert slugify("!!!") == "x0638f078"
    assert slugify("!!!") != slugify("???")
    assert slugify("!!!").isalnum()


def test_no_dossiers():
    stats = site_stats({})
    assert (stats.decisions, stats.per_year, stats.handling, stats.grounds) == (0, [], {}, [])
