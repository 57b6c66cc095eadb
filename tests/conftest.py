from __future__ import annotations

import os

import pytest

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory):
    """The example site, built once for all tests that only read it."""
    from sitebuild import build_site, make_project

    built = build_site(make_project(tmp_path_factory.mktemp("examples")))
    assert built.ok, built.warnings()
    return built
