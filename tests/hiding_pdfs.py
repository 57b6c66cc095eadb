"""One-page PDFs that hide text in every way we know, and honest pages that look alike.

Written byte by byte (`annex_pdfs.raw_pdf`) so each case is exactly the trick it
names. The secret is always the words SECRET in Helvetica 12 at (100, 700);
`SECRET_BOX` is where they are drawn, in points from the page's bottom left.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pypdfium2 as pdfium
from annex_pdfs import raw_pdf, simple_objects, stream

SECRET = "Jan Qvistorp"  # a name found nowhere else, so a leak of it is unmistakable
SECRET_BOX = (100, 700, 167, 709)  # left, bottom (the baseline), right, top of its glyphs
COVER = b"95 690 75 25"  # x y w h: a box over SECRET_BOX with a margin
VISIBLE = "BT /F1 12 Tf 72 760 Td (Besluit op het verzoek) Tj ET\n"


def text(words: str = SECRET, x: float = 100, y: float = 700, size: float = 12,
         prefix: str = "") -> str:
    return f"BT {prefix} /F1 {size:g} Tf {x:g} {y:g} Td ({words}) Tj ET\n"


def page_pdf(content: str | bytes, *, resources: bytes = b"", page: bytes = b"",
             catalog: bytes = b"", extra: list[bytes] | None = None,
             contents: bytes | None = None) -> bytes:
    """Objects 1-5: catalog, pages, page, font, content; `extra` from 6 on."""
    data = content.encode("latin-1") if isinstance(content, str) else content
    objects = simple_objects(data, resources=resources, page=page, catalog=catalog,
                             extra=extra, contents=contents or b"5 0 R")
    return raw_pdf(objects)


def image(width: int, height: int, pixels: bytes, compress: bool = True) -> bytes:
    """A DeviceGray image XObject of 8 bits a pixel."""
    extra = b" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray " \
            b"/BitsPerComponent 8" % (width, height)
    return stream(pixels, extra, compress=compress)


def form(content: str, bbox: bytes = b"0 0 595 842", resources: bytes | None = None) -> bytes:
    extra = b" /Type /XObject /Subtype /Form /BBox [%s]" % bbox
    if resources is not None:
        extra += b" /Resources " + resources
    return stream(content.encode("latin-1"), extra)


def annotated(annotation: bytes, *extra: bytes, content: str = VISIBLE + text()) -> bytes:
    """The secret with an annotation (object 6) over it; `extra` objects from 7 on."""
    return page_pdf(content, page=b"/Annots [6 0 R]", extra=[annotation, *extra])


def _appearance(content: str) -> bytes:
    return form(content, bbox=b"0 0 75 25")


def _noise(width: int, height: int, low: int, high: int, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, high) for _ in range(width * height))


def scan(lines: list[tuple[str, float, float]], black: list[tuple[int, int, int, int]] = (),
         ) -> bytes:
    """The grey pixels (595 x 842, a pixel a point) of a page printed with `lines`
    (text, x, y) and then blacked out in `black` boxes (x0, y0, x1, y1, from bottom left)."""
    content = "".join(text(words, x, y) for words, x, y in lines)
    document = pdfium.PdfDocument(page_pdf(content))
    bitmap = document[0].render(scale=1, grayscale=True)
    pixels = bytearray(bitmap.to_numpy().tobytes())
    width = bitmap.width
    for x0, y0, x1, y1 in black:
        for y in range(842 - y1, 842 - y0):
            pixels[y * width + x0:y * width + x1] = bytes(x1 - x0)
    document.close()
    return bytes(pixels)


def scanned_page(lines: list[tuple[str, float, float]], ocr: str,
                 black: list[tuple[int, int, int, int]] = (), ocr_first: bool = False) -> bytes:
    """A scan with a text layer (`ocr`: content drawn invisibly, or under the picture)."""
    picture = "q 595 0 0 842 0 0 cm /Scan Do Q\n"
    content = ocr + picture if ocr_first else picture + ocr
    return page_pdf(content, resources=b"/XObject << /Scan 6 0 R >>",
                    extra=[image(595, 842, scan(lines, black))])


BLACK_IMAGE = image(1, 1, b"\x00", compress=False)

# Each builds the bytes of a page whose secret cannot be seen, and the kind we expect.
HIDDEN: dict[str, tuple[str, Callable[[], bytes]]] = {
    "black-box-after-text": ("shape", lambda: page_pdf(
        VISIBLE + text() + f"0 g {COVER.decode()} re f\n")),
    "black-image": ("image", lambda: page_pdf(
        VISIBLE + text() + "q 75 0 0 25 95 690 cm /Im1 Do Q\n",
        resources=b"/XObject << /Im1 6 0 R >>", extra=[BLACK_IMAGE])),
    "scanned-black-strip": ("image", lambda: page_pdf(
        VISIBLE + text() + "q 75 0 0 25 95 690 cm /Im1 Do Q\n",
        resources=b"/XObject << /Im1 6 0 R >>", extra=[image(30, 10, _noise(30, 10, 0, 40))])),
    "square-annotation": ("annotation", lambda: annotated(
        b"<< /Type /Annot /Subtype /Square /Rect [95 690 170 715] /C [0 0 0] /IC [0 0 0] >>")),
    "square-annotation-appearance": ("annotation", lambda: annotated(
        b"<< /Type /Annot /Subtype /Square /Rect [95 690 170 715] /AP << /N 7 0 R >> >>",
        _appearance("0 g 0 0 75 25 re f"))),
    "highlight-black": ("annotation", lambda: annotated(
        b"<< /Type /Annot /Subtype /Highlight /Rect [95 690 170 715] /C [0 0 0] "
        b"/QuadPoints [95 715 170 715 95 690 170 690] >>")),
    "freetext-annotation": ("annotation", lambda: annotated(
        b"<< /Type /Annot /Subtype /FreeText /Rect [95 690 170 715] /DA (/Helv 12 Tf 0 g) "
        b"/Contents () /AP << /N 7 0 R >> >>", _appearance("0.1 g 0 0 75 25 re f"))),
    "ink-annotation": ("annotation", lambda: annotated(
        b"<< /Type /Annot /Subtype /Ink /Rect [90 680 175 725] /C [0 0 0] /BS << /W 30 >> "
        b"/InkList [[95 703 170 703]] >>")),
    "stamp-annotation": ("annotation", lambda: annotated(
        b"<< /Type /Annot /Subtype /Stamp /Rect [95 690 170 715] /AP << /N 7 0 R >> >>",
        stream(b"q 75 0 0 25 0 0 cm /Im1 Do Q", b" /Type /XObject /Subtype /Form "
               b"/BBox [0 0 75 25] /Resources << /XObject << /Im1 8 0 R >> >>"),
        BLACK_IMAGE)),
    "polygon-annotation": ("annotation", lambda: annotated(
        b"<< /Type /Annot /Subtype /Polygon /Rect [90 685 175 720] /C [0 0 0] /IC [0 0 0] "
        b"/Vertices [95 690 170 690 170 715 95 715] >>")),
    "box-in-form": ("shape", lambda: page_pdf(
        VISIBLE + text() + "/Fm1 Do\n", resources=b"/XObject << /Fm1 6 0 R >>",
        extra=[form(f"0 g {COVER.decode()} re f", resources=b"<< >>")])),
    "box-in-form-without-resources": ("shape", lambda: page_pdf(
        VISIBLE + text() + "/Fm1 Do\n", resources=b"/XObject << /Fm1 6 0 R >>",
        extra=[form(f"0 g {COVER.decode()} re f")])),
    "text-in-form-under-box": ("shape", lambda: page_pdf(
        VISIBLE + "/Fm1 Do\n" + f"0 g {COVER.decode()} re f\n",
        resources=b"/XObject << /Fm1 6 0 R >>",
        extra=[form(text(), resources=b"<< /Font << /F1 4 0 R >> >>")])),
    "box-in-later-content-stream": ("shape", lambda: page_pdf(
        VISIBLE + text(), contents=b"[5 0 R 6 0 R]",
        extra=[stream(b"0 g " + COVER + b" re f")])),
    "pattern-fill": ("shape", lambda: page_pdf(
        VISIBLE + text() + f"/Pattern cs /P0 scn {COVER.decode()} re f\n",
        resources=b"/Pattern << /P0 << /PatternType 2 /Shading << /ShadingType 2 "
                  b"/ColorSpace /DeviceGray /Coords [0 0 595 0] /Function << /FunctionType 2 "
                  b"/Domain [0 1] /C0 [0] /C1 [0.2] /N 1 >> >> >> >>")),
    "shading": ("shape", lambda: page_pdf(
        VISIBLE + text() + f"q {COVER.decode()} re W n /Sh0 sh Q\n",
        resources=b"/Shading << /Sh0 << /ShadingType 2 /ColorSpace /DeviceRGB "
                  b"/Coords [0 0 595 0] /Function << /FunctionType 2 /Domain [0 1] "
                  b"/C0 [0 0 0.1] /C1 [0.1 0 0] /N 1 >> >> >>")),
    "thick-stroke": ("shape", lambda: page_pdf(
        VISIBLE + text() + "0 G 30 w 92 703 m 172 703 l S\n")),
    "white-box": ("shape", lambda: page_pdf(
        VISIBLE + text() + f"1 g {COVER.decode()} re f\n")),
    "black-text-on-black-box": ("same-colour", lambda: page_pdf(
        VISIBLE + f"0 g {COVER.decode()} re f\n" + text())),
    "white-text-on-white": ("same-colour", lambda: page_pdf(VISIBLE + text(prefix="1 g"))),
    "invisible-text-on-black-box": ("invisible-on-dark", lambda: page_pdf(
        VISIBLE + f"0 g {COVER.decode()} re f\n" + text(prefix="3 Tr"))),
    "scan-ocr-before-redaction": ("invisible-on-dark", lambda: scanned_page(
        [("Besluit op het verzoek", 72, 760), (SECRET, 100, 700)],
        VISIBLE.replace("BT", "BT 3 Tr") + text(prefix="3 Tr"), black=[(95, 690, 170, 715)])),
    "outside-crop-box": ("outside", lambda: page_pdf(
        VISIBLE + text(x=100, y=300), page=b"/CropBox [0 400 595 842]")),
    "outside-page": ("outside", lambda: page_pdf(VISIBLE + text(x=700, y=700))),
    "fraction-of-a-point": ("too-small", lambda: page_pdf(VISIBLE + text(size=0.3))),
    "layer-switched-off": ("hidden-layer", lambda: page_pdf(
        VISIBLE + "/OC /oc1 BDC " + text() + "EMC\n",
        resources=b"/Properties << /oc1 6 0 R >>",
        catalog=b"/OCProperties << /OCGs [6 0 R] /D << /OFF [6 0 R] >> >>",
        extra=[b"<< /Type /OCG /Name (Laag) >>"])),
}

# A proper redaction whose label cannot be read: the ground in black on the black box.
BLACK_LABEL = lambda: page_pdf(  # noqa: E731 - one page, as the tables below hold them
    VISIBLE + f"0 g {COVER.decode()} re f\n" + text("5.1.2.e", 110, 698, 10, "0 g"))

# Honest pages that look like the tricks above: nothing is hidden.
HONEST: dict[str, Callable[[], bytes]] = {
    "proper-redaction-with-ground": lambda: page_pdf(
        VISIBLE + f"0 g {COVER.decode()} re f\n" + text("5.1.2.e", 110, 698, 10, "1 g")),
    "white-text-on-dark-header": lambda: page_pdf(
        VISIBLE + "0.1 0.2 0.4 rg 50 690 500 30 re f\n" + text("Onderwerp  Datum", 60, 700,
                                                               12, "1 g")),
    "dark-logo": lambda: page_pdf(
        VISIBLE + "q 60 0 0 60 480 740 cm /Im1 Do Q\n", resources=b"/XObject << /Im1 6 0 R >>",
        extra=[BLACK_IMAGE]),
    "yellow-highlight": lambda: annotated(
        b"<< /Type /Annot /Subtype /Highlight /Rect [95 690 170 715] /C [1 1 0] "
        b"/QuadPoints [95 715 170 715 95 690 170 690] >>"),
    "ocr-scan": lambda: scanned_page(
        [("Besluit op het verzoek", 72, 760), (SECRET, 100, 700)],
        VISIBLE.replace("BT", "BT 3 Tr") + text(prefix="3 Tr")),
    "ocr-scan-with-black-boxes": lambda: scanned_page(
        [("Besluit op het verzoek", 72, 760), ("Zaak", 100, 700)],
        VISIBLE.replace("BT", "BT 3 Tr") + text("Zaak", prefix="3 Tr"),
        black=[(140, 690, 240, 715), (72, 600, 300, 640)]),
    "text-under-scan": lambda: scanned_page(
        [("Besluit op het verzoek", 72, 760), (SECRET, 100, 700)], VISIBLE + text(),
        ocr_first=True),
    "text-in-form": lambda: page_pdf(
        VISIBLE + "/Fm1 Do\n", resources=b"/XObject << /Fm1 6 0 R >>",
        extra=[form(text(), resources=b"<< /Font << /F1 4 0 R >> >>")]),
    "footer-6pt": lambda: page_pdf(VISIBLE + text("Pagina 1 van 3 - kenmerk 2023/0042", 72, 30,
                                                  6)),
    "crop-box-smaller": lambda: page_pdf(VISIBLE + text(), page=b"/CropBox [36 36 559 806]"),
    "light-watermark": lambda: page_pdf(
        VISIBLE + text() + text("CONCEPT", 150, 400, 90, "0.93 g")),
    "underline-and-strike-through": lambda: page_pdf(
        VISIBLE + text() + "0 g 100 698 62 0.8 re f 100 702 62 0.8 re f\n"),
    "black-text-on-light-grey": lambda: page_pdf(
        VISIBLE + f"0.85 g {COVER.decode()} re f\n" + text(prefix="0 g")),
}
