"""Request items, "Ad" sections and the outcomes guessed from the letter's wording."""

from __future__ import annotations

import pytest
from import_letters import (
    import_seed,
    run_import,
    toeslagen_pdf,
    zwolle_annexes,
    zwolle_pdf,
)
from woo_dossiers.importer.outcomes import grounds_in, guess_outcome

CAS = "2021-criminaliteits-anticipatie-systeem"


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    return import_seed(tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="module")
def zwolle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zwolle")
    return run_import(zwolle_pdf(folder), folder / "dossiers", "2024-zwolle",
                      zwolle_annexes(folder))


@pytest.fixture(scope="module")
def toeslagen(tmp_path_factory):
    folder = tmp_path_factory.mktemp("toeslagen")
    return run_import(toeslagen_pdf(folder), folder / "dossiers", "2021-toeslagen")


def test_all_seventeen_quoted_request_items_are_found(seed):
    assert [item["item"] for item in seed.data["items"]] == list(range(1, 18))
    assert seed.item(1)["request"] == ("Alle gegevensvelden die worden verzameld en / of een "
                                       "datadictionary voor het Crime Anticipation System")
    # An item broken by a blank line and one after a page break are whole.
    assert seed.item(10)["request"].endswith("met betrekking tot het Crime Anticipation System")
    assert seed.item(16)["request"].endswith("zouden worden verwijderd of verwijderd?")
    # The closing quotation mark is no part of the last item.
    assert seed.item(17)["request"].endswith("gebruik van de Crime Anticipation System software")


def test_request_items_of_other_layouts(zwolle, toeslagen):
    assert [i["request"] for i in zwolle.data["items"]] == [
        "het aanwijzingsbesluit voor cameratoezicht in de binnenstad",
        "evaluaties van het cameratoezicht",
        "de verwerkersovereenkomst met de leverancier van de camera's",
    ]
    assert toeslagen.item(7)["request"] == "de verwerkingsregisters"


def test_items_answered_in_ad_sections(seed):
    assert seed.result.draft.ad_sections == [
        "Ad 6", "Ad 7", "Ad 8 en 9", "Ad 10", "Ad 11", "Ad 12", "Ad 13", "Ad 14"]
    for number in (6, 10, 13):
        assert seed.item(number)["outcome"] == "not-held"
        assert "answer" not in seed.item(number)  # the Ad section is the answer
    assert seed.item(14)["outcome"] == "referred"
    assert seed.line_of("- item: 10") and "outcome: not-held  # geraden uit 'geen documenten'" \
        in seed.yml


def test_ranges_and_lists_in_ad_headings(toeslagen):
    for number in (1, 2, 3):  # "Ad 1, 2 en 3"
        assert toeslagen.item(number)["outcome"] == "refused"
        assert toeslagen.item(number)["grounds"] == ["10.2.c"]
    for number in (4, 5, 6):  # "Ad 4 tot en met 6"
        assert toeslagen.item(number)["outcome"] == "not-held"
    assert toeslagen.item(7)["outcome"] == "forwarded"


def test_items_answered_in_a_sentence_outside_the_ad_sections(seed):
    sentence = ("De informatie die u vraagt onder de punten 1, 2, 3, 4, 5, 16 en 17 is reeds "
                "openbaar.")
    for number in (1, 2, 3, 4, 5, 16, 17):
        item = seed.item(number)
        assert item["outcome"] == "already-public"
        assert item["answer"] == sentence  # the letter's own words, for lack of an Ad section
        assert item["reuses"] == [CAS]


def test_unclear_wording_is_marked_for_review(seed):
    # "Ad 7": "niet opgemaakt" and "verwijs ik naar": not-held first, but a person decides.
    assert seed.item(7)["outcome"] == "not-held"
    line = seed.line_of("outcome: not-held  # CONTROLEER")
    assert "niet opgemaakt" in line and "referred ('verwijs')" in line
    assert "onderdeel 7: uitkomst onzeker" in seed.result.report


def test_an_item_without_answer_gets_no_outcome(seed):
    assert seed.item(15)["outcome"] is None
    assert "outcome:  # ONTBREEKT" in seed.line_of("ONTBREEKT: uitkomst niet af te leiden")
    assert "onderdeel 15: geen antwoord gevonden" in seed.result.report


def test_partly_disclosed_with_ground_and_annex(zwolle):
    item = zwolle.item(2)
    assert item["outcome"] == "partly-disclosed"
    assert item["grounds"] == ["5.1.2.e"]  # "artikel 5.1, tweede lid, aanhef en onder e"
    assert item["documents"] == ["bijlage-2-evaluatie.pdf"]  # "(bijlage 2)"
    assert zwolle.item(1)["outcome"] == "already-public"
    assert zwolle.item(3)["outcome"] == "not-held"


