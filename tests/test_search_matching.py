"""What a query word finds (issue 16), through the writer and the reference reader: the word,
its Dutch stem, compounds that end or begin with it, whole reference codes, a one-edit
correction when nothing is found, and facets. tests/test_search_client.py holds the browser
to the same answers."""

from __future__ import annotations

from pathlib import Path

from test_search_index_writer import all_postings
from woo_dossiers.search import derived
from woo_dossiers.search.reader import run, search
from woo_dossiers.search.writer import IndexWriter, Section

FILLER = "kwartaal overleg planning college systeem"


def bundle(tmp_path: Path, texts: dict[str, str], facets: dict[str, list[str]] | None = None) -> Path:
    out = tmp_path / "paginas"
    with IndexWriter(out, work_dir=tmp_path / "work") as writer:
        for url, text in texts.items():
            writer.add_page(url, "", "", [Section("", "", f"{text} {FILLER}")], (facets or {}).get(url, ()))
    return out


def urls(out: Path, query: str, **options) -> list[str]:
    return [hit.url for hit in search([out], query, limit=100, **options)]


def test_exact_then_stem_then_compound(tmp_path):
    out = bundle(tmp_path, {"stem/": "vergunningen aangevraagd", "exact/": "een vergunning",
                            "compound/": "bouwvergunning verleend", "other/": "niets hiervan"})
    assert urls(out, "vergunning") == ["exact/", "stem/", "compound/"]
    assert urls(out, "vergunningen") == ["stem/", "exact/"]  # a compound ends in "vergunning" only


def test_a_compound_is_found_by_its_last_part_and_its_first(tmp_path):
    out = bundle(tmp_path, {"a/": "cameratoezicht in de binnenstad", "b/": "toezicht op de markt",
                            "c/": "gezichtsherkenning"})
    assert urls(out, "toezicht") == ["b/", "a/"]  # the word itself first
    assert urls(out, "camera") == ["a/"]
    if derived.lexicon():  # with the Dutch word list, a part need not be a word of the site
        assert urls(out, "herkenning") == ["c/"]
    terms = all_postings(out, derived=True)
    assert "toezicht" + derived.PART in terms
    assert "ezicht" + derived.PART not in terms  # not a word: no key


def test_codes_are_found_whole_and_not_by_their_pieces(tmp_path):
    out = bundle(tmp_path, {"woo/": "geweigerd op grond van artikel 5.1.2.e Woo",
                            "wob/": "artikel 10.2.e Wob", "nummer/": "zaak 2021/0017 en Z23-004512",
                            "art/": "artikel 151c Gemeentewet", "tien/": "10 documenten, 2 e-mails"})
    assert urls(out, "5.1.2.e") == ["woo/"]
    assert urls(out, "10.2.e") == ["wob/"]  # not "tien/", which has a 10 and an e
    assert urls(out, "10.2") == ["wob/"]  # the start of a code finds it
    assert urls(out, "2021/0017") == urls(out, "z23-004512") == ["nummer/"]
    assert urls(out, "art. 151c") == urls(out, "Artikel 151c") == ["art/"]
    [hit] = search([out], "10.2.e")
    assert [text for text, marked in hit.excerpt if marked] == ["10.2.e"]


def test_a_word_that_finds_nothing_is_searched_one_edit_away(tmp_path):
    out = bundle(tmp_path, {"a/": "de gemeenteraad besloot", "b/": "gemeenteraad en college",
                            "c/": "de gemeentewet"})
    result = run([out], "gemeenteraat")
    assert result.corrections == [("gemeenteraat", "gemeenteraad")]
    assert {h.url for h in result.hits} == {"a/", "b/"}
    # Found words are never corrected; short words and codes are not either; no near flood.
    assert run([out], "gemeenteraad").corrections == []
    assert run([out], "raat").hits == [] and run([out], "10.2.f").hits == []
    assert run([out], "qqqqqqzz").corrections == []


def test_facets_narrow_the_results(tmp_path):
    out = bundle(tmp_path, {"a/": "besluit", "b/": "besluit", "c/": "besluit"},
                 {"a/": ["year=2021", "law=woo"], "b/": ["year=2022", "law=woo"]})
    assert urls(out, "besluit", facets=["law=woo"]) == ["a/", "b/"]
    assert urls(out, "besluit", facets=["law=woo", "year=2022"]) == ["b/"]
    assert urls(out, "besluit", facets=["year=1999"]) == []
