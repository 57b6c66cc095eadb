"""One mistake from the format's rules, added to a copy of an example, fails --strict.

Each row: the file to change, the exact text to replace and its replacement,
the field and line the message must name, and what it must say. Every message
must also name the dossier and the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sitebuild import build_site, edit, make_project

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"
YML = f"dossiers/{SEED}/dossier.yml"
LETTER = f"dossiers/{SEED}/decision.md"

CASES = [
    # (id, file, old, new, field, expected words)
    ("missing-required", "dossier.yml", "organisation: Politie, Korpsstaf\n", "",
     "organisation", "the required field 'organisation' is missing"),
    ("unknown-field", "dossier.yml", "summary: >-", "samenvatting: >-",
     "samenvatting", "unknown field 'samenvatting'; expected one of:"),
    ("number-not-text", "dossier.yml", 'reference: "2021/0123"', "reference: 010",
     "reference", "YAML read '010' as the number 8; put it in quotes: \"010\""),
    ("yes-no-not-text", "dossier.yml", "organisation: Politie, Korpsstaf", "organisation: no",
     "organisation", "YAML read 'no' as the yes/no value false"),
    ("unknown-law", "dossier.yml", "law: Wob", "law: WOB",
     "law", "'WOB' is not allowed; expected one of: Wob, Woo"),
    ("date-not-iso", "dossier.yml", "received: 2021-05-10", "received: 10-05-2021",
     "dates.received", "'10-05-2021' is not a date written as YYYY-MM-DD"),
    ("date-does-not-exist", "dossier.yml", "decided: 2021-07-27", "decided: 2021-02-30",
     "dates.decided", "'2021-02-30' is not a date that exists"),
    ("decided-before-received", "dossier.yml", "decided: 2021-07-27", "decided: 2021-05-01",
     "dates.decided", "the decision date 2021-05-01 is before the request was received (2021-05-10)"),
    ("published-before-decided", "dossier.yml", "published: 2021-08-03", "published: 2021-07-01",
     "dates.published", "is before the decision date"),
    ("updated-before-published", "dossier.yml", "published: 2021-08-03", "published: 2021-08-03\n  updated: 2021-08-01",
     "dates.updated", "the change date 2021-08-01 is before the publication date (2021-08-03)"),
    ("unknown-outcome", "dossier.yml", "outcome: partly-disclosed", "outcome: partly-public",
     "items[13].outcome (item 15)", "'partly-public' is not allowed; expected one of: disclosed,"),
    ("outcome-needs-grounds", "dossier.yml", '    grounds: ["10.2.e"]\n', "",
     "items[13].grounds (item 15)", "outcome 'partly-disclosed' (Deels openbaar gemaakt) needs grounds"),
    ("ground-of-other-law", "dossier.yml", '"10.2.e"', '"5.1.2.e"',
     "items[13].grounds[0] (item 15)", "'5.1.2.e' is a ground of the Woo, but this dossier is decided under the Wob"),
    ("ground-unknown", "dossier.yml", '"10.2.e"', '"10.3.z"',
     "items[13].grounds[0] (item 15)", "'10.3.z' is not a ground of the Wob; expected one of: 10.1.a"),
    ("ground-on-disclosed-item", "dossier.yml", "    outcome: not-held\n", '    outcome: not-held\n    grounds: ["10.2.e"]\n',
     "items[5].grounds (item 6)", "grounds apply only when information is withheld"),
    ("reuses-unknown-dossier", "dossier.yml", f"reuses:\n  - {CAS}", "reuses:\n  - 2020-bestaat-niet",
     "reuses[0]", "no dossier '2020-bestaat-niet' exists on this site"),
    ("reuses-not-a-slug", "dossier.yml", f"reuses:\n  - {CAS}", "reuses:\n  - Het CAS-besluit",
     "reuses[0]", "expected the slug of a dossier on this site"),
    ("annex-file-missing", "dossier.yml", "file: bijlage-2-auditrapport-cas-2019.pdf",
     "file: bijlage-2-audit.pdf", "annexes[1].file", "'bijlage-2-audit.pdf' does not exist"),
    ("document-not-an-annex", "dossier.yml", "documents: [bijlage-2-auditrapport-cas-2019.pdf]",
     "documents: [audit.pdf]", "items[13].documents[0] (item 15)", "'audit.pdf' is not one of this dossier's annexes"),
    ("item-listed-twice", "dossier.yml", "  - item: 10\n", "  - item: 6\n",
     "items[8].item (item 6)", "item 6 is listed twice"),
    ("duplicate-key", "dossier.yml", "law: Wob\n", "law: Wob\nlaw: Woo\n",
     "law", "the key 'law' appears twice"),
    ("broken-yaml", "dossier.yml", "title: Besluit", "title: [Besluit",
     None, "a quote (\") or bracket ([ or {) opened on this line is never closed"),
    ("tab-indent", "dossier.yml", "  received: 2021-05-10", "\treceived: 2021-05-10",
     None, "a tab is used for indentation; indent with spaces"),
    ("letter-missing", "dossier.yml", "period:", "decision: besluit.md\nperiod:",
     "decision", "'besluit.md' does not exist in 2021-cas-vervolgverzoek/"),
]


def _line_of(path: Path, text: str) -> int:
    return path.read_text("utf-8")[: path.read_text("utf-8").rindex(text)].count("\n") + 1


@pytest.mark.parametrize(("case", "file", "old", "new", "field", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_mistake_fails_strict_build_with_clear_message(tmp_path, case, file, old, new, field, expected):
    project = make_project(tmp_path, [SEED, CAS])
    path = project / "dossiers" / SEED / file
    start = edit(path, old, new)
    built = build_site(project, strict=True)
    assert not built.ok
    ours = [m for m in built.messages if f"[{SEED}]" in m and expected in m]
    assert ours, f"no message with {expected!r} in:\n{built.warnings()}"
    message = ours[0]
    assert message.startswith(f"dossiers/{SEED}/{file}")
    if field:
        assert f"] {field}: " in message
    changed = [i for i, line in enumerate(new.splitlines()) if line.strip() and line not in old.splitlines()]
    if file == "dossier.yml" and changed:
        # The message names the changed line (for a bracket left open: where it opened)
        assert f"{file}:{start + changed[-1]}:" in message


def test_ad_section_for_unlisted_item_names_the_letter_line(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    letter = project / "dossiers" / SEED / "decision.md"
    edit(letter, "## Ad 6\n", "## Ad 18\n\nNiet gevraagd.\n\n## Ad 6\n")
    built = build_site(project)
    assert not built.ok
    line = _line_of(letter, "## Ad 18")
    assert (f"{LETTER}:{line}: [{SEED}] the section 'Ad 18' answers item 18, which is not "
            "listed under items in dossier.yml") in built.messages


def test_item_without_answer_names_the_item_and_the_letter(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    edit(project / "dossiers" / SEED / "decision.md", "## Ad 6\n", "")
    built = build_site(project)
    assert not built.ok
    line = _line_of(project / "dossiers" / SEED / "dossier.yml", "  - item: 6")
    assert (f"{YML}:{line}: [{SEED}] items[5] (item 6): item 6 has no answer: add 'answer:' here "
            f"or a section '## Ad 6' to {LETTER}") in built.messages


def test_combined_item_without_answer(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    edit(project / "dossiers" / SEED / "decision.md", "## Ad 8 en 9\n", "")
    built = build_site(project)
    assert any("items[7] (item 8 and 9): items 8 en 9 have no answer" in m and "'## Ad 8 en 9'" in m
               for m in built.messages), built.warnings()


def test_unlisted_pdf_in_folder(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    folder = project / "dossiers" / SEED
    shutil.copy(folder / "bijlage-1-inventarislijst.pdf", folder / "concept.pdf")
    built = build_site(project)
    assert not built.ok
    assert any(m.startswith(YML) and "the folder holds 'concept.pdf', which is not listed under annexes"
               in m for m in built.messages), built.warnings()


def test_duplicate_slug_across_group_folders(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    shutil.copytree(project / "dossiers" / CAS, project / "dossiers" / "2020" / CAS)
    built = build_site(project)
    assert not built.ok
    assert any(f"the slug '{CAS}' is already used by" in m and "slugs must be unique" in m
               for m in built.messages), built.warnings()


def test_invalid_folder_name(tmp_path):
    project = make_project(tmp_path, [CAS])
    (project / "dossiers" / CAS).rename(project / "dossiers" / "CAS_Besluit")
    built = build_site(project)
    assert not built.ok
    assert any("the folder name 'CAS_Besluit' is not a valid slug" in m for m in built.messages)


def test_errors_are_collected_not_stopped_at_the_first(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    yml = project / "dossiers" / SEED / "dossier.yml"
    edit(yml, '"10.2.e"', '"10.9.x"')
    edit(yml, "documents: [bijlage-2-auditrapport-cas-2019.pdf]", "documents: [audit.pdf]")
    edit(project / "dossiers" / CAS / "dossier.yml", "law: Wob", "law: Wet")
    built = build_site(project)
    text = built.warnings()
    assert "'10.9.x' is not a ground of the Wob" in text
    assert "'audit.pdf' is not one of this dossier's annexes" in text
    assert "'Wet' is not allowed" in text


def test_plain_build_leaves_the_broken_dossier_out_and_says_so(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    edit(project / "dossiers" / SEED / "dossier.yml", "law: Wob", "law: WOB")
    built = build_site(project, strict=False)
    assert built.ok
    assert f"dossier {SEED} is left out of the site until the problems above are fixed" in built.messages
    assert not (built.site / "dossiers" / SEED).exists()
    assert (built.site / "dossiers" / CAS / "index.html").exists()
    overview = built.page("dossiers/").get_text()
    assert "Crime Anticipation System (vervolg)" not in overview


def test_ground_spellings_are_normalised(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    edit(project / "dossiers" / SEED / "dossier.yml", '"10.2.e"', '"artikel 10, tweede lid, onder e"')
    built = build_site(project)
    assert built.ok, built.warnings()
    row = built.page(f"dossiers/{SEED}/").find(id="onderdeel-15")
    assert "10.2.e Wob" in row.get_text()


@pytest.mark.parametrize("option", ["nl", "theme"])
def test_the_build_log_speaks_dutch_when_asked(tmp_path, option):
    # The example site's theme.language is nl, so "theme" means Dutch too.
    project = make_project(tmp_path, [SEED, CAS])
    edit(project / "mkdocs.yml", "      dossiers_dir: dossiers\n",
         f"      dossiers_dir: dossiers\n      messages: {option}\n")
    edit(project / "dossiers" / SEED / "dossier.yml", "law: Wob", "law: WOB")
    text = "\n".join(build_site(project, strict=False).messages)
    assert f"dossier {SEED} blijft van de site tot de problemen hierboven zijn opgelost" in text
    assert "law: 'WOB' is niet toegestaan; kies een van: Wob, Woo" in text
    assert "is not allowed" not in text
