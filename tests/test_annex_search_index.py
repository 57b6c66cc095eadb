"""The search index step's own messages (the happy path is in test_annex_site.py)."""

from __future__ import annotations

from woo_dossiers.search import build_index


def test_missing_pagefind_is_named_with_the_fix(tmp_path):
    assert build_index(tmp_path, module="pagefind_is_not_installed_here") == (
        "the search index was not built: the Python package 'pagefind[extended]' is not "
        "installed (pip install 'pagefind[extended]')"
    )


def test_a_failing_index_run_says_so(tmp_path):
    problem = build_index(tmp_path / "no-site-here")
    assert problem is not None
    assert problem.startswith("the search index was not built: ")


def test_an_indexed_site_gets_the_search_bundle(tmp_path):
    (tmp_path / "index.html").write_text(
        "<html lang='nl'><body><main><h1>Besluit</h1><p>Zwaluwstaart</p></main></body></html>",
        "utf-8")
    assert build_index(tmp_path) is None
    assert (tmp_path / "pagefind" / "pagefind-ui.js").is_file()
    assert list((tmp_path / "pagefind").glob("pagefind.nl_*.pf_meta"))


def test_unchanged_pages_get_the_kept_index_and_changed_pages_a_new_one(tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    site.mkdir()
    page = site / "index.html"
    page.write_text("<html lang='nl'><body><main><p>Zwaluwstaart</p></main></body></html>", "utf-8")
    assert build_index(site, cache_dir=cache) is None
    [kept] = (cache / "pagefind").iterdir()
    (kept / "marker").write_text("from the cache")  # shows where the next bundle came from
    assert build_index(site, cache_dir=cache) is None
    assert (site / "pagefind" / "marker").is_file(), "unchanged pages: the kept index is used"
    page.write_text("<html lang='nl'><body><main><p>Merelnest</p></main></body></html>", "utf-8")
    assert build_index(site, cache_dir=cache) is None
    assert not (site / "pagefind" / "marker").exists(), "changed pages: indexed again"
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert len(list((cache / "pagefind").iterdir())) == 1, "only the newest index is kept"
