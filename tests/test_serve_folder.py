"""`mkdocs serve` keeps its folder from one rebuild to the next (served.py): what a rebuild
would place as the very file that is there already stays, the rest is written, what the
rebuild no longer makes goes, and the folder is then the same as a first build's of the same
dossiers. A rebuild that fails serves the previous site again."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sitebuild import edit, example_folder, make_project, serve_build
from test_publishing import snapshot
from woo_dossiers.served import ServedFolder, swap_in

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"


@pytest.fixture(autouse=True)
def heard(caplog):
    """A serve rebuild keeps its pages for the next one only when it hears what MkDocs says
    of them (reuse.py), as `mkdocs serve` does."""
    caplog.set_level(logging.INFO, logger="mkdocs")


def beside(site: Path) -> list[str]:
    """Folders left beside the served one (set aside, emptied, failed)."""
    return sorted(p.name for p in site.parent.iterdir() if p.name.startswith(f"{site.name}."))


def letter(project: Path, slug: str) -> Path:
    return project / "dossiers" / slug / "decision.md"


def add_line(project: Path) -> None:
    with letter(project, CAS).open("a", encoding="utf-8") as out:
        out.write("\nDeze zin is net opgeslagen.\n")


def remove_seed(project: Path) -> None:
    shutil.rmtree(project / "dossiers" / SEED)


def add_seed_back(project: Path) -> None:
    remove_seed(project)
    serve_build(project, project.parent / "between")  # built once without it
    shutil.copytree(example_folder(SEED), project / "dossiers" / SEED)


@pytest.mark.parametrize("change", [add_line, remove_seed, add_seed_back])
def test_a_rebuild_in_the_kept_folder_is_a_first_build(tmp_path, change):
    project = make_project(tmp_path, [SEED, CAS])
    site = tmp_path / "served"
    serve_build(project, site)
    serve_build(project, site)  # now with the kept pages, which the next rebuild leaves
    (site / "weg" / "een").mkdir(parents=True)  # as a page of a removed dossier would be
    (site / "weg" / "een" / "index.html").write_text("weg", "utf-8")
    change(project)
    serve_build(project, site)
    fresh = tmp_path / "fresh"
    serve_build(project, fresh)
    assert snapshot(site) == snapshot(fresh)
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == \
        sorted(p.relative_to(fresh) for p in fresh.rglob("*"))  # no folder left empty
    assert beside(site) == []


def test_unchanged_files_stay_in_place(tmp_path):
    """From the first rebuild on: the store keeps each page serve's first build rendered as a
    link to the file in the served folder (store.py `link_served`), so the page reused is
    the very file there, as are the annexes linked from the store's copies."""
    project = make_project(tmp_path, [SEED, CAS])
    site = tmp_path / "served"
    serve_build(project, site)
    unchanged = next((site / "dossiers" / SEED / "bijlagen").rglob("index.html"))
    # The served page is the store's file (a copy would be left in place all the same when
    # it was made less than a second before the rebuild, ServedFolder.since).
    assert unchanged.stat().st_nlink == 2
    changed = site / "dossiers" / CAS / "index.html"
    pdf = next((site / "dossiers" / SEED).rglob("*.pdf"))
    before = {p: p.stat().st_ino for p in (unchanged, changed, pdf, unchanged.parent, site)}
    add_line(project)
    serve_build(project, site)
    # The folders are those of the previous rebuild, not made again.
    assert unchanged.parent.stat().st_ino == before[unchanged.parent]
    assert site.stat().st_ino == before[site]
    assert unchanged.stat().st_ino == before[unchanged]
    assert pdf.stat().st_ino == before[pdf]
    assert changed.stat().st_ino != before[changed]
    assert "Deze zin is net opgeslagen." in changed.read_text("utf-8")


