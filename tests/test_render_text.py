"""Answers in the table: the shortcut for plain sentences gives exactly Markdown's HTML."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from woo_dossiers.render.text import _PLAIN_ANSWER, answer_html, markdown_answer

# Letters and digits, the punctuation the shortcut accepts, and what Markdown gives meaning to.
ALPHABET = "abcXYZéëßØ019 ,.;:?!'\"()%/€-_*`[]<>&#\\\n\t+=|~^{}\u00a0\u2019"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_any_answer_renders_as_markdown_would(text):
    assert answer_html(text) == markdown_answer(text)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="abcXé019 ,.;:?!'\"()%/€-", min_size=1, max_size=30))
def test_answers_near_the_shortcut_render_as_markdown_would(text):
    # Mostly strings the shortcut accepts: the edge of what it may take.
    assert answer_html(text) == markdown_answer(text)


@pytest.mark.parametrize("text", [
    "CAS is binnen de politie ontwikkeld; er is niet aanbesteed.",
    "Zie het besluit van 3 juni 2021 (kenmerk 2021/0123), bijlage 2.",
    "Doorgezonden naar de gemeente Zwolle, afdeling Veiligheid.",
    "Valt buiten de Woo: het gaat om 'persoonlijke' notities?",
])
def test_plain_sentences_take_the_shortcut_and_match_markdown(text):
    assert _PLAIN_ANSWER.fullmatch(text)
    assert answer_html(text) == markdown_answer(text) == f"<p>{text}</p>"


@pytest.mark.parametrize("text", [
    "1. eerste punt",
    "- een lijst",
    "# kop",
    "Zie **vet** en _schuin_.",
    "Zie [de wet](https://wetten.overheid.nl/).",
    "Eerste regel\nTweede regel",
    "A & B <b>niet vet</b>",
    " met spatie ervoor",
])
def test_markup_goes_through_markdown(text):
    assert not _PLAIN_ANSWER.fullmatch(text)
    assert answer_html(text) == markdown_answer(text)
