from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

# No property test may pass or fail by how busy the machine is: Hypothesis's per-example
# deadline and its "input generation is slow" health check both measure wall-clock time.
# (A test's own @settings(suppress_health_check=...) replaces this list: repeat too_slow there.)
settings.register_profile(
    "woo", parent=settings.default, deadline=None,
    suppress_health_check={*settings.default.suppress_health_check, HealthCheck.too_slow})
settings.load_profile("woo")


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory):
    """The example site, built once for all tests that only read it."""
    from sitebuild import build_site, make_project

    built = build_site(make_project(tmp_path_factory.mktemp("examples")))
    assert built.ok, built.warnings()
    return built


@pytest.fixture(scope="session")
def chromium():
    """Debian's chromium driven by Playwright; one browser for the whole session."""
    from browser import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _close(context) -> None:
    """Close a test's browser context once its pages have loaded.

    Closing a context while a navigation is starting hangs for good in `BrowserContext.close`
    (Playwright 1.65, Debian's chromium), and nothing here can see that one is about to start:
    a test that ends with a click that navigates must wait for the new page's whole address
    (`wait_for_url(base + path)`), not for a pattern the old address may match as well."""
    from contextlib import suppress

    for page in context.pages:
        with suppress(Exception):  # a page that cannot load is closed all the same
            page.wait_for_load_state("load", timeout=30_000)
    context.close()


@pytest.fixture
def browser_page(chromium):
    """`open(site_dir, width=1280)` -> (page, base_url); pages and servers close after the test."""
    from contextlib import ExitStack

    from browser import serve

    with ExitStack() as stack:

        def open_site(site, width: int = 1280, height: int = 900, bypass_csp: bool = False,
                      color_scheme: str = "light", prefix: str = "/"):
            # bypass_csp: for test tools injected as inline scripts (axe); the site's own
            # Content-Security-Policy rightly blocks those.
            base = stack.enter_context(serve(site, prefix))
            context = chromium.new_context(viewport={"width": width, "height": height},
                                           bypass_csp=bypass_csp, color_scheme=color_scheme)
            stack.callback(_close, context)
            return context.new_page(), base

        yield open_site