def test_a_failed_rebuild_serves_the_previous_site(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    site = tmp_path / "served"
    serve_build(project, site)
    previous = snapshot(site)
    add_line(project)
    (project / "crash.py").write_text(
        "def on_post_build(*args, **kwargs):\n    raise RuntimeError('de schijf is vol')\n", "utf-8")
    edit(project / "mkdocs.yml", "plugins:\n", "hooks:\n  - crash.py\n\nplugins:\n")
    # As serve rebuilds: no on_shutdown after the failure (serve_build would call it).
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        with pytest.raises(RuntimeError, match="de schijf is vol"):
            build(config)
        assert snapshot(site) == previous
        assert beside(site) == []
    finally:
        config.plugins.on_shutdown()


@pytest.mark.parametrize("known", [False, True])
def test_the_merge_replaces_files_by_folders_and_folders_by_files(tmp_path, known):
    """What a rebuild makes wins over what was there, whatever its kind; with what the
    previous merge left `known` (no walk of the folder set aside) as without."""
    served = tmp_path / "served"
    files = {"a/b.html": "oud", "c": "oud", "d/e/f.html": "oud", "blijft/x.pdf": "blijft",
             "blijft/y.pdf": "weg", "blijft/z.xml": "zelfde", "w.xml": "oud"}
    for name, text in files.items():
        (served / name).parent.mkdir(parents=True, exist_ok=True)
        (served / name).write_text(text, "utf-8")
    source = tmp_path / "bron.pdf"
    source.write_text("blijft", "utf-8")
    (served / "blijft" / "x.pdf").unlink()
    (served / "blijft" / "x.pdf").hardlink_to(source)
    contents = frozenset(str(p.relative_to(served)) for p in served.rglob("*")) if known else None
    folder = ServedFolder.set_aside(served, contents)
    assert folder is not None and list(served.iterdir()) == []
    (served / "a").write_text("nieuw", "utf-8")
    (served / "c").mkdir()
    (served / "c" / "index.html").write_text("nieuw", "utf-8")
    assert folder.leave(source, served / "blijft" / "x.pdf")
    assert not folder.leave(tmp_path / "elders.pdf", served / "blijft" / "y.pdf")
    (tmp_path / "zelfde.xml").write_text("zelfde", "utf-8")  # another file, the same bytes
    assert folder.leave(tmp_path / "zelfde.xml", served / "blijft" / "z.xml")
    (tmp_path / "anders.xml").write_text("nie", "utf-8")  # the same size, other bytes
    assert not folder.leave(tmp_path / "anders.xml", served / "w.xml")
    (served / "a.css").write_text("eerder geschreven", "utf-8")  # by this rebuild, before
    assert not folder.leave(source, served / "a.css")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "g.json").write_text("{}", "utf-8")
    (served / "data").symlink_to(tmp_path / "data")  # a hook's link to a folder
    left = folder.merge()
    assert left == {str(p.relative_to(served)) for p in served.rglob("*")}  # for the next merge
    assert snapshot(served) == {"a": b"nieuw", "c/index.html": b"nieuw", "blijft/x.pdf": b"blijft",
                                "blijft/z.xml": b"zelfde", "a.css": b"eerder geschreven"}
    assert (served / "data").is_symlink() and (served / "data" / "g.json").read_text("utf-8") == "{}"
    assert sorted(str(p.relative_to(served)) for p in served.rglob("*")
                  if p.is_dir() and not p.is_symlink()) == ["blijft", "c"]
    assert beside(served) == []


@pytest.mark.parametrize("there", ["a folder", "nothing", "a file"])
def test_a_bundle_written_after_the_rebuild_takes_the_place_of_what_is_there(tmp_path, there):
    """served.swap_in: the new bundle's folder replaces whatever the served folder has at its
    place (the version before, nothing yet, a file left there), leaves nothing beside it, and
    returns what the served folder then holds of it, as a merge would record it."""
    served, staging = tmp_path / "served", tmp_path / ".staging"
    (staging / "zoekindex" / "paginas" / "t").mkdir(parents=True)
    (staging / "zoekindex" / "paginas" / "manifest.json").write_text("nieuw", "utf-8")
    (staging / "zoekindex" / "paginas" / "t" / "0.bin").write_text("nieuw", "utf-8")
    served.mkdir()
    if there == "a folder":
        (served / "zoekindex" / "paginas" / "x").mkdir(parents=True)
        (served / "zoekindex" / "paginas" / "x" / "oud.bin").write_text("oud", "utf-8")
    elif there == "a file":
        (served / "zoekindex").mkdir()
        (served / "zoekindex" / "paginas").write_text("oud", "utf-8")
    paths = swap_in(served, staging, "zoekindex/paginas")
    assert snapshot(served) == {"zoekindex/paginas/manifest.json": b"nieuw",
                                "zoekindex/paginas/t/0.bin": b"nieuw"}
    assert paths == {str(p.relative_to(served)) for p in served.rglob("*")} - {"zoekindex"}
    assert list((staging / "zoekindex").iterdir()) == []
    assert not (staging / ".previous").exists()
