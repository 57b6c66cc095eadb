"""Never half-published, always the same bytes.

A failed `--strict` build leaves the previous site/ exactly as it was; a
build that crashes half-way does too; two builds of the same input, in
different folders, give byte-identical sites.
"""

from __future__ import annotations

import gzip
import os
import re
import struct
from calendar import timegm
from datetime import date
from pathlib import Path

from sitebuild import build_crashing_at, build_site, edit, make_project, serve_build

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"


def snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def leftovers(project: Path) -> list[str]:
    """Work folders of a build left beside site/ (the lock file stays: removing a lock file
    while another build may be opening it would let two builds hold two locks)."""
    return sorted(p.name for p in project.iterdir()
                  if p.name.startswith(".site") and p.name != ".site.lock")


def test_failed_strict_build_leaves_the_previous_site_untouched(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    first = build_site(project)
    assert first.ok, first.warnings()
    before = snapshot(first.site)
    edit(project / "dossiers" / CAS / "dossier.yml", "law: Wob", "law: WOB")
    edit(project / "docs" / "index.md", "---\n\n#", "---\n\nNieuwe tekst die niet gepubliceerd mag worden.\n\n#")
    second = build_site(project, strict=True)
    assert not second.ok
    assert snapshot(second.site) == before
    assert leftovers(project) == []


def test_successful_build_replaces_the_site(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    (project / "site" / "oud-bestand.html").write_text("van een eerdere build", "utf-8")
    edit(project / "docs" / "index.md", "---\n\n#", "---\n\nNieuwe tekst op de voorpagina.\n\n#")
    built = build_site(project)
    assert built.ok, built.warnings()
    assert "Nieuwe tekst op de voorpagina." in built.page("").get_text()
    assert not (built.site / "oud-bestand.html").exists()
    assert leftovers(project) == []


def test_plain_build_with_a_broken_dossier_publishes_the_rest(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    edit(project / "dossiers" / SEED / "dossier.yml", "law: Wob", "law: WOB")
    built = build_site(project, strict=False)
    assert built.ok
    assert not (built.site / "dossiers" / SEED).exists()
    assert (built.site / "dossiers" / CAS / "index.html").is_file()
    assert leftovers(project) == []


def test_build_that_crashes_half_way_leaves_the_previous_site_untouched(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    before = snapshot(project / "site")
    edit(project / "docs" / "index.md", "---\n\n#", "---\n\nHalf gebouwde tekst.\n\n#")
    build_crashing_at(project, "on_post_build")
    assert snapshot(project / "site") == before
    assert leftovers(project) == []


def test_two_builds_of_the_same_input_are_byte_identical(tmp_path):
    assert "SOURCE_DATE_EPOCH" not in os.environ
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = build_site(make_project(tmp_path / "a"))
    second = build_site(make_project(tmp_path / "b"))
    assert first.ok and second.ok, first.warnings() + second.warnings()
    one, two = snapshot(first.site), snapshot(second.site)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert "SOURCE_DATE_EPOCH" not in os.environ  # the plugin unset what it set


def test_build_date_is_the_newest_publication_not_the_clock(example_site):
    newest = max(
        date.fromisoformat(m)
        for yml in Path(example_site.project, "dossiers").rglob("dossier.yml")
        for m in re.findall(r"(?:published|decided): (\d{4}-\d\d-\d\d)", yml.read_text("utf-8"))
    )
    sitemap = (example_site.site / "sitemap.xml").read_text("utf-8")
    # A page written by hand carries the build date; generated pages their own last
    # change (tests/test_follow.py).
    lastmod = dict(re.findall(r"<loc>(.*?)</loc>\s*<lastmod>(.*?)</lastmod>", sitemap))
    assert lastmod["https://example.org/woo/open-data/"] == newest.isoformat()
    assert len(set(lastmod.values())) > 1
    header = (example_site.site / "sitemap.xml.gz").read_bytes()[:10]
    (mtime,) = struct.unpack("<I", header[4:8])
    assert mtime == timegm(newest.timetuple())
    assert gzip.decompress((example_site.site / "sitemap.xml.gz").read_bytes()).decode() == sitemap


def test_a_given_source_date_epoch_is_respected(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(timegm(date(2030, 1, 2).timetuple())))
    built = build_site(make_project(tmp_path, [CAS]))
    assert built.ok
    assert "<lastmod>2030-01-02</lastmod>" in (built.site / "sitemap.xml").read_text("utf-8")


def test_serve_builds_in_place_and_leaves_out_the_policy(tmp_path):
    """`mkdocs serve` watches its own folder and injects an inline live-reload script."""
    project = make_project(tmp_path, [CAS])
    site = tmp_path / "served"
    config = serve_build(project, site)
    assert config.site_dir == str(site)
    assert leftovers(tmp_path) == []
    html = (site / "dossiers" / CAS / "index.html").read_text("utf-8")
    assert "Content-Security-Policy" not in html
