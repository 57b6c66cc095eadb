"""The hostile-input corpus: every case in tests/hostile/ gets the message or behaviour it states.

A case is a folder with a `case.yml`: what it is about, how it changes a copy of
an example dossier (`dossier`, default the CAS decision; text edits, extra
files, symbolic links) and what it must get (`expect`):

- `message`: the loader reports a Problem containing this text, naming the
  dossier, the file (`file`, default dossier.yml), the `field` and the line of
  `line_of` (the n-th occurrence with `occurrence`); the dossier is left out;
- `published`: whether a plain build puts the dossier on the site; nothing
  from outside the repository or outside the listed annexes is ever in site/;
- `site_files`: exactly the files published in the dossier's folder;
- `escaped`: values that must show as text wherever they appear, and never
  become markup (see `assert_no_active_content`).
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from csp_watch import violations, watch
from sitebuild import build_site, make_project
from woo_dossiers.checks.sanitise import dangerous_url
from woo_dossiers.loader import load_site

HOSTILE = Path(__file__).parent / "hostile"
BASE = "2021-criminaliteits-anticipatie-systeem"
# Written into every file placed outside the repository, and into the corpus's
# unlisted files: no byte of the site may contain them.
SECRETS = (b"GEHEIM-BUITEN-DE-REPOSITORY", b"GEHEIM-NIET-PUBLICEREN")

CASES = sorted(p for p in HOSTILE.iterdir() if (p / "case.yml").is_file())


def load_case(case_dir: Path) -> dict[str, Any]:
    return yaml.safe_load((case_dir / "case.yml").read_text("utf-8"))


def prepare(tmp_path: Path, case_dir: Path, spec: dict[str, Any]) -> Path:
    """A project holding the example dossier (`dossier`, default BASE) changed as the case says."""
    slug = spec.get("dossier", BASE)
    project = make_project(tmp_path, [slug])
    folder = project / "dossiers" / slug
    for edit in spec.get("edits", []):
        path = folder / edit["file"]
        text = path.read_text("utf-8")
        assert edit["old"] in text, f"{case_dir.name}: {edit['old']!r} not in {edit['file']}"
        text = text.replace(edit["old"], edit["new"] * edit.get("repeat", 1), 1)
        path.write_bytes(text.encode(edit.get("encoding", "utf-8")))
    for name in spec.get("copy", []):
        shutil.copy(case_dir / name, folder / name)
    outside = tmp_path / "outside"  # a sibling of the project: outside the repository
    outside.mkdir()
    for link in spec.get("links", []):
        _make_link(folder, outside, link["name"], link["to"])
    return project


def _make_link(folder: Path, outside: Path, name: str, kind: str) -> None:
    if kind == "outside-folder":
        moved = outside / folder.name
        shutil.move(folder, moved)
        _add_secret(moved / "decision.md")
        folder.symlink_to(moved, target_is_directory=True)
        return
    target = outside / name
    shutil.move(folder / name, target)
    _add_secret(target)
    (folder / name).symlink_to(target)


def _add_secret(path: Path) -> None:
    # Appended bytes keep a PDF readable and a letter valid Markdown; a YAML comment stays YAML.
    prefix = b"\n# " if path.suffix == ".yml" else b"\n"
    path.write_bytes(path.read_bytes() + prefix + SECRETS[0] + b"\n")


def expected_line(path: Path, text: str, occurrence: int = 1) -> int:
    content = path.read_bytes().decode("utf-8", errors="replace")
    index = -1
    for _ in range(occurrence):
        index = content.index(text, index + 1)
    return content[:index].count("\n") + 1


@pytest.mark.parametrize("case_dir", CASES, ids=[c.name for c in CASES])
def test_hostile_case(tmp_path: Path, case_dir: Path) -> None:
    spec = load_case(case_dir)
    expect = spec["expect"]
    project = prepare(tmp_path, case_dir, spec)
    slug = spec.get("dossier", BASE)
    if "message" in expect:
        check_message(project, slug, expect)
    if {"published", "site_files", "escaped"} & set(expect):
        check_site(project, slug, expect)


def check_message(project: Path, slug: str, expect: dict[str, Any]) -> None:
    site = load_site(project / "dossiers", root=project)
    found = [p for p in site.problems if expect["message"] in p.message]
    assert found, "expected a problem with {!r}, got:\n{}".format(
        expect["message"], "\n".join(map(str, site.problems)))
    problem = found[0]
    file = f"dossiers/{slug}/{expect.get('file', 'dossier.yml')}"
    assert problem.dossier == slug
    assert problem.file == file
    assert str(problem).startswith(file)
    if "field" in expect:
        assert problem.field == expect["field"]
    if "line_of" in expect:
        line = expected_line(project / file, expect["line_of"], expect.get("occurrence", 1))
        assert problem.line == line, str(problem)
    assert slug in site.left_out and slug not in site.dossiers


def check_site(project: Path, slug: str, expect: dict[str, Any]) -> None:
    # A case without an error must pass --strict; one with an error uses a plain
    # build, which goes on without the broken dossier.
    built = build_site(project, strict="message" not in expect)
    assert built.ok, built.warnings()
    page = built.site / "dossiers" / slug / "index.html"
    if "published" in expect:
        assert page.is_file() == expect["published"]
    for path in sorted(p for p in built.site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret not in data, f"{secret!r} was published in {path}"
    if "site_files" in expect:
        published = sorted(p.name for p in (built.site / "dossiers" / slug).iterdir())
        assert published == sorted(expect["site_files"])
    if "escaped" in expect:
        check_escaped(built.site, page, expect["escaped"])


def check_escaped(site: Path, page: Path, values: list[str]) -> None:
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    text = soup.get_text(" ")
    for value in values:
        assert value in text, f"{value!r} is not shown as text"
    title = values[0]
    assert soup.title is not None and soup.title.get_text().startswith(title)
    assert soup.find("h1").get_text() == title
    description = soup.find("meta", attrs={"name": "description"})["content"]
    assert description.startswith('XSS-samenvatting" onmouseover="alert(\'meta\')"')
    feed = ET.fromstring((site / "feed.xml").read_bytes())  # Atom: text elements, read as text
    assert title in [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            assert_no_active_content(BeautifulSoup(path.read_text("utf-8"), "html.parser"), path)
        elif path.suffix == ".xml":
            ET.fromstring(path.read_bytes())  # an unescaped value would break the XML
        elif path.suffix == ".json":
            data = json.loads(path.read_text("utf-8"))  # values are data here: escaped by JSON
            if path.name == "search_index.json":  # MkDocs' search, if it is ever used again
                check_json(data, path)


def check_json(data: Any, path: Path) -> None:
    """The search UI inserts titles and texts of its index as HTML: they must be inert."""
    if isinstance(data, dict):
        for value in data.values():
            check_json(value, path)
    elif isinstance(data, list):
        for value in data:
            check_json(value, path)
    elif isinstance(data, str) and "XSS" in data:
        assert_no_active_content(BeautifulSoup(data, "html.parser"), path)


def assert_no_active_content(soup: BeautifulSoup, where: Path) -> None:
    """No value of the corpus became a script, a frame, an event handler or a script URL."""
    for script in soup.find_all("script"):
        assert "alert(" not in script.get_text(), f"a script from the input runs in {where}"
    assert not soup.find_all(["iframe", "svg"], string=lambda s: s and "XSS" in s)
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            assert not name.startswith("on"), f"<{element.name} {name}=...> in {where}"
            values = value if isinstance(value, list) else [value]
            assert not any(dangerous_url(v) for v in values), f"{name}={value!r} in {where}"
        if element.name in {"iframe", "img"}:
            assert element.get("src") != "x" and "javascript" not in str(element.get("src"))


def test_hostile_values_stay_text_in_a_browser(tmp_path: Path, browser_page) -> None:
    """The escaped values of the corpus, opened and searched for in chromium: nothing runs."""
    case_dir = HOSTILE / "script-values-escaped"
    spec = load_case(case_dir)
    built = build_site(prepare(tmp_path, case_dir, spec))
    assert built.ok, built.warnings()
    page, base = browser_page(built.site)
    events = watch(page, built.site)
    for url in ("", "dossiers/", f"dossiers/{BASE}/"):
        page.goto(base + url)
        assert violations(page) == [], url
    assert page.title().startswith(spec["expect"]["escaped"][0])
    page.goto(f"{base}zoeken/")
    field = page.locator("input#zoekterm")
    field.click()
    field.press_sequentially("XSS-titel")
    page.locator(".woo-zoek__melding", has_text="XSS-titel").wait_for()
    page.locator("[data-search-result]").first.wait_for()
    assert "</title><script>" in page.locator(".woo-zoek__resultaten").inner_text()
    assert violations(page) == []
    assert events == []
