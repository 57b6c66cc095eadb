"""A publication date still to come (issue 18.3): off the public site until the day, in a
preview marked "nog niet openbaar" and noindex. The rule: model/embargo.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import build_site, edit, make_project
from woo_dossiers.cli import controleer as check_dossiers  # noqa: E402

ZWOLLE = "2023-zwolle-cameratoezicht-binnenstad"  # decided 2023-03-31
OTHER = "2021-criminaliteits-anticipatie-systeem"


def project_with_embargo(tmp_path: Path) -> Path:
    project = make_project(tmp_path, [ZWOLLE, OTHER])
    edit(project / "dossiers" / ZWOLLE / "dossier.yml", "  decided: 2023-03-31",
         "  decided: 2023-03-31\n  published: 2023-04-14\nobjection_expected: true")
    return project


def site_files_naming(site: Path, text: str) -> list[str]:
    """Every file of the built site whose bytes contain `text`."""
    return sorted(str(p.relative_to(site)) for p in site.rglob("*")
                  if p.is_file() and text.encode() in p.read_bytes())


def test_left_out_of_everything_the_day_before(tmp_path, monkeypatch):
    monkeypatch.setenv("WOO_TODAY", "2023-04-13")
    built = build_site(project_with_embargo(tmp_path))
    assert built.ok, built.warnings()
    assert site_files_naming(built.site, ZWOLLE) == []
    assert site_files_naming(built.site, "cameratoezicht") == []
    assert (built.site / "dossiers" / OTHER / "index.html").is_file()


def test_the_public_site_is_as_if_the_dossier_were_not_there(tmp_path, monkeypatch):
    """Same bytes as a site without the folder: no page, feed, open data or date betrays it."""
    monkeypatch.setenv("WOO_TODAY", "2023-04-13")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    waiting = build_site(project_with_embargo(tmp_path / "a"))
    without = make_project(tmp_path / "b", [OTHER])
    absent = build_site(without)
    assert waiting.ok and absent.ok
    for name in ("dossiers.json", "items.csv", "feed.xml", "diwoo-sitemap.xml", "sitemap.xml",
                 "statistieken/index.html"):
        assert (waiting.site / name).read_bytes() == (absent.site / name).read_bytes(), name


def test_published_on_its_day(tmp_path, monkeypatch):
    monkeypatch.setenv("WOO_TODAY", "2023-04-14")
    built = build_site(project_with_embargo(tmp_path))
    assert built.ok, built.warnings()
    page = built.page(f"dossiers/{ZWOLLE}/")
    assert page.select_one(".woo-not-yet-public") is None
    assert page.find("meta", attrs={"name": "robots"}) is None
    assert ZWOLLE in (built.site / "dossiers.json").read_text("utf-8")
    assert ZWOLLE in (built.site / "feed.xml").read_text("utf-8")


def test_a_preview_shows_it_marked_and_noindex(tmp_path, monkeypatch):
    monkeypatch.setenv("WOO_TODAY", "2023-04-13")
    monkeypatch.setenv("WOO_PREVIEW", "true")
    built = build_site(project_with_embargo(tmp_path))
    assert built.ok, built.warnings()
    page = built.page(f"dossiers/{ZWOLLE}/")
    notice = page.select_one(".woo-not-yet-public")
    assert "Nog niet openbaar" in notice.get_text()
    assert "14 april 2023" in notice.get_text()
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    annex_text = built.page(f"dossiers/{ZWOLLE}/bijlagen/bijlage-1-evaluaties-cameratoezicht-2018-2022/")
    assert annex_text.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    other = built.page(f"dossiers/{OTHER}/")
    assert other.select_one(".woo-not-yet-public") is None
    assert other.find("meta", attrs={"name": "robots"}) is None


@pytest.mark.parametrize(("published", "warned"), [
    ("2023-04-13", True),  # 13 days after the decision
    ("2023-04-14", False),  # two weeks: the first day allowed
])
def test_the_waiting_period_after_an_expected_objection(tmp_path, monkeypatch, published, warned):
    monkeypatch.setenv("WOO_TODAY", "2023-05-01")
    project = project_with_embargo(tmp_path)
    edit(project / "dossiers" / ZWOLLE / "dossier.yml", "published: 2023-04-14",
         f"published: {published}")
    problems, _, _ = check_dossiers.check(project / "dossiers")
    codes = {p.code for p in problems if p.dossier == ZWOLLE}
    assert codes == ({"published-before-waiting-period"} if warned else set())
    built = build_site(project)  # a warning fails neither --strict nor the dossier
    assert built.ok, built.warnings()
    assert (built.site / "dossiers" / ZWOLLE / "index.html").is_file()


def test_a_publication_date_before_the_decision_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("WOO_TODAY", "2023-05-01")
    project = project_with_embargo(tmp_path)
    edit(project / "dossiers" / ZWOLLE / "dossier.yml", "published: 2023-04-14",
         "published: 2023-03-30")
    built = build_site(project, strict=False)
    assert "the publication date 2023-03-30 is before the decision date (2023-03-31)" in built.warnings()
    assert not (built.site / "dossiers" / ZWOLLE).exists()
