"""The W3C Nu HTML checker (vnu.jar from npm's vnu-jar, run by Debian's Java) over every
page of the example site: no error from our own markup (issue 21).

The theme's own errors are listed apart (THEME_ERRORS): each is a known pattern of
mkdocs-material's base templates, recognised by the markup it reports, so an error of
ours that merely says the same words still fails.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VNU = ROOT / "tests" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# (message, markup it names): errors of mkdocs-material's own templates, not ours.
THEME_ERRORS = [
    # base.html: the drawer and search toggles are checkboxes with autocomplete="off".
    (r"Attribute “autocomplete” is only allowed when the input type is",
     r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"'),
    # partials/toc.html: the table of contents' title labels a toggle that the page
    # lacks when its table of contents is hidden or empty.
    (r"The value of the “for” attribute of the “label” element must be the ID of a "
     r"non-hidden form control", r'<label class="md-nav__title" for="__toc">'),
]


def check(paths: list[Path]) -> list[dict]:
    """The checker's errors for these files or folders."""
    assert VNU.is_file(), "run scripts/install-system-packages.sh (it installs tests/vnu/)"
    java = shutil.which("java")
    assert java, "run scripts/install-system-packages.sh (it installs Debian's Java)"
    run = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json",
                          "--skip-non-html", *map(str, paths)],
                         capture_output=True, text=True, timeout=600)
    return json.loads(run.stderr)["messages"]


def is_theme_error(message: dict) -> bool:
    return any(re.search(text, message["message"]) and re.search(markup, message.get("extract", ""))
               for text, markup in THEME_ERRORS)


@pytest.fixture(scope="module")
def errors(example_site) -> list[dict]:
    return check([example_site.site])


def test_our_markup_is_valid_html_on_every_page(errors, example_site):
    ours = [f"{m['url'].rsplit('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']} "
            f"{m.get('extract', '').strip()[:80]!r}" for m in errors if not is_theme_error(m)]
    assert not ours, "\n".join(ours)


def test_every_page_kind_was_checked(example_site, tmp_path):
    # The checker reads every HTML file it is given; one broken copy of each kind of page
    # is reported, so the run above saw them.
    from test_accessibility import page_kinds

    broken = []
    for url in [*page_kinds(example_site.site).values(), "404.html"]:
        source = example_site.site / url / "index.html" if url.endswith("/") or not url \
            else example_site.site / url
        target = tmp_path / (url.strip("/").replace("/", "_") or "home")
        target.mkdir()
        (target / "index.html").write_text(
            source.read_text("utf-8").replace("<table", '<table role="grid" align="left"', 1)
            .replace("</body>", "<p><div></div></p></body>"), "utf-8")
        broken.append(target)
    reported = {Path(m["url"].removeprefix("file:")).parent.name for m in check([tmp_path])
                if not is_theme_error(m)}
    assert reported == {b.name for b in broken}


def test_the_checker_reports_roles_on_table_cells(tmp_path):
    # What the answer table had before: the checker refuses an ARIA role on td/th/tr.
    page = tmp_path / "oud.html"
    page.write_text('<!doctype html><html lang="nl"><title>t</title><table role="table">'
                    '<tr role="row"><th role="rowheader">1</th><td role="cell">x</td></tr>'
                    "</table></html>", "utf-8")
    messages = [m["message"] for m in check([page])]
    assert any("“role” attribute must not be used on a “td”" in m for m in messages), messages


def test_theme_errors_are_recognised_by_their_markup():
    ours = {"message": "Attribute “autocomplete” is only allowed when the input type is …",
            "extract": '<input type="checkbox" id="woo-x" autocomplete="off">'}
    theirs = {**ours, "extract": '<input class="md-toggle" data-md-toggle="drawer" '
                                 'type="checkbox" id="__drawer" autocomplete="off">'}
    assert not is_theme_error(ours) and is_theme_error(theirs)
