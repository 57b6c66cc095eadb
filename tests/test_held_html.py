"""Our HTML blocks pass through Markdown as one comment each and come back as they were
(render/held.py): the page is the one Markdown makes of the block itself, and the anchors
in a held block are anchors links may name."""

from __future__ import annotations

import markdown
import pytest
from sitebuild import build_site, make_project
from woo_dossiers.render.held import START, anchor_ids, hold, put_back, whole

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"


@pytest.mark.parametrize("block", [
    '<div class="woo-table-wrap" role="region">\n<table>\n<tbody>\n<tr id="onderdeel-1"><td>a</td></tr>\n</tbody>\n</table>\n</div>\n',
    "\n<dl><dt>Wet</dt><dd>Woo</dd></dl>",
    "<p>Een tekst met &lt;!-- geen commentaar --&gt; erin.</p>\n",
    '<ul>\n\n<li><a name="oud">een lege regel in het blok</a></li>\n\n</ul>\n',
])
def test_a_held_block_comes_back_as_markdown_passes_it(block: str) -> None:
    page = f"# Titel\n\n{block}\nTekst *erna*.\n"
    held = f"# Titel\n\n{hold(block)}\nTekst *erna*.\n"
    assert START in held
    back, anchors = put_back(markdown.markdown(held))
    assert back == markdown.markdown(page)
    assert anchors == anchor_ids(block)
    assert whole(held) == page


@pytest.mark.parametrize("block", [
    "Markdown, geen HTML\n",  # does not begin with a tag
    "<p>Een eigen commentaar <!-- dat hier eindigt --></p>\n",  # would end the comment early
    "",
])
def test_what_cannot_be_held_goes_to_markdown_as_it_is(block: str) -> None:
    assert hold(block) == block


def test_anchor_ids_are_those_mkdocs_finds_in_raw_html() -> None:
    block = ('<table id="t&amp;1"><tr id="onderdeel-2" data-id="nee"><td><a name="oud" '
             'href="#x">a</a><span name="geen">b</span></td></tr></table>')
    assert anchor_ids(block) == {"t&1", "onderdeel-2", "oud"}


def test_a_link_to_an_anchor_in_a_held_answer_table_is_checked(tmp_path) -> None:
    """The answer table's rows (onderdeel-<n>) are held; a letter linking another decision's
    row is checked against them: a row that is there passes --strict, one that is not warns."""
    project = make_project(tmp_path, [SEED, CAS])
    letter = project / "dossiers" / SEED / "decision.md"
    text = letter.read_text("utf-8")
    letter.write_text(text + f"\nZie [onderdeel 1](../{CAS}/index.md#onderdeel-1).\n", "utf-8")
    built = build_site(project)
    assert built.ok, built.warnings()
    letter.write_text(text + f"\nZie [onderdeel 99](../{CAS}/index.md#onderdeel-99).\n", "utf-8")
    built = build_site(project, strict=False)
    assert "onderdeel-99" in built.warnings()
    assert "onderdeel-1'" not in built.warnings()
