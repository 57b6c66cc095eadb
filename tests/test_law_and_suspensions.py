"""Which law a decision falls under, and suspensions of its term, in a built site (issue 18).

The rules: model/laws.py (`law_on`: the Woo from 1 May 2022) and analyse/timeliness.py
(a suspension extends the term by its days).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from publishing_helpers import BASE_YML, write_dossier
from sitebuild import build_site, edit, make_project
from woo_dossiers.cli import controleer as check_dossiers  # noqa: E402

ZWOLLE = "2023-zwolle-cameratoezicht-binnenstad"


def law_problems(tmp_path: Path, law: str, decided: str, extra: str = "") -> list[str]:
    """The codes check_dossiers reports for the base dossier under `law`, decided on `decided`."""
    yml = (BASE_YML.replace("law: Woo", f"law: {law}{extra}")
           .replace("received: 2024-01-10", "received: 2022-03-01")
           .replace("decided: 2024-03-01", f"decided: {decided}"))
    if law == "Wob":
        yml = yml.replace('grounds: ["5.1.2.e"]', 'grounds: ["10.2.e"]')
    dossiers = tmp_path / "dossiers"
    write_dossier(dossiers, "cam", yml)
    problems, _, _ = check_dossiers.check(dossiers)
    return sorted(p.code for p in problems)


@pytest.mark.parametrize(("law", "decided", "codes"), [
    ("Wob", "2022-04-30", []),
    ("Woo", "2022-04-30", ["law-not-in-force"]),
    ("Woo", "2022-05-01", []),
    ("Wob", "2022-05-01", ["law-not-in-force"]),
])
def test_the_law_follows_the_decision_date(tmp_path, law, decided, codes):
    assert law_problems(tmp_path, law, decided) == codes


def test_a_reason_allows_the_other_law_and_is_only_for_that(tmp_path):
    reason = "\nlaw_reason: Nieuw besluit na de uitspraak van de rechtbank"
    assert law_problems(tmp_path / "a", "Wob", "2022-05-01", reason) == []
    assert law_problems(tmp_path / "b", "Woo", "2022-05-01", reason) == ["law-reason-unneeded"]


def test_the_law_reason_is_on_the_page_and_in_the_open_data(tmp_path):
    project = make_project(tmp_path, [])
    yml = (BASE_YML.replace("law: Woo", "law: Wob\nlaw_reason: Besluit op bezwaar onder de Wob")
           .replace('grounds: ["5.1.2.e"]', 'grounds: ["10.2.e"]'))
    write_dossier(project / "dossiers", "cam", yml)
    built = build_site(project)
    assert built.ok, built.warnings()
    facts = built.page("dossiers/cam/").select_one(".woo-facts").get_text(" ")
    assert "Besluit op bezwaar onder de Wob" in facts
    record = json.loads((built.site / "dossiers" / "cam" / "dossier.json").read_text("utf-8"))
    assert (record["law"], record["law_reason"]) == ("Wob", "Besluit op bezwaar onder de Wob")


def test_an_unneeded_reason_is_only_a_warning(tmp_path):
    project = make_project(tmp_path, [])
    write_dossier(project / "dossiers", "cam", BASE_YML.replace(
        "law: Woo", "law: Woo\nlaw_reason: Besluit op bezwaar"))
    built = build_site(project)
    assert built.ok, built.warnings()
    assert (built.site / "dossiers" / "cam" / "index.html").is_file()


def test_a_wrong_law_leaves_the_dossier_out(tmp_path):
    project = make_project(tmp_path, [])
    write_dossier(project / "dossiers", "cam", BASE_YML.replace("law: Woo", "law: Wob").replace(
        'grounds: ["5.1.2.e"]', 'grounds: ["10.2.e"]'))
    built = build_site(project, strict=False)
    assert "a decision of 2024-03-01 falls under the Woo" in built.warnings()
    assert not (built.site / "dossiers" / "cam").exists()


SUSPENSION = ("period:", "suspensions:\n"
              "  - {from: 2023-03-20, to: 2023-04-03, reason: Zienswijze gevraagd aan de politie}\n"
              "period:")


@pytest.fixture(scope="module")
def suspended_site(tmp_path_factory):
    """Zwolle (received 6 March 2023) decided on 17 April, 14 days suspended: on time."""
    project = make_project(tmp_path_factory.mktemp("suspended"), [ZWOLLE])
    yml = project / "dossiers" / ZWOLLE / "dossier.yml"
    edit(yml, "decided: 2023-03-31", "decided: 2023-04-17")
    edit(yml, *SUSPENSION)
    built = build_site(project)
    assert built.ok, built.warnings()
    return built


def test_the_page_shows_the_suspension_and_the_extended_deadline(suspended_site):
    facts = suspended_site.page(f"dossiers/{ZWOLLE}/").select_one(".woo-facts")
    text = " ".join(facts.get_text(" ").split())
    assert ("opgeschort van 20 maart 2023 tot 3 april 2023 (de termijn is 14 dagen verlengd): "
            "Zienswijze gevraagd aan de politie") in text
    assert "4 weken en 14 dagen opschorting: uiterlijk 17 april 2023" in text
    assert facts.select_one(".woo-on-time").get_text() == "op tijd"


def test_the_statistics_count_the_suspension(suspended_site):
    text = " ".join(suspended_site.page("statistieken/").get_text(" ").split())
    assert "Bij 1 besluit was de termijn opgeschort, samen 14 dagen" in text
    assert "1 van de 1 besluit (100%) is binnen de wettelijke termijn genomen" in text


def test_the_open_data_has_the_suspension(suspended_site):
    record = json.loads((suspended_site.site / "dossiers.json").read_text("utf-8"))
    dossier = next(d for d in record["dossiers"] if d["slug"] == ZWOLLE)
    assert dossier["suspensions"] == [{"from": "2023-03-20", "to": "2023-04-03",
                                       "reason": "Zienswijze gevraagd aan de politie",
                                       "days": 14, "counted": True}]
    assert dossier["timeliness"]["suspended_days"] == 14
    assert dossier["timeliness"]["on_time"] is True
    rows = list(csv.DictReader(io.StringIO((suspended_site.site / "items.csv")
                                           .read_text("utf-8"), newline="")))
    assert {row["suspended_days"] for row in rows} == {"14"}


def test_a_suspension_after_the_term_does_not_count(tmp_path):
    project = make_project(tmp_path, [ZWOLLE])
    yml = project / "dossiers" / ZWOLLE / "dossier.yml"
    edit(yml, "decided: 2023-03-31", "decided: 2023-04-17")
    edit(yml, SUSPENSION[0], SUSPENSION[1].replace("2023-03-20", "2023-04-04").replace(
        "2023-04-03", "2023-04-11"))
    built = build_site(project)
    assert built.ok, built.warnings()
    facts = " ".join(built.page(f"dossiers/{ZWOLLE}/").select_one(".woo-facts").get_text(" ").split())
    assert "telt niet mee: de termijn was al verlopen" in facts
    assert "14 dagen te laat" in facts
