"""Unchanged dossiers are not parsed again: across `mkdocs serve` rebuilds and across builds."""

from __future__ import annotations

import shutil

from sitebuild import build_site, edit, example_folder, make_project
from woo_dossiers.loader import find_dossier_folders, load_site
from woo_dossiers.source.cache import CACHE_FILE, SourceCache, shared_cache

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"


def load(project, cache):
    return load_site(project / "dossiers", root=project, cache=cache)


def test_second_load_reuses_every_dossier_and_gives_the_same_site(tmp_path):
    project = make_project(tmp_path)
    count = len(find_dossier_folders(project / "dossiers"))
    cache = SourceCache(tmp_path / CACHE_FILE)
    first = load(project, cache)
    assert (cache.parsed, cache.reused) == (count, 0)
    second = load(project, cache)
    assert (cache.parsed, cache.reused) == (0, count)
    assert second.dossiers == first.dossiers
    assert second.dossiers == load_site(project / "dossiers", root=project).dossiers


def test_editing_one_dossier_parses_only_that_one_and_shows_the_edit(tmp_path):
    project = make_project(tmp_path)
    count = len(find_dossier_folders(project / "dossiers"))
    cache = SourceCache(tmp_path / CACHE_FILE)
    load(project, cache)
    letter = project / "dossiers" / SEED / "decision.md"
    letter.write_text(letter.read_text("utf-8") + "\nEen nieuwe slotzin.\n", "utf-8")
    edit(project / "dossiers" / SEED / "dossier.yml", "title: Besluit op", "title: Gewijzigd besluit op")
    site = load(project, cache)
    assert (cache.parsed, cache.reused) == (1, count - 1)
    assert site.dossiers[SEED].letter.rstrip().endswith("Een nieuwe slotzin.")
    assert site.dossiers[SEED].title.startswith("Gewijzigd besluit op")


def test_cache_file_serves_the_next_process(tmp_path):
    project = make_project(tmp_path)
    count = len(find_dossier_folders(project / "dossiers"))
    load(project, SourceCache(tmp_path / CACHE_FILE))
    fresh = SourceCache(tmp_path / CACHE_FILE)  # as a new `mkdocs build` reads it
    load(project, fresh)
    assert (fresh.parsed, fresh.reused) == (0, count)


def test_unreadable_cache_file_is_ignored(tmp_path):
    project = make_project(tmp_path, [CAS])
    load(project, SourceCache(tmp_path / CACHE_FILE))
    [shard] = (tmp_path / CACHE_FILE).iterdir()
    shard.write_bytes(b"not a pickle")
    cache = SourceCache(tmp_path / CACHE_FILE)
    site = load(project, cache)
    assert cache.parsed == 1 and CAS in site.dossiers
    assert SourceCache(tmp_path / CACHE_FILE).entries, "the broken file is replaced by a good one"


def test_a_file_where_the_cache_folder_goes_is_replaced(tmp_path):
    project = make_project(tmp_path, [CAS])
    (tmp_path / CACHE_FILE).write_bytes(b"not a folder")
    cache = SourceCache(tmp_path / CACHE_FILE)
    assert CAS in load(project, cache).dossiers and cache.parsed == 1
    assert (tmp_path / CACHE_FILE).is_dir()
    assert SourceCache(tmp_path / CACHE_FILE).entries


def test_an_edit_writes_only_the_shard_of_its_dossier(tmp_path):
    """Each build writes again only the cache files whose dossiers changed (at 10,000
    dossiers the whole cache is 160 MB); the next process still gets every dossier."""
    project = make_project(tmp_path)
    count = len(find_dossier_folders(project / "dossiers"))
    load(project, SourceCache(tmp_path / CACHE_FILE))
    shards = {p.name: p.stat().st_mtime_ns for p in (tmp_path / CACHE_FILE).iterdir()}
    assert len(shards) > 1, "the example dossiers fall into more than one shard"
    letter = project / "dossiers" / SEED / "decision.md"
    letter.write_text(letter.read_text("utf-8") + "\nEen nieuwe slotzin.\n", "utf-8")
    load(project, SourceCache(tmp_path / CACHE_FILE))
    after = {p.name: p.stat().st_mtime_ns for p in (tmp_path / CACHE_FILE).iterdir()}
    assert after.keys() == shards.keys()
    assert sum(after[name] != shards[name] for name in shards) == 1
    fresh = SourceCache(tmp_path / CACHE_FILE)
    site = load(project, fresh)
    assert (fresh.parsed, fresh.reused) == (0, count)
    assert site.dossiers[SEED].letter.rstrip().endswith("Een nieuwe slotzin.")


