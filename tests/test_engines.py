"""Two engines build the same site: MkDocs 1.6 and ProperDocs, its maintained drop-in fork.

The plugin imports `mkdocs`; ProperDocs answers for that name when it runs, so the plugin
loads unchanged. Every file of the example site must come out byte-identical.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sitebuild import ROOT, make_project

ENGINES = ("mkdocs", "properdocs")


def build_with(engine: str, project: Path, out: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins"), "SOURCE_DATE_EPOCH": "1767225600"}
    done = subprocess.run([sys.executable, "-m", engine, "build", "--strict", "-d", out],
                          cwd=project, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    site = project / out
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    project = make_project(tmp_path_factory.mktemp("engines"))
    return {engine: build_with(engine, project, f"site-{engine}") for engine in ENGINES}


def test_both_engines_build_the_same_files_byte_for_byte(sites):
    mkdocs, properdocs = sites["mkdocs"], sites["properdocs"]
    assert len(mkdocs) > 100
    assert sorted(mkdocs) == sorted(properdocs)
    assert [path for path in mkdocs if mkdocs[path] != properdocs[path]] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_no_page_names_the_engine_or_the_theme(sites, engine):
    pages = [text for path, text in sites[engine].items() if path.endswith(".html")]
    assert pages and not [page for page in pages if b'name="generator"' in page]