def test_links_in_answers(seed, zwolle):
    assert seed.item(8)["links"] == [{
        "title": "wetten.overheid.nl/BWBR0022463/2020-01-01",
        "url": "https://wetten.overheid.nl/BWBR0022463/2020-01-01",
    }]
    assert zwolle.item(1)["links"][0]["url"] == \
        "https://www.zwolle.nl/cameratoezicht/aanwijzingsbesluit-2020"
    assert "titel afgeleid uit de URL" in zwolle.line_of("title: Aanwijzingsbesluit 2020")


def test_earlier_decision_named_as_voornoemde_besluit(seed):
    # "Ik verwijs naar de toelichting in het voornoemde besluit": the CAS decision.
    assert seed.item(12)["reuses"] == [CAS]
    assert "'voornoemde besluit' gelezen als " + CAS in seed.result.report


def test_ad_section_for_an_item_the_request_list_lacks(tmp_path):
    from letterpdf import letter_pdf

    lines = ["Geachte heer,", "", "U vraagt om:", "1. notulen;", "2. brieven.", "",
             "Ad 3", "Deze documenten zijn niet aangetroffen."]
    imported = run_import(letter_pdf(tmp_path / "b.pdf", lines), tmp_path / "d", "drie")
    assert imported.item(3)["request"] is None
    assert imported.item(3)["outcome"] == "not-held"
    assert "onderdeel 3: de tekst van dit onderdeel van het verzoek is niet gevonden" \
        in imported.result.report
    assert imported.item(1)["outcome"] is None


def test_a_letter_without_numbered_items(tmp_path):
    from letterpdf import letter_pdf

    lines = ["Geachte heer,", "", "Uw verzoek om alle notulen wijs ik af."]
    imported = run_import(letter_pdf(tmp_path / "b.pdf", lines), tmp_path / "d", "geen-items")
    assert imported.data["items"] is None
    assert "ONTBREEKT: geen genummerde onderdelen gevonden" in imported.line_of("items:")


@pytest.mark.parametrize(
    ("text", "outcome", "also"),
    [
        ("Er zijn hiervan geen documenten aangetroffen.", "not-held", []),
        ("Deze informatie is reeds openbaar. Ik verwijs u naar de website.", "already-public", []),
        ("Ik verwijs u naar de website van het CBS.", "referred", []),
        ("Ik maak de documenten deels openbaar; de rest maak ik niet openbaar.",
         "partly-disclosed", []),
        ("Ik maak het rapport openbaar.", "disclosed", []),
        ("Dit rapport maak ik niet openbaar.", "refused", []),
        ("Uw verzoek heb ik doorgezonden naar de minister.", "forwarded", []),
        ("Dit onderdeel valt buiten de reikwijdte van de Woo.", "out-of-scope", []),
        ("De rapporten zijn niet opgemaakt. Ik verwijs naar het besluit.", "not-held",
         ["referred"]),
        ("Zie het voornoemde besluit en de daarbij openbaar gemaakte documenten.", None, []),
        ("Dank voor uw geduld.", None, []),
    ],
)
def test_outcome_wording(text, outcome, also):
    guess = guess_outcome(text)
    assert guess.outcome == outcome
    assert [other for other, _ in guess.also] == also


@pytest.mark.parametrize(
    ("text", "law", "grounds"),
    [
        ("op grond van artikel 10, tweede lid, aanhef en onder e, van de Wob", "Wob", ["10.2.e"]),
        ("artikel 10, tweede lid, onder d en e, en artikel 11, eerste lid", "Wob",
         ["10.2.d", "10.2.e", "11.1"]),
        ("artikel 10 lid 2 sub g", "Wob", ["10.2.g"]),
        ("artikel 5.1, tweede lid, aanhef en onder i, en artikel 5.2 van de Woo", "Woo",
         ["5.1.2.i", "5.2"]),
        ("de gronden 5.1.2e en 5.1.1d", "Woo", ["5.1.2.e", "5.1.1.d"]),
        ("op grond van artikel 6, tweede lid, verdaagd", "Wob", []),  # no exception ground
        ("artikel 10, tweede lid, onder e", "Woo", []),  # a Wob ground in a Woo letter
    ],
)
def test_grounds_cited_in_the_letter(text, law, grounds):
    assert grounds_in(text, law) == grounds
