"""What the letter check lets through: ordinary letters must never be refused.

The refusals themselves are in the corpus (tests/hostile/letter-*); these are
the near misses a real decision letter contains.
"""

from __future__ import annotations

import pytest
from woo_dossiers.checks.sanitise import active_content, dangerous_url

ACCEPTED = [
    "Data: zie bijlage 3.",
    "Zie noot [1] (data: 2021).",
    "Zie <https://wetten.overheid.nl/BWBR0045754/>.",
    "Zie [de Woo](https://wetten.overheid.nl/BWBR0045754/) en [Ad 6](#ad-6).",
    '<a href="#ad-6">Ad 6</a> en <a href="mailto:woo@example.org">mail</a>',
    "Het systeem heet *onclick* en het script heet `javascript`.",
    '<table><tr><td colspan="2">Onderdeel</td></tr></table>',
    "## Ad 6 {#ad-6 .klasse}",
    "De inventarislijst (data.csv) staat in [bijlage 1](bijlage-1.pdf).",
    # Comments that only look like the site's held-HTML marker (render/held.py): the build
    # leaves them comments, so they are no way round the check.
    "<!-- gewoon commentaar -->",
    "<!-- woo-held: met een spatie ervoor -->",
    "<!--Woo-Held:<b>andere hoofdletters</b>-->",
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_ordinary_letter_text_is_accepted(text):
    assert active_content(text) == []


@pytest.mark.parametrize(("url", "scheme"), [
    ("javascript:alert(1)", "javascript:"),
    ("  JAVASCRIPT:alert(1)", "javascript:"),
    ("java\nscript:alert(1)", "javascript:"),
    ("&#106;avascript:alert(1)", "javascript:"),
    ("\x01javascript:alert(1)", "javascript:"),
    ("VBScript:msgbox", "vbscript:"),
    ("data:text/html;base64,PHNjcmlwdD4=", "data:"),
    ("https://example.org/javascript:", None),
    ("./data:x", None),
])
def test_dangerous_url_reads_the_scheme_as_a_browser_does(url, scheme):
    assert dangerous_url(url) == scheme


def test_each_finding_names_its_own_line():
    text = "Geachte heer,\n\n<script>a()</script>\n\nZie [x](javascript:b()).\n"
    assert [f.line for f in active_content(text)] == [3, 5]


def test_a_text_that_crashes_the_renderer_leaves_nothing_for_the_next():
    """The check keeps one Markdown converter per thread; a text that breaks it mid-way
    (a RecursionError) must not make it blind to the next text's script."""
    crashing = "* " * 3000 + "x\n"
    assert [f.code for f in active_content(crashing)] == ["markdown-unrenderable"]
    assert [f.code for f in active_content("Zie <scr<script>ipt>alert(1)</script>\n")] == ["html-element"]
    # The same heading twice in one text, and then in the next: ids are not carried over.
    assert active_content("# Kop\n\n# Kop\n") == []
    assert active_content("# Kop\n") == []
