"""woo nieuw: a complete dossier folder from a few answers; refusals."""

from __future__ import annotations

import argparse
from datetime import date

import pytest
import yaml
from publishing_helpers import run_woo
from woo_dossiers.cli import nieuw as new_dossier  # noqa: E402


@pytest.fixture(autouse=True)
def dossiers_folder(tmp_path):
    """The commands run in a site repository, which has a dossiers/ folder."""
    (tmp_path / "dossiers").mkdir()


OPTIONS = [
    "--title", "Besluit op Woo-verzoek over cameratoezicht: centrum",
    "--organisation", "Gemeente Utrecht", "--law", "Woo",
    "--received", "2024-01-10", "--decided", "2024-03-01", "--items", "3",
]


def test_writes_dossier_with_every_item_stubbed(tmp_path):
    done = run_woo("nieuw", *OPTIONS, "--reference", "010", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "dossiers" / "2024-cameratoezicht-centrum"
    text = (folder / "dossier.yml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == (
        "# yaml-language-server: $schema=../../plugins/woo_dossiers/schema/dossier.schema.json"
    )
    data = yaml.safe_load(text)
    assert data["title"] == "Besluit op Woo-verzoek over cameratoezicht: centrum"
    assert data["law"] == "Woo"
    assert data["reference"] == "010"  # quoted, so not read as the number 8
    assert data["dates"] == {"received": date(2024, 1, 10), "decided": date(2024, 3, 1)}
    assert [item["item"] for item in data["items"]] == [1, 2, 3]
    assert all(new_dossier.PLACEHOLDER in item["request"] for item in data["items"])
    letter = (folder / "decision.md").read_text(encoding="utf-8")
    assert [line for line in letter.splitlines() if line.startswith("## Ad")] == [
        "## Ad 1", "## Ad 2", "## Ad 3"]
    assert "Op 10 januari 2024 heb ik uw verzoek ontvangen." in letter


def test_grouped_folder_points_its_schema_line_one_level_further(tmp_path):
    done = run_woo("nieuw", *OPTIONS, "--group", "2024", "--slug", "cam",
                      "--adjourned", "2024-02-01", "--published", "2024-03-05", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "dossiers/2024/cam/dossier.yml").read_text(encoding="utf-8")
    assert "$schema=../../../plugins/woo_dossiers/schema/dossier.schema.json" in text
    assert yaml.safe_load(text)["dates"]["adjourned"] == date(2024, 2, 1)
    assert yaml.safe_load(text)["dates"]["published"] == date(2024, 3, 5)


def test_refuses_a_slug_in_use_even_in_another_group(tmp_path):
    assert run_woo("nieuw", *OPTIONS, "--slug", "cam", "--group", "2023",
                      cwd=tmp_path).returncode == 0
    done = run_woo("nieuw", *OPTIONS, "--slug", "cam", cwd=tmp_path)
    assert done.returncode == 1
    assert "Er bestaat al een dossier met de slug 'cam': dossiers/2023/cam" in done.stderr
    assert not (tmp_path / "dossiers/cam").exists()


def test_refuses_an_existing_folder_without_dossier_yml(tmp_path):
    (tmp_path / "dossiers/cam").mkdir(parents=True)
    done = run_woo("nieuw", *OPTIONS, "--slug", "cam", cwd=tmp_path)
    assert done.returncode == 1
    assert "De map dossiers/cam bestaat al" in done.stderr


def test_refuses_a_dossier_as_group(tmp_path):
    assert run_woo("nieuw", *OPTIONS, "--slug", "cam", cwd=tmp_path).returncode == 0
    done = run_woo("nieuw", *OPTIONS, "--slug", "cam2", "--group", "cam", cwd=tmp_path)
    assert done.returncode == 1
    assert "'cam' is zelf een dossier en kan geen groepsmap zijn." in done.stderr


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--slug", "Cam_2024", "De slug 'Cam_2024' mag alleen kleine letters"),
    ("--group", "Jaar 2024", "De groepsmap 'Jaar 2024' mag alleen kleine letters"),
    ("--decided", "2024-01-01", "De besluitdatum ligt vóór de datum van ontvangst."),
    ("--items", "0", "Een verzoek heeft minstens één onderdeel"),
])
def test_refusals(tmp_path, option, value, message):
    done = run_woo("nieuw", *OPTIONS, option, value, cwd=tmp_path)
    assert done.returncode == 1
    assert message in done.stderr
    assert not any((tmp_path / "dossiers").iterdir())


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--received", "10-01-2024", "'10-01-2024' is geen datum; schrijf jjjj-mm-dd"),
    ("--law", "Wet", "'Wet' is geen wet; kies Wob of Woo"),
    ("--items", "drie", "'drie' is geen aantal"),
])
def test_bad_option_values(tmp_path, option, value, message):
    done = run_woo("nieuw", *OPTIONS, option, value, cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr


def test_refuses_to_run_outside_the_repository(tmp_path):
    elsewhere = tmp_path / "Documenten"
    elsewhere.mkdir()
    done = run_woo("nieuw", *OPTIONS, cwd=elsewhere)
    assert done.returncode == 1
    assert "Niet aangemaakt: De map dossiers bestaat niet. Start het commando in de map van " \
        "de repository (waar mkdocs.yml staat), of geef --dossiers." in done.stderr
    assert list(elsewhere.iterdir()) == []


def test_missing_options_without_a_terminal(tmp_path):
    done = run_woo("nieuw", "--title", "x", cwd=tmp_path, stdin="")
    assert done.returncode == 2
    assert "Ontbreekt: --bestuursorgaan, --wet, --ontvangen, --besloten, --onderdelen" in done.stderr


def test_prompts_for_what_is_missing_and_asks_again_after_a_bad_answer(monkeypatch, capsys):
    answers = iter(["Gemeente Utrecht", "woo", "gisteren", "2024-01-10", "2024-03-01", "2"])
    monkeypatch.setattr("builtins.input", lambda question: next(answers))
    args = new_dossier.parser().parse_args(["--title", "Besluit"])
    assert new_dossier.ask_missing(args, interactive=True) == []
    assert (args.organisation, args.law, args.received, args.items) == (
        "Gemeente Utrecht", "Woo", date(2024, 1, 10), 2)
    assert "'gisteren' is geen datum" in capsys.readouterr().err


def test_default_slug_drops_the_words_every_title_shares():
    assert new_dossier.default_slug(
        "Besluit op Wob-verzoek over het Crime Anticipation System (vervolg)",
        date(2021, 8, 3)) == "2021-crime-anticipation-system-vervolg"
    assert new_dossier.slugify("Café's & één " + "lang " * 30).startswith("cafes-een-lang")
    assert len(new_dossier.slugify("lang " * 30)) <= new_dossier.MAX_SLUG


def test_create_is_importable_for_other_tools(tmp_path):
    args = argparse.Namespace(
        title="T", organisation="O", law="Wob", received=date(2020, 1, 1),
        decided=date(2020, 2, 1), adjourned=None, published=None, reference=None, items=1,
        slug="t", group=None)
    folder = new_dossier.create(args, tmp_path / "dossiers")
    assert sorted(p.name for p in folder.iterdir()) == ["decision.md", "dossier.yml"]
