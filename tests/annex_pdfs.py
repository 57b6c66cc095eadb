"""Build annex PDFs for tests: ordinary ones with fpdf2, hostile ones byte by byte.

The raw builder writes real PDF syntax with a correct cross-reference table,
so the hostile cases (a billion declared pages, a decompression bomb,
hex-obfuscated names, incremental updates) are files any reader would open.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from fpdf import FPDF

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def stream(data: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_content(*lines: str, x: int = 72, y: int = 750) -> bytes:
    """Content showing each line in Helvetica 12, one below the other."""
    parts = []
    for n, line in enumerate(lines):
        parts.append(b"BT /F1 12 Tf %d %d Td (%s) Tj ET" % (x, y - 20 * n, line.encode("latin-1")))
    return b"\n".join(parts)


def _header_and_objects(objects: list[bytes]) -> tuple[bytes, list[int]]:
    """The file up to its cross-reference section, and where each object starts."""
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    return out, offsets


def raw_pdf(objects: list[bytes], trailer: bytes = b"/Root 1 0 R") -> bytes:
    """A PDF whose object n is objects[n - 1]."""
    out, offsets = _header_and_objects(objects)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer, xref)
    return out


def xref_stream_pdf(objects: list[bytes], *, index: bytes | None = None,
                    widths: tuple[int, int, int] = (1, 4, 2)) -> bytes:
    """A PDF 1.5 file whose index of objects is a cross-reference stream (the last object).

    `index` replaces the stream's /Index (which objects its rows describe) and
    `widths` its /W (bytes per field), so a test can make the stream claim more
    rows than it holds, or rows of no bytes at all.
    """
    out, offsets = _header_and_objects(objects)
    number, xref = len(objects) + 1, len(out)
    rows = [(0, 0, 65535), *[(1, offset, 0) for offset in offsets], (1, xref, 0)]
    data = b"".join(_row(row, widths) for row in rows)
    extra = b" /Type /XRef /Size %d /W [%d %d %d] /Index %s /Root 1 0 R" % (
        number + 1, *widths, index or b"[0 %d]" % (number + 1))
    out += b"%d 0 obj\n" % number + stream(data, extra) + b"\nendobj\n"
    return out + b"startxref\n%d\n%%%%EOF\n" % xref


def _row(values: tuple[int, int, int], widths: tuple[int, int, int]) -> bytes:
    """One binary row of a cross-reference stream; a field of width 0 is left out."""
    return b"".join(value.to_bytes(width, "big") if width else b""
                    for value, width in zip(values, widths, strict=True))


def startxref(pdf: bytes) -> int:
    """Where the last cross-reference section starts, as the file's end says."""
    return int(pdf.rsplit(b"startxref", 1)[1].split()[0])


def simple_objects(
    content: bytes = b"",
    *,
    catalog: bytes = b"",
    page: bytes = b"",
    extra: list[bytes] | None = None,
    count: int = 1,
    compress: bool = False,
    resources: bytes = b"",
    contents: bytes = b"5 0 R",
) -> list[bytes]:
    """One page (objects 1-5: catalog, pages, page, font, content); `extra` objects from 6.
    `resources` are added beside the font; `contents` may name more streams than object 5."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R %s >>" % catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> %s >> /Contents %s %s >>"
        % (resources, contents, page),
        FONT,
        stream(content, compress=compress),
        *(extra or []),
    ]


def simple_pdf(
    content: bytes = b"",
    *,
    catalog: bytes = b"",
    page: bytes = b"",
    extra: list[bytes] | None = None,
    count: int = 1,
    trailer: bytes = b"/Root 1 0 R",
    compress: bool = False,
) -> bytes:
    """The objects of `simple_objects` with a cross-reference table."""
    objects = simple_objects(content, catalog=catalog, page=page, extra=extra, count=count,
                             compress=compress)
    return raw_pdf(objects, trailer)


def append_update(pdf: bytes, objects: dict[int, bytes], size: int,
                  trailer: bytes = b"/Root 1 0 R") -> bytes:
    """An incremental save: new versions of `objects` appended after the original bytes."""
    previous = startxref(pdf)
    out = pdf
    offsets = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    out += b"trailer\n<< /Size %d /Prev %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, previous, trailer, xref)
    return out


def fpdf_document(*pages: list[str], author: str | None = None,
                  creator: str | None = None) -> FPDF:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    if author:
        pdf.set_author(author)
    if creator:
        pdf.set_creator(creator)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    return pdf


def write(path: Path, data: bytes | FPDF) -> Path:
    path.write_bytes(bytes(data.output()) if isinstance(data, FPDF) else data)
    return path


def slow_content(operators: int) -> bytes:
    """A compressed content stream of many trivial operators: small file, long to parse."""
    return stream(b"q Q " * operators, compress=True)


def slow_pdf(pages: int = 200) -> bytes:
    """About 50 kB that take many minutes to read: every page shares one content stream
    of 1.8 million operators (each page is parsed anew)."""
    kids = b" ".join(b"%d 0 R" % (n + 6) for n in range(pages))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>")
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< >>",
        FONT,
        slow_content(900_000),
        *[page] * pages,
    ])


def bomb_content(megabytes: int) -> bytes:
    """A content stream of a few kilobytes per gigabyte that inflates to `megabytes` of spaces.

    After a full flush the compressor forgets its history, so every further
    megabyte compresses to the same bytes: we compress one and repeat it.
    """
    block = b" " * (1 << 20)
    packer = zlib.compressobj(9)
    head = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    repeat = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(block)
    for _ in range(megabytes - 1):
        checksum = zlib.adler32(block, checksum)
    # A final empty block and the checksum of everything, as zlib would end it.
    tail = b"\x03\x00" + checksum.to_bytes(4, "big")
    data = head + repeat * (megabytes - 1) + tail
    assert zlib.decompressobj().decompress(data[:100_000], 1 << 20) == block
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
