"""Builds that cannot hurt each other or the site: two at once, and one killed mid-swap.

Real `mkdocs build` processes on a small project. A kill between the swap's
two renames is made by the plugin's fault point (WOO_FAULT), not by timing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from publishing_helpers import BASE_YML, ROOT, write_dossier


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    write_dossier(project / "dossiers", "cam")
    write_dossier(project / "dossiers", "oud", BASE_YML.replace("cameratoezicht", "parkeren"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    return project


def _start(project: Path, fault: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    if fault:
        env["WOO_FAULT"] = fault
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict"],
                            cwd=project, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _build(project: Path, fault: str | None = None) -> tuple[int, str]:
    process = _start(project, fault)
    output, _ = process.communicate(timeout=600)
    return process.returncode, output


def _snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _work_folders(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir()
                  if p.name.startswith(".site") and p.name != ".site.lock")


def test_two_builds_at_once_both_succeed_and_leave_a_whole_site(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    clean = _snapshot(project / "site")
    for _pair in range(3):
        first, second = _start(project), _start(project)
        for process in (first, second):
            output, _ = process.communicate(timeout=600)
            assert process.returncode == 0, output
        assert _snapshot(project / "site") == clean
        assert _work_folders(project) == []


def test_a_build_killed_between_the_renames_loses_no_site(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    before = _snapshot(project / "site")
    code, _output = _build(project, fault="between-renames")
    assert code == 70  # stopped by the fault point: site/ renamed away, the new one not in
    assert not (project / "site").exists() and (project / ".site.old").is_dir()
    _put_back_by_the_next_build(project, before)


def _put_back_by_the_next_build(project: Path, before: dict[str, bytes]) -> None:
    """The next build, even a failing one, first puts the previous site back whole."""
    yml = project / "dossiers" / "cam" / "dossier.yml"
    yml.write_text(yml.read_text().replace("law: Woo", "law: Wet"))
    code, output = _build(project)
    assert code != 0
    assert "keeps the previous site" in output
    assert _snapshot(project / "site") == before
    yml.write_text(yml.read_text().replace("law: Wet", "law: Woo"))
    assert _build(project)[0] == 0
    assert _snapshot(project / "site") == before
    assert _work_folders(project) == []


def test_a_folder_the_build_cannot_write_gives_one_dutch_line_and_keeps_the_site(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    before = _snapshot(project / "site")
    shutil.rmtree(project / ".cache")
    (project / ".cache").write_text("geen map")  # the build's cache folder cannot be made
    code, output = _build(project)
    assert code != 0
    assert "Traceback" not in output
    [line] = [line for line in output.splitlines() if "de site kon niet worden gebouwd" in line]
    assert str(project / ".cache") in line
    assert line.endswith("De vorige site is niet veranderd.")
    assert _snapshot(project / "site") == before
    assert _work_folders(project) == []


def test_each_disk_problem_says_what_to_do():
    import errno

    from woo_dossiers.mkdocs_adapter.oserrors import os_error_line

    full = OSError(errno.ENOSPC, "No space left on device", "/srv/site/.site.new/x.html")
    assert os_error_line(full) == (
        "woo: de site kon niet worden gebouwd: No space left on device "
        "(/srv/site/.site.new/x.html); de schijf is vol: maak ruimte vrij en bouw opnieuw. "
        "De vorige site is niet veranderd.")
    denied = OSError(errno.EACCES, "Permission denied", "/srv/site")
    assert "controleer de eigenaar en de rechten van die map" in os_error_line(denied)


def _inodes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def test_a_search_bundle_that_did_not_change_moves_into_the_new_site_whole(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    before, bundles = _snapshot(project / "site"), project / "site" / "zoekindex"
    inodes = _inodes(bundles)
    assert len(inodes) > 10
    # Stopped after the moves, before the new site goes in: the bundles left the old site
    # for the new one, the very files (not copies).
    assert _build(project, fault="between-renames")[0] == 70
    assert not (project / ".site.old" / "zoekindex").exists() or not any(
        (project / ".site.old" / "zoekindex").iterdir())
    assert _inodes(project / ".site.new" / "zoekindex") == inodes
    # The next build puts them back into the previous site first, then moves them again.
    assert _build(project)[0] == 0
    assert _inodes(bundles) == inodes
    assert _snapshot(project / "site") == before
    assert _work_folders(project) == []
    # A bundle that changed is placed anew; the other still moves.
    letter = project / "dossiers" / "cam" / "decision.md"
    letter.write_text(letter.read_text() + "\nEen zin die de zoekindex van de pagina's verandert.\n")
    assert _build(project, fault="between-renames")[0] == 70
    assert (project / ".site.old" / "zoekindex" / "paginas").is_dir()
    assert not (project / ".site.old" / "zoekindex" / "bijlagen").exists()
    assert _build(project)[0] == 0
    after = _inodes(bundles)
    assert all(after[name] == number for name, number in inodes.items() if name.startswith("bijlagen/"))
    assert _snapshot(project / "site") != before
    assert _work_folders(project) == []


def test_a_build_killed_while_the_bundles_move_loses_no_site(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    before = _snapshot(project / "site")
    code, _output = _build(project, fault="while-moving")
    assert code == 70  # one bundle moved into the new site, the other still in the old one
    assert not (project / "site").exists()
    assert (project / ".site.moves").read_text().splitlines() == ["zoekindex/paginas",
                                                                  "zoekindex/bijlagen"]
    assert (project / ".site.new" / "zoekindex" / "paginas").is_dir()
    assert not (project / ".site.old" / "zoekindex" / "paginas").exists()
    _put_back_by_the_next_build(project, before)


def test_a_dossier_folder_that_did_not_change_moves_into_the_new_site_whole(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    assert _build(project)[0] == 0  # the second build links its kept files: the store's own
    site = project / "site"
    [unchanged, edited] = [site / "dossiers" / name for name in ("oud", "cam")]
    inodes = _inodes(unchanged)
    assert {"index.html", "dossier.json"} <= set(inodes)
    assert any(name.endswith(".pdf") for name in inodes)
    letter = project / "dossiers" / "cam" / "decision.md"
    letter.write_text(letter.read_text() + "\nEen zin die alleen deze brief verandert.\n")
    # Stopped before the new site goes in: the unchanged dossier's folder left the old site
    # for the new one whole; the edited one's was made anew.
    assert _build(project, fault="between-renames")[0] == 70
    old, new = project / ".site.old" / "dossiers", project / ".site.new" / "dossiers"
    assert not (old / "oud").exists() and _inodes(new / "oud") == inodes
    assert (old / "cam" / "index.html").is_file() and (new / "cam" / "index.html").is_file()
    # The next build puts it back first; the site it makes is the one a full build makes.
    assert _build(project)[0] == 0
    assert _inodes(unchanged) == inodes
    assert "alleen deze brief" in (edited / "index.html").read_text("utf-8")
    differential = _snapshot(site)
    shutil.rmtree(project / ".cache")
    assert _build(project)[0] == 0
    assert _snapshot(site) == differential
    assert _work_folders(project) == []
    # Killed after the first dossier folder moved: the next build puts it back first.
    assert _build(project)[0] == 0
    before = _snapshot(site)
    assert _build(project, fault="while-moving")[0] == 70
    [first, *_rest] = (project / ".site.moves").read_text().splitlines()
    assert first.startswith("dossiers/") and (project / ".site.new" / first).is_dir()
    assert not (project / ".site.old" / first).exists()
    _put_back_by_the_next_build(project, before)


def _add_a_file(folder: Path) -> None:
    (folder / "notitie.txt").write_text("niet van de build")


def _replace_a_pdf(folder: Path) -> None:  # another file with other bytes, same name
    [pdf] = [p for p in folder.iterdir() if p.suffix == ".pdf"]
    data = pdf.read_bytes()
    pdf.unlink()
    pdf.write_bytes(data.replace(b"%%EOF", b"%%EOF\n% anders"))


def _add_an_empty_folder(folder: Path) -> None:
    (folder / "bijlagen" / "leeg").mkdir()


@pytest.mark.parametrize("change", [_add_a_file, _replace_a_pdf, _add_an_empty_folder])
def test_a_dossier_folder_changed_in_the_previous_site_is_made_anew_not_moved(tmp_path, change):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    assert _build(project)[0] == 0
    clean = _snapshot(project / "site")
    folder = project / "site" / "dossiers" / "oud"
    change(folder)
    assert _build(project)[0] == 0
    assert _snapshot(project / "site") == clean
    assert not (folder / "bijlagen" / "leeg").exists()
    assert _work_folders(project) == []


def test_a_dirty_build_writes_into_the_site_itself_and_moves_nothing(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    assert _build(project)[0] == 0
    clean = _snapshot(project / "site")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    dirty = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--dirty"], cwd=project, env=env,
                           capture_output=True, text=True, timeout=600)
    assert dirty.returncode == 0, dirty.stdout + dirty.stderr
    # The pages' search bundle of a dirty build holds only the pages MkDocs wrote again
    # (known, left alone: --dirty is MkDocs' own shortcut); every other file is as it was.
    [after, before] = [{name: data for name, data in files.items() if not name.startswith("zoekindex/paginas")}
                       for files in (_snapshot(project / "site"), clean)]
    assert after == before
    assert _work_folders(project) == []


def test_a_folder_that_cannot_move_is_linked_or_copied_instead(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    assert _build(project)[0] == 0
    clean = _snapshot(project / "site")
    code, output = _build(project, fault="cannot-move")  # every rename of a folder fails
    assert code == 0, output
    assert _snapshot(project / "site") == clean
    assert _work_folders(project) == []


def test_what_a_whole_move_would_carry_along_is_left_behind(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    assert _build(project)[0] == 0
    site = project / "site"
    clean = _snapshot(site)
    outside = tmp_path / "elders"
    (site / "dossiers" / "oud").rename(outside)  # a dossier's folder elsewhere, the very files
    (site / "dossiers" / "oud").symlink_to(outside)
    (site / "zoekindex" / "bijlagen" / "leeg").mkdir()  # stray entries in a bundle
    (site / "zoekindex" / "bijlagen" / "link").symlink_to(outside)
    outside_before = _snapshot(outside)
    assert _build(project)[0] == 0
    assert _snapshot(site) == clean
    assert not (site / "dossiers" / "oud").is_symlink()
    assert not any(p.is_symlink() or p.name == "leeg" for p in (site / "zoekindex").rglob("*"))
    assert _snapshot(outside) == outside_before
    assert _work_folders(project) == []


def test_a_site_removed_while_the_build_ran_is_not_swapped_for_one_without_its_folders(tmp_path):
    from types import SimpleNamespace

    from woo_dossiers.mkdocs_adapter.oserrors import os_error_line
    from woo_dossiers.mkdocs_adapter.publish import SafePublishing

    site = tmp_path / "site"
    (site / "dossiers" / "a").mkdir(parents=True)
    (site / "dossiers" / "a" / "index.html").write_text("a")
    config = SimpleNamespace(site_dir=str(site))
    publishing = SafePublishing()
    publishing.startup("build", dirty=False)
    publishing.redirect(config)
    assert publishing.move_at_swap("dossiers/a")
    assert not publishing.move_at_swap("dossiers/b")  # not in the previous site
    shutil.rmtree(site)
    with pytest.raises(FileNotFoundError) as raised:
        publishing.finish(config)
    publishing.abandon()
    assert os_error_line(raised.value) == (
        f"woo: de site kon niet worden gebouwd: de vorige site is weggehaald terwijl de build liep "
        f"({site}); controleer die map en bouw opnieuw. De vorige site is niet veranderd.")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.lock"]


def test_a_site_put_back_by_hand_after_a_kill_gets_back_what_had_moved(tmp_path):
    project = _project(tmp_path)
    assert _build(project)[0] == 0
    before = _snapshot(project / "site")
    assert _build(project, fault="while-moving")[0] == 70
    (project / ".site.old").rename(project / "site")  # someone restores the site by hand
    assert _snapshot(project / "site") != before  # without the folder that had moved
    _put_back_by_the_next_build(project, before)
