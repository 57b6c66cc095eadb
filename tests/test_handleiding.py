"""The Dutch authoring guide: it explains every message the team can get, its links work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from woo_dossiers import messages
from woo_dossiers.messages.schema import PATTERN_HINTS

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "handleiding"


def guide_text() -> str:
    """meldingen.md with its line breaks undone, as a reader sees the sentences."""
    return " ".join((GUIDE / "meldingen.md").read_text(encoding="utf-8").split())


# Why the reader refuses a file is the last part of one message ("'…' kan niet worden
# gepubliceerd: …"); the guide lists the reasons under that heading.
DETAIL_AREAS = ("refusal",)


@pytest.mark.parametrize("text", [
    *[nl for _, nl in PATTERN_HINTS.values()],
    *[message.nl.split(" ({")[0].split("{")[0] for area in DETAIL_AREAS
      for message in messages.AREAS[area].values()]])
def test_every_message_detail_is_explained(text):
    assert text in guide_text()


# Messages of woo nieuw, which asks its questions itself: not in the catalogue.
SCRIPT_SECTION = "Bij het aanmaken van een dossier"


def headings() -> list[str]:
    """The guide's message headings (### under a ## section), but those of the script section."""
    text = (GUIDE / "meldingen.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    return [h for section in sections if not section.startswith(SCRIPT_SECTION)
            for h in re.findall(r"^### (.+)$", section, re.MULTILINE)]


# (A template that is only a parameter, such as jsonschema's own words, has nothing to explain.)
@pytest.mark.parametrize("code", sorted(code for area, table in messages.AREAS.items()
                                         if area not in DETAIL_AREAS for code in table
                                         if messages.guide_heading(code).strip("… ")))
def test_every_code_has_a_heading_in_the_guide(code):
    assert messages.guide_heading(code) in headings(), (
        f"docs/handleiding/meldingen.md has no heading '### {messages.guide_heading(code)}'")


def test_no_heading_names_a_message_that_is_gone():
    known = {messages.guide_heading(code) for code in messages.CATALOGUE}
    assert [h for h in headings() if h not in known] == []


def slug(heading: str) -> str:
    """The anchor Python-Markdown's toc gives a heading."""
    text = re.sub(r"[^\w\s-]", "", heading.replace("`", "")).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def test_links_between_guide_pages_resolve():
    anchors = {page.name: {slug(h) for h in re.findall(r"^#+ (.+)$", page.read_text("utf-8"),
                                                       re.MULTILINE)}
               for page in GUIDE.glob("*.md")}
    links = [(page.name, target, anchor) for page in GUIDE.glob("*.md") for target, anchor in
             re.findall(r"\]\(([\w-]+\.md)(?:#([\w-]+))?\)", page.read_text("utf-8"))]
    assert len(links) > 10
    for source, target, anchor in links:
        assert target in anchors, f"{source} links to missing {target}"
        assert not anchor or anchor in anchors[target], f"{source}: {target}#{anchor}"


def test_the_guide_names_every_page():
    index = (GUIDE / "index.md").read_text(encoding="utf-8")
    for page in GUIDE.glob("*.md"):
        assert page.name == "index.md" or f"]({page.name})" in index, page.name
