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
    from test_case_parts import NEW_TWO, project_with_a_replaced_part

    project = project_with_a_replaced_part(tmp_path)
    site = load_site(project / "dossiers", root=project)
    assert [p.code for p in site.problems if p.is_error] == []
    assert NEW_TWO in site.dossiers


def test_a_new_part_with_a_mistake_is_refused_not_the_published_part(tmp_path):
    """Part 2 is on the site; the team adds part 1, which by mistake names another spelling of
    the organisation. `woo controleer <new part>` finds nothing, and the build refuses the
    part that was already published (left out: its address turns into a 404)."""
    from woo_dossiers.cli.controleer import check

    project = project_with_parts(tmp_path)
    edit(yml(project, ONE), "organisation: Gemeente Voorbeeld", "organisation: Gemeente Voorbeeldstad")
    # What makes part 1 the new one: it is published after part 2 (the data cannot tell
    # otherwise; by its decision date alone part 1 is the older of the two).
    edit(yml(project, ONE), "decided: 2024-02-05", "decided: 2024-02-05\n  published: 2024-03-01")
    problems, _, _ = check(project / "dossiers", [ONE])
    site = load_site(project / "dossiers", root=project)
    assert TWO not in site.left_out, [(p.dossier, p.code) for p in site.problems]
    assert [p.code for p in problems] != []


def _store_entry(project, src: str):
    import json

    store = next((project / ".cache" / "woo" / "pages").iterdir())
    name = json.loads((store / "manifest.json").read_text("utf-8"))["pages"][src][1]
    return store / f"{name}.html", store / f"{name}.json"


def test_a_kept_page_changed_in_the_store_is_not_published(tmp_path):
    """The page store (incremental/store.py) is not checked: a kept page whose file changed
    on disk is published as it now is (the kept search bundles and annex HTML are checked
    against a digest and made again)."""
    from differential_helpers import build_into

    project = project_with_parts(tmp_path)
    assert build_into(project, project / "site", differential=True).ok
    html, _ = _store_entry(project, f"dossiers/{ONE}/index.md")
    html.write_text(html.read_text("utf-8").replace(WITHDRAWN_REQUEST, "Veranderd in de cache"), "utf-8")
    assert build_into(project, project / "site", differential=True).ok
    page = (project / "site" / "dossiers" / ONE / "index.html").read_text("utf-8")
    assert "Veranderd in de cache" not in page


def test_a_damaged_kept_page_does_not_crash_the_build(tmp_path):
    """A damaged `<name>.json` in the page store: on_nav raises JSONDecodeError (a traceback,
    not a Dutch line), and the manifest still lists it, so every later build does the same."""
    from differential_helpers import build_into

    project = project_with_parts(tmp_path)
    assert build_into(project, project / "site", differential=True).ok
    _, learned = _store_entry(project, f"dossiers/{TWO}/index.md")
    learned.write_text("{kapot", "utf-8")
    assert build_into(project, project / "site", differential=True).ok


def test_the_statistics_do_not_say_all_one_decision_while_two_are_on_the_site(tmp_path):
    """A decision on its own and a first part whose next part is to come: two decisions on the
    site, "Cijfers over alle 1 besluit op deze site", and the outcome figures count the waiting
    part's items, which the decision figures leave out."""
    from sitebuild import example_folder
    from woo_dossiers.analyse import analyse
    from woo_dossiers.render.stats_page import stats_page

    project = project_with_parts(tmp_path, (ONE,))
    shutil.copytree(example_folder("2022-bzk-algoritmeregister"),
                    project / "dossiers" / "2022-bzk-algoritmeregister")
    site = load_site(project / "dossiers", root=project)
    assert len(site.dossiers) == 2
    page = stats_page(analyse(site.dossiers).stats, "statistieken/index.md")
    assert "alle 1 besluit op deze site" not in page


def test_a_hostile_total_of_parts_is_refused_not_rendered(tmp_path):
    """`case.parts` has no maximum (schema) and no check: `parts: 100000` passes --strict and
    every part's page and the case page list 100,000 parts to come (4.9 MB of Markdown a page);
    `parts: 10000000` runs out of memory. A part number far above the others (`part:
    1000000000`) does the same in checks/cases.py (the gap's numbers are listed)."""
    from woo_dossiers.analyse import analyse
    from woo_dossiers.render.dossier_page import DossierPage

    project = project_with_parts(tmp_path)
    edit(yml(project, TWO), "  parts: 2\n", "  parts: 100000\n")
    site = load_site(project / "dossiers", root=project)
    if not site.problems:
        page = DossierPage(site.dossiers[ONE], analyse(site.dossiers)).markdown()
        assert len(page) < 200_000, f"{len(page)} characters"
