"""Privacy and safety checks on annexes: each finding and its message."""

from __future__ import annotations

from pathlib import Path

import pytest
from annex_pdfs import (
    append_update,
    fpdf_document,
    simple_pdf,
    stream,
    text_content,
    write,
)
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from woo_dossiers.annex import Finding, PdfFacts, read_pdfs


def facts_of(path: Path) -> PdfFacts:
    result = read_pdfs([path])[path]
    assert isinstance(result, PdfFacts), result
    return result


def findings(path: Path, code: str | None = None) -> list[Finding]:
    return [f for f in facts_of(path).findings if code is None or f.code == code]


# --- active content -------------------------------------------------------------------

ACTIVE = "active content is not allowed in a published annex"


def test_javascript_with_hex_obfuscated_names_is_found(tmp_path):
    # /J#61vaScript is /JavaScript and /J#53 is /JS: a byte search misses both.
    data = simple_pdf(text_content("Hallo"),
                      catalog=b"/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>")
    assert b"/JavaScript" not in data and b"/JS " not in data
    messages = [f.message for f in findings(write(tmp_path / "a.pdf", data), "active-content")]
    assert messages == [
        "the PDF contains JavaScript (a script that can run when the file is opened or "
        f"clicked); {ACTIVE}. Export or print the document to a plain PDF again (without "
        "scripts, attachments or forms) and replace the file",
        f"the PDF contains an action that runs when the file is opened; {ACTIVE}. Export or "
        "print the document to a plain PDF again (without scripts, attachments or forms) "
        "and replace the file",
    ]
    assert all(f.severity == "error" for f in findings(tmp_path / "a.pdf", "active-content"))


def test_javascript_in_a_document_name_tree(tmp_path):
    data = simple_pdf(text_content("Hallo"), catalog=b"/Names << /JavaScript 6 0 R >>",
                      extra=[b"<< /Names [(a) << /S /JavaScript /JS (x) >>] >>"])
    [finding] = findings(write(tmp_path / "a.pdf", data), "active-content")
    assert finding.message.startswith("the PDF contains JavaScript")


def test_an_open_action_that_only_shows_page_one_is_fine(tmp_path):
    data = simple_pdf(text_content("Hallo"), catalog=b"/OpenAction [3 0 R /Fit]")
    assert findings(write(tmp_path / "a.pdf", data)) == []


def test_launch_action_on_a_link(tmp_path):
    annot = (b"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] "
             b"/A << /S /Launch /F (calc.exe) >> >>")
    data = simple_pdf(text_content("Hallo"), page=b"/Annots [6 0 R]", extra=[annot])
    [finding] = findings(write(tmp_path / "a.pdf", data), "active-content")
    assert finding.message.startswith(
        "the PDF contains a Launch action (it can start another program);")


def test_page_actions(tmp_path):
    data = simple_pdf(text_content("Hallo"), page=b"/AA << /O << /S /GoTo /D [3 0 R /Fit] >> >>")
    [finding] = findings(write(tmp_path / "a.pdf", data), "active-content")
    assert finding.message.startswith(
        "the PDF contains actions triggered by opening pages or fields (/AA);")


def test_embedded_file(tmp_path):
    source = write(tmp_path / "plain.pdf", fpdf_document(["Hallo"]))
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.add_attachment("namen.xlsx", b"Jansen;Pietersen")
    path = tmp_path / "a.pdf"
    with path.open("wb") as out:
        writer.write(out)
    [finding] = findings(path, "active-content")
    assert finding.message.startswith(
        "the PDF contains an embedded file (an attachment hidden inside the PDF);")


