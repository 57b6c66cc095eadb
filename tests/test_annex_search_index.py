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
