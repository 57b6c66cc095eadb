"""Reviewer's failing tests (branch review): defects found in the review of d43bf01..82aaa84."""

from __future__ import annotations

import shutil

from sitebuild import build_site, edit
from test_case_parts import ONE, TWO, project_with_parts, yml
from woo_dossiers.loader import load_site

WITHDRAWN_REQUEST = "Camerabeelden van het Bevrijdingsfestival 2023"


def test_a_withdrawn_parts_items_are_not_published_on_the_other_parts_page(tmp_path):
    """A withdrawn decision keeps its facts and notice only (model/status.py): its page and
    its JSON drop its items. The other part's answer table must not show them either."""
    project = project_with_parts(tmp_path)
    edit(yml(project, ONE), "law: Woo\n", "law: Woo\nstatus: withdrawn\n"
         "status_reason: Het besluit bevatte persoonsgegevens.\n")
    built = build_site(project)
    assert built.ok, built.warnings()
    assert WITHDRAWN_REQUEST not in (built.site / "dossiers" / ONE / "index.html").read_text("utf-8")
    # ... but the sibling part publishes what the withdrawn one asked and decided on:
    assert WITHDRAWN_REQUEST not in (built.site / "dossiers" / TWO / "index.html").read_text("utf-8")


def test_a_site_with_only_a_first_part_does_not_say_nothing_is_published(tmp_path):
    """One part on the site, the next still to come: the statistics page says no decision has
    been published ("Er zijn nog geen besluiten gepubliceerd.") and "1 deelbesluiten"."""
    from woo_dossiers.analyse import analyse
    from woo_dossiers.render.stats_page import stats_page

    project = project_with_parts(tmp_path, (ONE,))
    site = load_site(project / "dossiers", root=project)
    page = stats_page(analyse(site.dossiers).stats, "statistieken/index.md")
    assert "Er zijn nog geen besluiten gepubliceerd." not in page
    assert "1 deelbesluiten" not in page


def test_a_part_replaced_by_a_new_decision_can_be_published(tmp_path):
    """A part replaced (status: replaced, replaced_by) by a new decision on the same items (after
    an objection, a corrected decision): the new one is refused with case-part-twice and
    case-item-twice, whatever number it takes, so it cannot be published as a part."""
    project = project_with_parts(tmp_path)
    new = "2024-evenementen-deelbesluit-2-nieuw"
    shutil.copytree(project / "dossiers" / TWO, project / "dossiers" / new)
    edit(yml(project, TWO), "law: Woo\n", "law: Woo\nstatus: replaced\n"
         f"status_reason: Vervangen na bezwaar.\nreplaced_by: {new}\n")
    edit(yml(project, new), "decided: 2024-02-20", "decided: 2024-05-20")
    site = load_site(project / "dossiers", root=project)
    assert [p.code for p in site.problems if p.is_error] == []
    assert new in site.dossiers


def test_never_disclosed_is_not_read_as_disclosed():
    """The new "heb ... openbaar gemaakt" signal (model/outcomes.py) reads a denial as
    disclosed, with no doubt and no alternative for the draft to flag."""
    from woo_dossiers.importer.outcomes import guess_outcome

    guess = guess_outcome("Ik heb de stukken nooit openbaar gemaakt.")
    assert guess.outcome != "disclosed" or guess.also or guess.doubt


def test_a_new_part_with_a_mistake_is_refused_not_the_published_part(tmp_path):
    """Part 2 is on the site; the team adds part 1, which by mistake names another spelling of
    the organisation. `woo controleer <new part>` finds nothing, and the build refuses the
    part that was already published (left out: its address turns into a 404)."""
    from woo_dossiers.cli.controleer import check

    project = project_with_parts(tmp_path)
    edit(yml(project, ONE), "organisation: Gemeente Voorbeeld", "organisation: Gemeente Voorbeeldstad")
    problems, _, _ = check(project / "dossiers", [ONE])
    site = load_site(project / "dossiers", root=project)
    assert TWO not in site.left_out, [(p.dossier, p.code) for p in site.problems]
    assert [p.code for p in problems] != []
