"""woo importeer as a person runs it: the folder it writes, what it refuses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from fpdf import FPDF
from import_letters import toeslagen_pdf, zwolle_annexes, zwolle_pdf
from letterpdf import annex_pdf
from woo_dossiers.importer.write import SCHEMA

ROOT = Path(__file__).resolve().parents[1]


def run(*args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    return subprocess.run([sys.executable, "-m", "woo_dossiers.cli", "importeer", *map(str, args)],
                          capture_output=True, text=True, check=False, env=env)


def test_writes_the_draft_folder_and_prints_the_report(tmp_path):
    dossiers = tmp_path / "dossiers"
    done = run(zwolle_pdf(tmp_path), *zwolle_annexes(tmp_path), "--slug", "2024-zwolle",
               "--dossiers", dossiers)
    assert done.returncode == 0, done.stderr
    folder = dossiers / "2024-zwolle"
    assert sorted(p.name for p in folder.iterdir()) == [
        "bijlage-1-inventarislijst.pdf", "bijlage-2-evaluatie.pdf", "decision.md", "dossier.yml"]
    assert (folder / "bijlage-2-evaluatie.pdf").read_bytes() == \
        (tmp_path / "bijlage_2_evaluatie.pdf").read_bytes()
    data = yaml.safe_load((folder / "dossier.yml").read_text("utf-8"))
    assert data["annexes"] == [
        {"file": "bijlage-1-inventarislijst.pdf", "title": "Bijlage 1 Inventarislijst"},
        {"file": "bijlage-2-evaluatie.pdf",
         "title": "Evaluatie cameratoezicht 2022 (deels openbaar)"},
    ]
    assert "bijlage-1-inventarislijst.pdf: \"Bijlage 1 Inventarislijst\" (titel uit bestandsnaam)" \
        in done.stdout
    assert done.stdout.startswith(f"Concept-dossier geschreven: {folder}\n\nGevonden:\n")
    assert "Vul in vóór publicatie (tot dan faalt 'mkdocs build --strict'):\n  - niets" \
        in done.stdout


def test_schema_line_points_at_the_sites_schema(tmp_path):
    project = tmp_path / "project"
    site_schema = project / "plugins/woo_dossiers/schema/dossier.schema.json"
    site_schema.parent.mkdir(parents=True)
    shutil.copy(SCHEMA, site_schema)
    assert run(toeslagen_pdf(tmp_path), "--slug", "toeslagen",
               "--dossiers", project / "dossiers").returncode == 0
    first = (project / "dossiers/toeslagen/dossier.yml").read_text("utf-8").splitlines()[0]
    assert first == ("# yaml-language-server: "
                     "$schema=../../plugins/woo_dossiers/schema/dossier.schema.json")


def test_schema_line_elsewhere_points_at_the_packages_schema(tmp_path):
    assert run(toeslagen_pdf(tmp_path), "--slug", "t", "--dossiers", tmp_path / "d").returncode == 0
    first = (tmp_path / "d/t/dossier.yml").read_text("utf-8").splitlines()[0]
    reference = first.removeprefix("# yaml-language-server: $schema=")
    assert (tmp_path / "d/t" / reference).resolve() == SCHEMA


def test_annexes_with_the_same_safe_name_are_kept_apart(tmp_path):
    (tmp_path / "x").mkdir()
    first = annex_pdf(tmp_path / "Bijlage 1.pdf", "een")
    second = annex_pdf(tmp_path / "x" / "bijlage-1.PDF", "twee")
    assert run(toeslagen_pdf(tmp_path), first, second, "--slug", "t",
               "--dossiers", tmp_path / "d").returncode == 0
    assert sorted(p.name for p in (tmp_path / "d/t").glob("*.pdf")) == [
        "bijlage-1-2.pdf", "bijlage-1.pdf"]


def refused(done: subprocess.CompletedProcess[str], message: str) -> None:
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == f"woo importeer: {message}; er is niets geschreven\n"


def test_refuses_an_existing_slug(tmp_path):
    dossiers = tmp_path / "dossiers"
    (dossiers / "2024-zwolle").mkdir(parents=True)
    (dossiers / "2024-zwolle" / "dossier.yml").write_text("title: al gepubliceerd\n")
    done = run(zwolle_pdf(tmp_path), "--slug", "2024-zwolle", "--dossiers", dossiers)
    refused(done, f"slug '2024-zwolle' is al in gebruik door {dossiers / '2024-zwolle'}; "
                  "een slug verandert nooit meer na publicatie, dus kies een andere")
    assert (dossiers / "2024-zwolle" / "dossier.yml").read_text() == "title: al gepubliceerd\n"


def test_refuses_a_slug_used_in_a_group_folder(tmp_path):
    dossiers = tmp_path / "dossiers"
    (dossiers / "2024" / "2024-zwolle").mkdir(parents=True)
    done = run(zwolle_pdf(tmp_path), "--slug", "2024-zwolle", "--dossiers", dossiers)
    refused(done, f"slug '2024-zwolle' is al in gebruik door {dossiers / '2024' / '2024-zwolle'}; "
                  "een slug verandert nooit meer na publicatie, dus kies een andere")


def test_refuses_a_slug_that_is_no_slug(tmp_path):
    done = run(zwolle_pdf(tmp_path), "--slug", "Zwolle 2024", "--dossiers", tmp_path / "d")
    refused(done, "slug 'Zwolle 2024': gebruik kleine letters, cijfers en koppeltekens, "
                  "bijvoorbeeld 2021-cas-vervolgverzoek")
    assert not (tmp_path / "d").exists()


def test_refuses_a_missing_letter(tmp_path):
    refused(run(tmp_path / "weg.pdf", "--slug", "x", "--dossiers", tmp_path / "d"),
            f"{tmp_path / 'weg.pdf'} bestaat niet")


def test_refuses_an_annex_that_is_not_a_pdf(tmp_path):
    notes = tmp_path / "notities.pdf"
    notes.write_text("geen pdf")
    refused(run(zwolle_pdf(tmp_path), notes, "--slug", "x", "--dossiers", tmp_path / "d"),
            f"bijlage {notes} is geen PDF; de site publiceert bijlagen als PDF")


def test_refuses_a_letter_that_is_not_a_pdf(tmp_path):
    letter = tmp_path / "brief.pdf"
    letter.write_text("Geachte heer,")
    refused(run(letter, "--slug", "x", "--dossiers", tmp_path / "d"),
            "brief.pdf is geen PDF (het begint niet met %PDF-)")
    assert not (tmp_path / "d").exists()


def test_refuses_a_broken_pdf(tmp_path):
    letter = tmp_path / "kapot.pdf"
    letter.write_bytes(b"%PDF-1.7\n" + b"\x00" * 200)
    # pypdf's own words (English, naming its exception) are no help to the team: left out.
    refused(run(letter, "--slug", "x", "--dossiers", tmp_path / "d"),
            "kapot.pdf kan niet als PDF worden gelezen (het bestand is beschadigd); exporteer of "
            "bewaar de brief opnieuw als PDF")


def test_refuses_a_scan_without_text(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # an image of a letter: no text layer
    pdf.output(str(tmp_path / "scan.pdf"))
    refused(run(tmp_path / "scan.pdf", "--slug", "x", "--dossiers", tmp_path / "d"),
            "scan.pdf heeft geen tekstlaag (een scan?); laat er eerst tekstherkenning (OCR) op "
            "los of typ de brief over")


def test_refuses_an_encrypted_letter(tmp_path):
    pdf = FPDF()
    pdf.set_encryption(owner_password="eigenaar", user_password="geheim")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 10, "Geachte heer,")
    pdf.output(str(tmp_path / "slot.pdf"))
    refused(run(tmp_path / "slot.pdf", "--slug", "x", "--dossiers", tmp_path / "d"),
            "slot.pdf is met een wachtwoord versleuteld; vraag een onversleutelde kopie")
