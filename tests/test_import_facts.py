"""Facts read from the letter (dates, organisation, law, kenmerk, title) and earlier decisions."""

from __future__ import annotations

from datetime import date

import pytest
from import_letters import import_seed, run_import, toeslagen_pdf, write_dossier, zwolle_pdf
from letterpdf import letter_pdf

CAS = "2021-criminaliteits-anticipatie-systeem"
ANPR = ("https://www.politie.nl/wob/korpsstaf/"
        "besluit-wob-verzoek-automatische-nummerplaatherkenning-anpr.html")


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    return import_seed(tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="module")
def zwolle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zwolle")
    dossiers = folder / "dossiers"
    write_dossier(dossiers / "2021", "2021-zwolle-camera", title="Camera's", reference="2021/0099")
    write_dossier(dossiers, "2022-zwolle-andere", title="Iets anders", reference="2022/0001")
    return run_import(zwolle_pdf(folder), dossiers, "2024-zwolle")


@pytest.fixture(scope="module")
def toeslagen(tmp_path_factory):
    folder = tmp_path_factory.mktemp("toeslagen")
    return run_import(toeslagen_pdf(folder), folder / "dossiers", "2021-toeslagen")


def test_dates_of_receipt_and_adjournment(seed, zwolle, toeslagen):
    assert seed.data["dates"]["received"] == date(2021, 5, 10)  # "Op 10 mei 2021 ... ontvangen"
    assert seed.data["dates"]["adjourned"] == date(2021, 5, 18)  # "Bij brief van 18 mei ..."
    assert zwolle.data["dates"] == {"received": date(2024, 1, 2), "adjourned": date(2024, 1, 25),
                                    "decided": date(2024, 3, 14)}
    # "Bij e-mail van 3 mei 2021, door mij ontvangen op 4 mei 2021": the receipt, not the mail.
    assert toeslagen.data["dates"]["received"] == date(2021, 5, 4)


def test_decision_date_from_the_letterhead(zwolle, toeslagen):
    assert "geraden: 'Datum 14 maart 2024'" in zwolle.line_of("decided: 2024-03-14")
    assert toeslagen.data["dates"]["decided"] == date(2021, 7, 27)  # "Den Haag, 27 juli 2021"


def test_a_missing_decision_date_stays_empty_and_is_reported(seed):
    assert seed.data["dates"]["decided"] is None
    assert "ONTBREEKT: datum van het besluit niet gevonden" in seed.line_of("  decided:")
    assert "dossier.yml decided (datum besluit): niet gevonden in de brief" in seed.result.report


def test_received_from_the_date_of_the_request(tmp_path):
    lines = ["Geachte heer,", "", "Met uw brief van 3 maart 2022 vraagt u om documenten."]
    imported = run_import(letter_pdf(tmp_path / "b.pdf", lines), tmp_path / "d", "brief-van")
    assert imported.data["dates"]["received"] == date(2022, 3, 3)
    assert "CONTROLEER: datum van het verzoek; de ontvangst kan later zijn" \
        in imported.line_of("received:")
    assert "datum ontvangst verzoek: datum van het verzoek" in imported.result.report


def test_period_of_the_request(seed, zwolle):
    assert seed.data["period"] == {"from": date(2015, 1, 1), "to": date(2021, 5, 10)}
    assert zwolle.data["period"] == {"from": date(2020, 1, 1), "to": date(2023, 12, 31)}


def test_organisation_law_reference_and_title(zwolle, toeslagen):
    assert zwolle.data["organisation"] == "Het college van burgemeester en wethouders van Zwolle"
    assert zwolle.data["law"] == "Woo"
    assert zwolle.data["reference"] == "2024/0456"  # "Ons kenmerk", not "Uw kenmerk ABC-99"
    assert 'reference: "2024/0456"' in zwolle.yml
    assert zwolle.data["title"] == "Besluit op uw Woo-verzoek over cameratoezicht"
    assert toeslagen.data["organisation"] == "De staatssecretaris van Financiën"
    assert toeslagen.data["law"] == "Wob"


def test_what_the_letter_does_not_say_stays_empty(seed, toeslagen):
    assert seed.data["title"] is None and seed.data["organisation"] is None
    assert "reference" not in seed.data
    assert "# reference: niet gevonden in de brief (optioneel)" in seed.yml
    assert toeslagen.data["title"] is None
    assert "period" not in toeslagen.data


def test_every_guessed_fact_says_where_it_came_from(zwolle):
    for key in ("title:", "organisation:", "law:", "reference:", "summary:", "received:",
                "adjourned:", "decided:", "period:"):
        assert "  # geraden" in zwolle.line_of(key), key


def test_law_mentioned_as_often_as_the_other_is_left_open(tmp_path):
    lines = ["Geachte heer,", "", "Uw Wob-verzoek behandel ik onder de Woo."]
    imported = run_import(letter_pdf(tmp_path / "b.pdf", lines), tmp_path / "d", "wob-woo")
    assert imported.data["law"] is None
    assert "ONTBREEKT: Wob of Woo?" in imported.line_of("law:")


def test_earlier_decision_matched_to_a_dossier_by_url(seed):
    assert seed.data["reuses"][0] == CAS
    assert "URL eindigt op de slug" in seed.line_of(f"  - {CAS}  #")


def test_earlier_decisions_elsewhere_keep_their_url(seed):
    external = [ref for ref in seed.data["reuses"] if isinstance(ref, dict)]
    assert {"title": "Besluit wob verzoek automatische nummerplaatherkenning anpr",
            "url": ANPR} in external
    assert [ref["url"] for ref in external] == [
        ANPR,
        "https://www.politie.nl/wob/korpsstaf/2016-etnisch-profileren.html",
        "https://www.politie.nl/wob/korpsstaf/2015-Multicultureel-Vakmanschap.html",
    ]
    assert f"titel van eerder besluit {ANPR} is afgeleid uit de URL" in seed.result.report


def test_earlier_decision_matched_by_kenmerk_and_by_title(zwolle, tmp_path):
    # "Eerder besliste ik op een vergelijkbaar verzoek (kenmerk 2021/0099)"; the dossier
    # is grouped one level deeper (dossiers/2021/2021-zwolle-camera).
    assert zwolle.data["reuses"] == ["2021-zwolle-camera"]
    write_dossier(tmp_path / "d", "2020-oud", title="Besluit over de stadsbrug")
    lines = ["Geachte heer,", "", "Zie ook het Besluit over de stadsbrug van vorig jaar."]
    imported = run_import(letter_pdf(tmp_path / "b.pdf", lines), tmp_path / "d", "brug")
    assert imported.data["reuses"] == ["2020-oud"]
    assert "titel 'Besluit over de stadsbrug' in de brief" in imported.line_of("- 2020-oud")


def test_links_that_belong_to_no_item_are_reported(seed):
    assert ("link hoort bij geen onderdeel en staat alleen in de brief: "
            "https://it.kombijdepolitie.nl/predictive-policing") in seed.result.report
