"""Random boxes, images and annotations over, beside and under a word are judged as drawn.

The oracle knows only geometry and drawing order: a word is hidden when a cover
drawn after it (an annotation is always drawn after the page) lies over the
whole word, or when it lies on a cover of its own colour. Covers are kept
clearly over or clearly beside the word (a margin of 2 points): a cover across
part of a word is a matter of degree, not of right or wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from fpdf import FPDF
from hiding_pdfs import BLACK_IMAGE, image, page_pdf, text
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from woo_dossiers.annex.visibility import hidden_text

WORD, X, Y, SIZE = "Kwatrijnen", 200.0, 500.0, 12.0
MARGIN = 2.0


def _word_box() -> tuple[float, float, float, float]:
    """left, bottom, right, top of the word's glyphs, from Helvetica's own metrics (fpdf2)."""
    pdf = FPDF(unit="pt")
    pdf.set_font("helvetica", size=SIZE)
    width = pdf.get_string_width(WORD)
    return X, Y - 0.25 * SIZE, X + width, Y + 0.75 * SIZE  # "j" descends; "K" rises


BOX = _word_box()


@dataclass(frozen=True)
class Cover:
    kind: str  # "shape", "image" or "annotation"
    grey: float  # 0 black .. 1 white
    after: bool  # drawn after the word (an annotation always is)
    rect: tuple[float, float, float, float]  # left, bottom, right, top

    def over_word(self) -> bool:
        left, bottom, right, top = self.rect
        return (left <= BOX[0] - MARGIN and bottom <= BOX[1] - MARGIN
                and right >= BOX[2] + MARGIN and top >= BOX[3] + MARGIN)

    def beside_word(self) -> bool:
        left, bottom, right, top = self.rect
        return (right <= BOX[0] - MARGIN or left >= BOX[2] + MARGIN
                or top <= BOX[1] - MARGIN or bottom >= BOX[3] + MARGIN)

    def on_top(self) -> bool:
        return self.after or self.kind == "annotation"


@st.composite
def covers(draw: st.DrawFn) -> Cover:
    kind = draw(st.sampled_from(["shape", "image", "annotation"]))
    grey = draw(st.sampled_from([0.0, 0.0, 0.15, 0.5, 0.85, 1.0]))
    after = draw(st.booleans())
    if draw(st.booleans()):  # over the word, reaching out by a random margin on each side
        out = [draw(st.floats(MARGIN, 40)) for _ in range(4)]
        rect = (BOX[0] - out[0], BOX[1] - out[1], BOX[2] + out[2], BOX[3] + out[3])
        return Cover(kind, grey, after, rect)
    left = draw(st.floats(BOX[0] - 80, BOX[2] + 20))
    bottom = draw(st.floats(BOX[1] - 60, BOX[3] + 20))
    width = draw(st.floats(4, 160))
    height = draw(st.floats(4, 80))
    cover = Cover(kind, grey, after, (left, bottom, left + width, bottom + height))
    assume(cover.beside_word())
    return cover


def _page(cover_list: list[Cover]) -> bytes:
    before, after, annotations, images = [], [], [], []
    for cover in cover_list:
        left, bottom, right, top = cover.rect
        if cover.kind == "annotation":
            annotations.append(b"<< /Type /Annot /Subtype /Square /Rect [%.2f %.2f %.2f %.2f] "
                               b"/C [%.2f %.2f %.2f] /IC [%.2f %.2f %.2f] >>"
                               % (left, bottom, right, top, *[cover.grey] * 6))
            continue
        if cover.kind == "shape":
            drawing = (f"{cover.grey:.2f} g {left:.2f} {bottom:.2f} {right - left:.2f} "
                       f"{top - bottom:.2f} re f\n")
        else:
            images.append(cover.grey)
            drawing = (f"q {right - left:.2f} 0 0 {top - bottom:.2f} {left:.2f} {bottom:.2f} cm "
                       f"/Im{len(images)} Do Q\n")
        (after if cover.after else before).append(drawing)
    content = "".join(before) + text(WORD, X, Y, SIZE, "0 g") + "".join(after)
    first_image = 6 + len(annotations)
    xobjects = b" ".join(b"/Im%d %d 0 R" % (n + 1, first_image + n) for n in range(len(images)))
    annots = b" ".join(b"%d 0 R" % (6 + n) for n in range(len(annotations)))
    pictures = [image(1, 1, bytes([round(g * 255)]), compress=False) if g else BLACK_IMAGE
                for g in images]
    return page_pdf(content, resources=b"/XObject << %s >>" % xobjects,
                    page=b"/Annots [%s]" % annots, extra=[*annotations, *pictures])


def _hidden_by(cover_list: list[Cover]) -> list[Cover]:
    """The covers that hide the word by the oracle's rules."""
    on_top = [c for c in cover_list if c.on_top() and c.over_word()]
    if on_top:
        return on_top
    # Under the word: only the topmost cover under it decides its background.
    under = [c for c in cover_list if not c.on_top() and c.over_word()]
    return under[-1:] if under and under[-1].grey == 0.0 else []


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(st.lists(covers(), min_size=1, max_size=3))
def test_a_word_is_hidden_exactly_when_the_drawing_hides_it(cover_list):
    spots = hidden_text(_page(cover_list))
    hiders = _hidden_by(cover_list)
    if not hiders:
        assert spots == [], cover_list
        return
    [spot] = spots
    assert spot.words == 1
    if len(hiders) == 1 and hiders[0].on_top():
        assert spot.kind == hiders[0].kind
    elif not hiders[0].on_top():
        assert spot.kind == "same-colour"
