"""The redaction scan's fast path: which pages skip following the drawing operators.

A page takes the fast path only if no shape can be filled after its text; the
text and the findings must be the same either way.
"""

from __future__ import annotations

import io
import random

from annex_pdfs import FONT, fpdf_document, raw_pdf, simple_pdf, stream, text_content
from fpdf import FPDF
from pypdf import PdfReader
from pypdf.generic import ContentStream, DecodedStreamObject
from woo_dossiers.annex.examine import examine_bytes, examine_file
from woo_dossiers.annex.fills import needs_tracked_scan
from woo_dossiers.annex.redaction import scan_page, tracked_scan

SECRET = text_content("Geheime naam", x=100, y=500)
BOX = b"0 0 0 rg 95 495 120 20 re f"  # black, over SECRET


def pages(data: bytes | FPDF):
    raw = bytes(data.output()) if isinstance(data, FPDF) else data
    return PdfReader(io.BytesIO(raw)).pages


def page(data: bytes | FPDF):
    return pages(data)[0]


def with_xobject(content: bytes, xobject: bytes, form_resources: bytes = b"") -> bytes:
    """One page that draws `content` and has `xobject` as /X1 among its resources."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>",
        FONT,
        stream(content),
        stream(xobject, b" /Type /XObject /Subtype /Form /BBox [0 0 595 842]" + form_resources),
    ])


def fake_redactions(data: bytes | FPDF) -> list[str]:
    raw = bytes(data.output()) if isinstance(data, FPDF) else data
    return [f.message for f in examine_bytes(raw).findings if f.code == "fake-redaction"]


def test_a_text_only_page_takes_the_fast_path():
    assert not needs_tracked_scan(page(fpdf_document(["Besluit op uw verzoek", "Tweede regel"])))
    assert not needs_tracked_scan(page(simple_pdf(text_content("Hallo", "wereld"))))


def test_a_page_without_text_takes_the_tracked_scan_so_a_broken_stream_is_still_damage(tmp_path):
    # Plain extraction would skip a stream without text operators; the tracked scan parses it.
    assert needs_tracked_scan(page(simple_pdf(b"0 0 m 10 10 l S")))
    broken = tmp_path / "a.pdf"
    broken.write_bytes(simple_pdf(b"0 0 m ) l S"))
    assert examine_file(broken) == (
        "the PDF is damaged and cannot be read (PdfReadError: Invalid Elementary Object "
        "starting with b')' @6: b'0 0 m ) l S')")


def test_a_black_box_over_text_takes_the_tracked_scan_and_is_found():
    data = simple_pdf(SECRET + b"\n" + BOX)
    assert needs_tracked_scan(page(data))
    [message] = fake_redactions(data)
    assert message.startswith("page 1: 2 word(s) lie under a black box")


def test_shapes_filled_before_any_text_cannot_hide_it():
    # A background or a dark bar under a white heading comes first: text drawn later is visible.
    data = simple_pdf(BOX + b"\n1 g " + SECRET + b"\n0 g 70 100 50 1 re S")
    assert not needs_tracked_scan(page(data))
    assert fake_redactions(data) == []


def test_a_fill_after_text_in_odd_but_valid_syntax_is_not_missed():
    for content in [
        SECRET + b"\n0 g 95 495 120 20 re\nf*",
        SECRET + b"(x)Tj 0 g 95 495 120 20 re(ignored)f",  # an operator right after a string
        SECRET + b"\n0 g 95 495 120 20 re 1f",  # pypdf reads '1f' as the number 1 and then f
        b"BT /F1 12 Tf 100 500 Td[(Geheime)-250(naam)]TJ ET 0 g 95 495 120 20 re B",
        b"BT /F1 12 Tf 100 500 Td (Geheime naam)' ET\r0 g 95 495 120 20 re\nb*",
    ]:
        assert needs_tracked_scan(page(simple_pdf(content))), content
        assert fake_redactions(simple_pdf(content)), content


def test_fills_inside_strings_comments_and_tags_are_not_operators():
    content = (b"/P <</MCID 0 /Lang (nl-NL) /Attached [/Top]>> BDC " + SECRET.replace(
        b"(Geheime naam) Tj", b"[(f)20(B)-30(b*)<0046>]TJ (a \\) f) Tj")
        + b" EMC % 0 0 9 9 re f\n")
    assert not needs_tracked_scan(page(simple_pdf(content)))


def test_what_cannot_be_lexed_for_certain_takes_the_tracked_scan():
    for content in [
        SECRET + b" (a (b (c) d) e) Tj",  # strings nested deeper than one level
        SECRET + b" /P <</MCID 0 /Odd true>> BDC EMC",  # a dictionary outside the simple shapes
        SECRET + b" BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI",  # an inline image
    ]:
        assert needs_tracked_scan(page(simple_pdf(content))), content


def test_a_box_drawn_by_a_form_xobject_is_still_caught():
    # pypdf only follows a form that has resources of its own, so only then do we see its box.
    data = with_xobject(SECRET + b"\n/X1 Do", BOX, b" /Resources << /Font << /F1 4 0 R >> >>")
    assert needs_tracked_scan(page(data))
    [message] = fake_redactions(data)
    assert message.startswith("page 1: 2 word(s) lie under a black box")


def test_a_form_or_image_without_fills_keeps_the_fast_path():
    logo = with_xobject(SECRET + b"\nq /X1 Do Q", b"0 0 1 RG 10 10 m 50 50 l S",
                        b" /Resources << >>")
    assert not needs_tracked_scan(page(logo))
    image = raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
        FONT,
        stream(SECRET + b"\nq 100 0 0 100 0 0 cm /Im1 Do Q"),
        stream(b"\x00", b" /Type /XObject /Subtype /Image /Width 1 /Height 1 "
                        b"/ColorSpace /DeviceGray /BitsPerComponent 8"),
    ])
    assert not needs_tracked_scan(page(image))


def test_the_fast_path_gives_the_tracked_scan_s_text_and_findings():
    table = FPDF()
    table.add_page()
    table.set_font("helvetica", size=11)
    table.set_fill_color(200, 200, 200)
    for row in range(8):
        table.cell(60, 8, text=f"Rij {row}", border=1, fill=row % 2 == 0)
        table.cell(60, 8, text="waarde", border=1, new_x="LMARGIN", new_y="NEXT")
    documents = [
        fpdf_document(["Eerste pagina", "met twee regels"], ["Tweede"], []),
        table,
        simple_pdf(SECRET + b"\n" + BOX),
        simple_pdf(BOX + b"\n" + SECRET),
        with_xobject(SECRET + b"\n/X1 Do", BOX, b" /Resources << /Font << /F1 4 0 R >> >>"),
    ]
    for document in documents:
        for each in pages(document):
            assert scan_page(each) == tracked_scan(each)


# --- the lexer against pypdf's own parser on random content streams --------------------

_TOKENS = [
    b"f", b"f*", b"F", b"B", b"B*", b"b", b"b*", b"re", b"0", b"1.5", b"-2", b"Tj", b"TJ", b"'",
    b'"', b"Do", b"/X1", b"BT", b"ET", b"q", b"Q", b"(", b")", b"\\", b"(x)", b"(f)", b"<", b">",
    b"<<", b">>", b"<4146>", b"/A", b"[", b"]", b"%", b"fals", b"false", b"true", b"null", b"*",
    b"stream\n", b"BI", b"ID", b"EI", b"{", b"}", b"\r", b"\n", b"\x00", b"endobj", b"1 0 R",
]


def _operators(content: bytes) -> list[bytes] | None:
    """The operators pypdf reads from `content`, or None if it cannot read them."""
    holder = DecodedStreamObject()
    holder.set_data(content)
    try:
        return [operator for _, operator in ContentStream(holder, None, "bytes").operations]
    except Exception:
        return None  # text extraction fails the same way on both paths


def test_the_lexer_never_misses_what_pypdf_reads():
    rng = random.Random(6)
    fills = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
    shows = {b"Tj", b"TJ", b"'", b'"', b"Do"}
    fast = 0
    for _ in range(3000):
        tokens = rng.choices(_TOKENS, k=rng.randint(1, 14))
        content = b"".join(t + rng.choice([b" ", b" ", b"", b"\n"]) for t in tokens)
        operators = _operators(content)
        if operators is None:
            continue
        # /X1 is a form that fills a shape, so drawing it must also take the tracked scan.
        data = with_xobject(content, b"0 g 0 0 10 10 re f", b" /Resources << /Font << /F1 4 0 R >> >>")
        first_show = next((n for n, op in enumerate(operators) if op in shows), None)
        must_track = b"INLINE IMAGE" in operators or b"Do" in operators or (
            first_show is not None and any(op in fills for op in operators[first_show:]))
        verdict = needs_tracked_scan(page(data))
        assert verdict or not must_track, content
        fast += not verdict
    assert fast > 50  # the test exercises the fast path, not only the safe answer
