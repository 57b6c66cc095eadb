"""Import a letter into a copy of the example site and build it with MkDocs, as a person would."""

from __future__ import annotations

import re

from import_letters import run_import, seed_pdf, zwolle_annexes, zwolle_pdf
from sitebuild import build_site, make_project

CAS = "2021-criminaliteits-anticipatie-systeem"


def test_a_complete_letter_builds_strict_into_a_dossier_page(tmp_path):
    project = make_project(tmp_path, [CAS])
    run_import(zwolle_pdf(tmp_path), project / "dossiers", "2024-zwolle-import",
               zwolle_annexes(tmp_path))
    built = build_site(project, strict=True)
    assert built.ok, built.warnings()
    page = built.page("dossiers/2024-zwolle-import/")
    assert page.h1.get_text(strip=True) == "Besluit op uw Woo-verzoek over cameratoezicht"
    text = page.get_text(" ", strip=True)
    for words in ("Ad 1", "Ad 2", "Ad 3", "Reeds openbaar", "Deels openbaar gemaakt",
                  "Geen documenten aanwezig", "Evaluatie cameratoezicht 2022 (deels openbaar)"):
        assert words in text, words
    assert "Jansen" not in text and "Dorpsstraat" not in text
    assert (built.site / "dossiers/2024-zwolle-import/bijlage-2-evaluatie.pdf").is_file()
    assert not (built.site / "importeren").exists()  # the team's guide is not published


def test_the_seed_draft_fails_strict_saying_what_to_fill_in_and_builds_when_filled(tmp_path):
    project = make_project(tmp_path, [CAS])
    imported = run_import(seed_pdf(tmp_path), project / "dossiers", "2021-seed-import")
    assert imported.data["reuses"][0] == CAS  # matched to the example dossier by its URL

    built = build_site(project, strict=True)
    assert not built.ok
    yml = "dossiers/2021-seed-import/dossier.yml"
    problems = [m for m in built.messages if m.startswith(yml)]
    for field in ("title", "organisation", "dates.decided", "items[14].outcome (item 15)"):
        assert any(f"[2021-seed-import] {field}:" in m for m in problems), (field, problems)
    assert len(problems) == 4, problems
    # The report told the person these, and what the build finds once they are filled in.
    assert imported.result.missing == [
        "dossier.yml title (titel): niet gevonden in de brief",
        "dossier.yml organisation (bestuursorgaan): niet gevonden in de brief",
        "dossier.yml decided (datum besluit): niet gevonden in de brief",
        "dossier.yml items, onderdeel 14: uitkomst referred vraagt links of reuses; het antwoord "
        "noemt geen URL of eerder besluit",
        "dossier.yml items, onderdeel 15: geen antwoord gevonden",
    ]

    lenient = build_site(project, strict=False)
    assert lenient.ok
    assert "dossier 2021-seed-import is left out of the site" in lenient.warnings()
    assert not (lenient.site / "dossiers/2021-seed-import").exists()

    # The person fills in what the report asked for; then the draft builds.
    path = project / yml
    text = path.read_text("utf-8")
    text = re.sub(r"^title:.*$", "title: Besluit op Wob-verzoek over CAS (vervolg)", text,
                  count=1, flags=re.M)
    text = re.sub(r"^organisation:.*$", "organisation: Politie, Korpsstaf", text,
                  count=1, flags=re.M)
    text = re.sub(r"^  decided:.*$", "  decided: 2021-07-27", text, count=1, flags=re.M)
    text = re.sub(r"^    outcome:  # ONTBREEKT.*$",
                  "    outcome: not-held\n    answer: Er zijn geen documenten.", text,
                  count=1, flags=re.M)
    text = re.sub(r"^    outcome: referred .*$", f"    outcome: referred\n    reuses: [{CAS}]",
                  text, count=1, flags=re.M)
    path.write_text(text, "utf-8")
    built = build_site(project, strict=True)
    assert built.ok, built.warnings()
    page = built.page("dossiers/2021-seed-import/").get_text(" ", strip=True)
    assert "Ad 8 en 9" in page and "Reeds openbaar" in page