def test_a_shard_moved_to_another_name_is_not_read(tmp_path):
    """A shard is read only under its own name: dossiers are looked up by shard."""
    project = make_project(tmp_path)
    load(project, SourceCache(tmp_path / CACHE_FILE))
    names = sorted((tmp_path / CACHE_FILE).iterdir())
    names[0].replace(names[0].with_name("63.pickle" if names[0].name != "63.pickle" else "62.pickle"))
    assert len(SourceCache(tmp_path / CACHE_FILE).entries) < len(find_dossier_folders(project / "dossiers"))


def test_problems_of_a_cached_dossier_are_reported_every_build_exactly_once(tmp_path):
    project = make_project(tmp_path, [SEED])  # without CAS, which the seed reuses
    cache = SourceCache(tmp_path / CACHE_FILE)
    first = [str(p) for p in load(project, cache).problems]
    assert any(f"no dossier '{CAS}' exists" in p for p in first)
    for _ in range(2):
        again = load(project, cache)
        assert cache.reused == 1
        assert [str(p) for p in again.problems] == first
        assert SEED in again.left_out


def test_adding_the_missing_dossier_fixes_a_cached_one(tmp_path):
    project = make_project(tmp_path, [SEED])
    cache = SourceCache(tmp_path / CACHE_FILE)
    assert SEED in load(project, cache).left_out
    shutil.copytree(example_folder(CAS), project / "dossiers" / CAS)
    site = load(project, cache)
    assert SEED in site.dossiers and not site.problems


def test_a_new_pdf_in_the_folder_is_noticed(tmp_path):
    project = make_project(tmp_path, [CAS])
    cache = SourceCache(tmp_path / CACHE_FILE)
    assert CAS in load(project, cache).dossiers
    (project / "dossiers" / CAS / "extra.pdf").write_bytes(b"%PDF-1.4\n")
    site = load(project, cache)
    assert CAS not in site.dossiers
    assert any("'extra.pdf', which is not listed" in str(p) for p in site.problems)


def test_removed_dossier_leaves_the_cache(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    cache = SourceCache(tmp_path / CACHE_FILE)
    load(project, cache)
    seed = project / "dossiers" / SEED
    for file in seed.iterdir():
        file.unlink()
    seed.rmdir()
    site = load(project, cache)
    assert list(site.dossiers) == [CAS]
    assert list(SourceCache(tmp_path / CACHE_FILE).entries) == [str(project / "dossiers" / CAS)]


def test_rebuild_in_the_same_process_reuses_dossiers_and_shows_an_edit(tmp_path):
    """What `mkdocs serve` does: a new config and plugin per rebuild, in one process."""
    project = make_project(tmp_path)
    count = len(find_dossier_folders(project / "dossiers"))
    assert build_site(project).ok
    cache = shared_cache(project / ".cache" / "woo" / CACHE_FILE)
    assert cache.parsed == count
    path = project / "dossiers" / CAS / "decision.md"
    path.write_text(path.read_text("utf-8") + "\nDeze zin is er net bij gekomen.\n", "utf-8")
    rebuilt = build_site(project)
    assert rebuilt.ok
    assert (cache.parsed, cache.reused) == (1, count - 1)
    assert "Deze zin is er net bij gekomen." in rebuilt.page(f"dossiers/{CAS}/").get_text()


def test_project_reached_through_a_symbolic_link_builds(tmp_path):
    project = make_project(tmp_path, [CAS])
    (tmp_path / "link").symlink_to(project, target_is_directory=True)
    built = build_site(tmp_path / "link")
    assert built.ok, built.warnings()
    assert built.page(f"dossiers/{CAS}/").h1