def test_xfa_form(tmp_path):
    data = simple_pdf(text_content("Hallo"), catalog=b"/AcroForm << /Fields [] /XFA 6 0 R >>",
                      extra=[stream(b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'/>")])
    [finding] = findings(write(tmp_path / "a.pdf", data), "active-content")
    assert finding.message.startswith(
        "the PDF contains an XFA form (a form with its own program logic);")


# --- links and actions that leave the annex ------------------------------------------

LINK = ("a published annex may only link to web pages (http:// or https://), e-mail addresses "
        "(mailto:) and its own pages. Remove the link or make it a normal web address, and "
        "export the PDF again")


def _linked(*actions: bytes) -> bytes:
    """A page with a link annotation for each action."""
    annots = [b"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A %s >>" % action
              for action in actions]
    refs = b" ".join(b"%d 0 R" % number for number in range(6, 6 + len(annots)))
    return simple_pdf(text_content("Hallo"), page=b"/Annots [%s]" % refs, extra=annots)


def _bookmarked(action: bytes) -> bytes:
    """A bookmark that runs `action` when clicked."""
    return simple_pdf(text_content("Hallo"), catalog=b"/Outlines 6 0 R", extra=[
        b"<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
        b"<< /Title (Bijlage) /Parent 6 0 R /A %s >>" % action])


def _uri(address: bytes) -> bytes:
    return b"<< /S /URI /URI %s >>" % address


NOT_WEB = "leads to a '{}:' address instead of a web page or e-mail address"
NO_SCHEME = ("leads to an address without http://, https:// or mailto: (a browser would look "
             "for it on this website's server)")


REFUSED_LINKS = [
    (_uri(b"(javascript:app.alert(1))"), NOT_WEB.format("javascript")),
    # Case, a leading space and control character, a tab inside: a browser ignores them all.
    (_uri(b"( \\001JaVa\\tScRiPt:app.alert\\(1\\))"), NOT_WEB.format("javascript")),
    (_uri(b"<66696C653A2F2F2F6574632F706173737764>"), NOT_WEB.format("file")),  # hex string
    (_uri(b"(data:text/html;base64,PHNjcmlwdD4=)"), NOT_WEB.format("data")),
    (_uri(b"(tel:+31201234567)"), NOT_WEB.format("tel")),
    (b"<< /S /U#52I /URI (file:///C:/Windows) >>", NOT_WEB.format("file")),  # hex-escaped name
    (_uri(b"(bijlage-2.pdf)"), NO_SCHEME),
    (_uri(b"(../../beheer/)"), NO_SCHEME),
    (_uri(b"(//example.org/x)"), NO_SCHEME),
    (_uri(b"()"), NO_SCHEME),
    (_uri(b"/https://example.org"), NO_SCHEME),  # a name, not a string: no address at all
    (b"<< /S /GoToR /F (andere.pdf) /D [0 /Fit] >>", "opens another file (a GoToR action)"),
    (b"<< /S /G#6FToR /F (andere.pdf) /D [0 /Fit] >>", "opens another file (a GoToR action)"),
    (b"<< /S /GoToE /T << /R /C /N (x) >> >>",
     "opens a file embedded in another PDF (a GoToE action)"),
    (b"<< /S /ImportData /F (gegevens.fdf) >>",
     "imports data from another file (an ImportData action)"),
    (b"<< /S /SubmitForm /F << /FS /URL /F (https://example.org/) >> >>",
     "sends form fields to an address (a SubmitForm action)"),
    (b"<< /S /ResetForm >>", "clears form fields (a ResetForm action)"),
]


@pytest.mark.parametrize(("action", "what"), REFUSED_LINKS)
def test_a_link_that_leaves_the_annex_is_refused(tmp_path, action, what):
    [finding] = findings(write(tmp_path / "a.pdf", _linked(action)), "link-target")
    assert (finding.severity, finding.message) == (
        "error", f"the PDF contains a link or action that {what}; {LINK}")


@pytest.mark.parametrize(("data", "scheme"), [
    (_bookmarked(_uri(b"(javascript:x)")), "javascript"),
    (_linked(b"<< /S /GoTo /D [3 0 R /Fit] /Next << /S /URI /URI (file:///x) >> >>"), "file"),
])
def test_an_action_on_a_bookmark_or_chained_after_another_counts_too(tmp_path, data, scheme):
    [finding] = findings(write(tmp_path / "a.pdf", data), "link-target")
    assert finding.message == f"the PDF contains a link or action that {NOT_WEB.format(scheme)}; {LINK}"


@pytest.mark.parametrize("action", [
    _uri(b"(https://www.rijksoverheid.nl/woo?a=1&b=2)"),
    _uri(b"(HTTP://EXAMPLE.ORG/)"),
    _uri(b"(mailto:woo@example.org)"),
    b"<< /S /GoTo /D [3 0 R /Fit] >>",
    b"<< /S /Named /N /NextPage >>",
])
def test_web_mail_and_internal_links_are_fine(tmp_path, action):
    assert findings(write(tmp_path / "a.pdf", _linked(action))) == []


def test_a_link_by_destination_is_fine(tmp_path):
    annot = b"<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /Dest [3 0 R /Fit] >>"
    data = simple_pdf(text_content("Hallo"), page=b"/Annots [6 0 R]", extra=[annot])
    assert findings(write(tmp_path / "a.pdf", data)) == []


def test_the_message_never_repeats_the_address(tmp_path):
    data = _linked(_uri(b"(javascript:" + b"A" * 5000 + b")"), _uri(b"(" + b"x" * 300 + b":y)"))
    messages = [f.message for f in findings(write(tmp_path / "a.pdf", data), "link-target")]
    assert messages == [f"the PDF contains a link or action that {NOT_WEB.format(scheme)}; {LINK}"
                        for scheme in ("javascript", "x" * 20 + "...")]


def test_many_odd_schemes_give_a_few_messages(tmp_path):
    data = _linked(*[_uri(b"(s%d:x)" % n) for n in range(50)])
    assert len(findings(write(tmp_path / "a.pdf", data), "link-target")) == 5


# --- personal metadata -----------------------------------------------------------------

CLEAN = "remove it with woo opschonen before publishing"


def test_author_in_document_properties_is_a_warning(tmp_path):
    path = write(tmp_path / "a.pdf", fpdf_document(["Hallo"], author="Piet Jansen"))
    [finding] = findings(path, "metadata-author")
    assert finding.severity == "warning"
    assert finding.message == (
        f"the PDF's document properties (field Author) name a person or organisation; {CLEAN}"
    )
    assert "Jansen" not in finding.message  # never echo personal data into build logs


def test_email_in_document_properties_is_an_error(tmp_path):
    path = write(tmp_path / "a.pdf", fpdf_document(["Hallo"], creator="p.jansen@minvenw.nl"))
    [finding] = findings(path, "metadata-email")
    assert finding.severity == "error"
    assert finding.message == (
        f"the PDF's document properties (field Creator) hold an e-mail address; {CLEAN}"
    )


def test_office_style_custom_field_naming_a_person(tmp_path):
    data = simple_pdf(text_content("Hallo"), extra=[b"<< /LastModifiedBy (P. Jansen) >>"],
                      trailer=b"/Root 1 0 R /Info 6 0 R")
    [finding] = findings(write(tmp_path / "a.pdf", data), "metadata-author")
    assert "(field LastModifiedBy)" in finding.message


XMP = b"""<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:creator><rdf:Seq><rdf:li>Piet Jansen</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">mail p.jansen@example.org</rdf:li>
</rdf:Alt></dc:description>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end='w'?>"""


def test_xmp_with_a_name_and_an_email_address(tmp_path):
    data = simple_pdf(text_content("Hallo"), catalog=b"/Metadata 6 0 R",
                      extra=[stream(XMP, b" /Type /Metadata /Subtype /XML", compress=True)])
    path = write(tmp_path / "a.pdf", data)
    assert [(f.severity, f.message) for f in findings(path)] == [
        ("error", f"the PDF's XMP metadata holds an e-mail address; {CLEAN}"),
        ("warning",
         f"the PDF's XMP metadata names a person or organisation (dc:creator); {CLEAN}"),
    ]


def test_empty_xmp_creator_is_fine(tmp_path):
    xmp = XMP.replace(b"Piet Jansen", b"").replace(b"mail p.jansen@example.org", b"Besluit")
    data = simple_pdf(text_content("Hallo"), catalog=b"/Metadata 6 0 R",
                      extra=[stream(xmp, b" /Type /Metadata /Subtype /XML")])
    assert findings(write(tmp_path / "a.pdf", data)) == []


# --- hidden text (every way: test_annex_visibility.py) ---------------------------------

def _redacted(fill: tuple[int, int, int], box_first: bool = False) -> FPDF:
    """A name with a box drawn over it; or with the box first, the name in white on it
    (as a table's header is)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.set_fill_color(*fill)
    pdf.set_xy(10, 8)
    pdf.cell(text="Openbaar deel van de tekst")
    if box_first:
        pdf.rect(10, 18, 60, 8, style="F")
        pdf.set_text_color(255)
    pdf.set_xy(12, 20)
    pdf.cell(text="Jan Jansen")
    if not box_first:
        pdf.rect(10, 18, 60, 8, style="F")
    return pdf


def test_text_under_a_black_box_is_hidden_text(tmp_path):
    path = write(tmp_path / "a.pdf", _redacted((0, 0, 0)))
    [finding] = findings(path, "hidden-text")
    assert finding.severity == "error"
    assert finding.message == (
        "page 1, 2.0 cm from the top and 1.3 cm from the left: 2 word(s) lie under a filled "
        "shape (such as a black box); they cannot be seen but are still in the file and can "
        "be copied or found by search. Remove the words themselves (covering or hiding them "
        "is not enough), for instance by applying the redaction in the redaction software, "
        "and export the PDF again"
    )
    assert "Jansen" not in finding.message
    assert finding.page == 1
    assert len(finding.boxes) == 2  # "Jan" and "Jansen", for the picture of the page


def test_a_light_box_hides_text_as_well_as_a_black_one(tmp_path):
    # Covering is covering: white-out or a light grey box hides the words just as well.
    for n, fill in enumerate([(30, 30, 30), (230, 230, 230), (255, 255, 255)]):
        assert findings(write(tmp_path / f"{n}.pdf", _redacted(fill)), "hidden-text"), fill


def test_text_on_top_of_a_dark_bar_is_fine(tmp_path):
    assert findings(write(tmp_path / "b.pdf", _redacted((0, 0, 0), box_first=True))) == []


def test_box_drawn_with_lines_and_a_transformation(tmp_path):
    content = (text_content("Openbaar", x=72, y=750) + b"\n"
               + text_content("Geheime naam", x=100, y=500)
               + b"\nq 2 0 0 2 0 0 cm 0 0 0 rg 45 245 m 120 245 l 120 260 l 45 260 l h f Q")
    [finding] = findings(write(tmp_path / "a.pdf", simple_pdf(content)), "hidden-text")
    assert finding.message.startswith("page 1, 11.7 cm from the top and 3.6 cm from the left: "
                                      "2 word(s) lie under a filled shape")


def test_redaction_marks_never_applied(tmp_path):
    annot = b"<< /Type /Annot /Subtype /Redact /Rect [70 740 200 765] >>"
    data = simple_pdf(text_content("Jan Jansen"), page=b"/Annots [6 0 R]", extra=[annot])
    [finding] = findings(write(tmp_path / "a.pdf", data), "unapplied-redaction")
    assert finding.message == (
        "page 1: redaction marks were drawn but never applied, so the text under them is "
        "still there; apply the redactions in the redaction software and export the PDF again"
    )


# --- earlier versions --------------------------------------------------------------------

def _updated(first: str, then: str) -> bytes:
    original = simple_pdf(text_content(first))
    return append_update(original, {5: stream(text_content(then))}, size=6)


def test_earlier_version_with_text_no_longer_visible(tmp_path):
    path = write(tmp_path / "a.pdf", _updated("Besluit over Jan Jansen", "Besluit over X"))
    assert facts_of(path).text == ("Besluit over X",)
    [finding] = findings(path, "earlier-version")
    assert finding.severity == "error"
    assert finding.message == (
        "the PDF keeps an earlier version of itself (incremental save) holding 2 word(s) "
        "that are no longer visible but can still be read; clean the file with "
        "woo opschonen (it rewrites the file without its history) and check the result"
    )


def test_earlier_version_that_only_added_text_is_fine(tmp_path):
    path = write(tmp_path / "a.pdf", _updated("Besluit", "Besluit en bijlage"))
    assert findings(path) == []


# --- text layer --------------------------------------------------------------------------

def test_pages_without_text_are_a_warning(tmp_path):
    pdf = fpdf_document(["Eerste pagina"], [], [], ["Vierde"], [])
    [finding] = findings(write(tmp_path / "a.pdf", pdf), "no-text")
    assert finding.severity == "warning"
    assert finding.message == (
        "pages 2-3, 5 (of 5) have no text layer (a scan?): it cannot be searched or read "
        "aloud by a screen reader; run text recognition (OCR) on the PDF"
    )


def test_a_single_scanned_page(tmp_path):
    [finding] = findings(write(tmp_path / "a.pdf", simple_pdf(b"")), "no-text")
    assert finding.message.startswith("page 1 (of 1) has no text layer (a scan?)")


def test_strike_through_and_underline_are_not_redaction(tmp_path):
    # Thin dark bars drawn after the text across and under it, as a strike-through,
    # an underline and a table rule are drawn: they cover no text.
    content = (text_content("Doorgehaalde tekst", x=72, y=700)
               + b"\n0 g 70 703 120 1 re f"  # strike-through at a third of the height
               + b"\n0 g 70 698 120 0.8 re f")  # underline just below the baseline
    assert findings(write(tmp_path / "a.pdf", simple_pdf(content))) == []
