"""What a reader cannot see is found: one page per way of hiding text, and honest look-alikes.

Each page is judged by `visibility.hidden_text`, which renders it with PDFium;
the pages are in `hiding_pdfs.py`. Through a real build: `test_annex_site.py`.
"""

from __future__ import annotations

import pytest
from hiding_pdfs import BLACK_LABEL, HIDDEN, HONEST, SECRET_BOX
from woo_dossiers.annex.visibility import hidden_text


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_hidden_text_is_found_with_what_hides_it(name):
    kind, make = HIDDEN[name]
    [spot] = hidden_text(make())
    assert (spot.page, spot.kind, spot.words) == (1, kind, 2)


@pytest.mark.parametrize("name", sorted(HONEST))
def test_honest_look_alikes_hide_nothing(name):
    assert hidden_text(HONEST[name]()) == []


def test_the_spot_is_where_the_words_are_seen_from_the_top_left():
    _kind, make = HIDDEN["black-box-after-text"]
    [spot] = hidden_text(make())
    left, top, right, bottom = spot.boxes[0]  # "Jan", the first hidden word
    assert left == pytest.approx(SECRET_BOX[0], abs=1)
    assert top == pytest.approx(842 - SECRET_BOX[3], abs=1.5)
    assert bottom == pytest.approx(842 - SECRET_BOX[1], abs=1.5)
    assert SECRET_BOX[0] < right < SECRET_BOX[2]


def test_a_ground_printed_black_on_the_black_box_is_unreadable_not_hidden():
    # "5.1.2.e" leaks nothing, but the public cannot read why the words were withheld.
    [spot] = hidden_text(BLACK_LABEL())
    assert (spot.kind, spot.words) == ("unreadable-ground", 1)
