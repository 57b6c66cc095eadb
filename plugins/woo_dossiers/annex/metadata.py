"""Personal data in a PDF's document properties (the Info dictionary) and XMP packets.

Office software writes the author's name, and sometimes an e-mail address,
into every export. We never echo the values: build logs can be public.
"""

from __future__ import annotations

import re
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, StreamObject

from .facts import Finding

EMAIL = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_MAX_XMP_BYTES = 5_000_000
# Info keys that name a person; besides /Author, Office and others add their own.
_PERSON_KEY = re.compile(r"author|creator-?name|lastmodifiedby|manager|company|owner|e-?mail",
                         re.IGNORECASE)
# XMP properties that name a person (Dublin Core creator/contributor, PDF Author, ...).
_XMP_PERSON = re.compile(
    rb"<(dc:creator|dc:contributor|pdf:Author|xmp:Author|photoshop:AuthorsPosition|"
    rb"xmpMM:Manager|xmpRights:Owner)\b[^>]*>(.*?)</\1>"
    rb"|\b(pdf:Author|xmp:Author)=\"([^\"]*)\"",
    re.DOTALL,
)
_TAG = re.compile(rb"<[^>]*>")


def personal_metadata(reader: PdfReader) -> list[Finding]:
    findings: list[Finding] = []
    info = _info(reader)
    if info is not None:
        findings.extend(_info_findings(info))
    for where, data in _xmp_packets(reader):
        findings.extend(_xmp_findings(where, data))
    return findings


def _info(reader: PdfReader) -> DictionaryObject | None:
    try:
        info = reader.trailer.get("/Info")
        info = info.get_object() if info is not None else None
    except Exception:
        return None
    return info if isinstance(info, DictionaryObject) else None


def _info_findings(info: DictionaryObject) -> list[Finding]:
    findings = []
    for key in sorted(info.keys()):
        try:
            value = str(info[key].get_object()).strip()
        except Exception:
            continue
        name = key.lstrip("/")
        if EMAIL.search(value.encode("utf-8", "replace")):
            findings.append(Finding("metadata-email", "error", params={"field": name}))
        elif value and _PERSON_KEY.search(name):
            findings.append(Finding("metadata-author", "warning", params={"field": name}))
    return findings


def _xmp_packets(reader: PdfReader) -> list[tuple[int | None, bytes]]:
    """The document's XMP packet (page None) and those of its pages."""
    packets = []
    try:
        owners: list[tuple[int | None, Any]] = [(None, reader.root_object)]
        owners += [(n, page) for n, page in enumerate(reader.pages, start=1)]
    except Exception:
        return packets
    for where, owner in owners:
        try:
            stream = owner.get("/Metadata")
            stream = stream.get_object() if stream is not None else None
            if isinstance(stream, StreamObject):
                packets.append((where, stream.get_data()[:_MAX_XMP_BYTES]))
        except Exception:  # a damaged metadata stream: nothing we can read, nothing leaks
            continue
    return packets


def _xmp_findings(page: int | None, data: bytes) -> list[Finding]:
    findings = []
    if EMAIL.search(data):
        findings.append(Finding("xmp-email", "error", params={"page": page}))
    fields = sorted({
        (m.group(1) or m.group(3)).decode("ascii")
        for m in _XMP_PERSON.finditer(data)
        if _TAG.sub(b"", m.group(2) or m.group(4) or b"").strip()
    })
    if fields:
        findings.append(Finding("xmp-author", "warning", params={"page": page, "fields": fields}))
    return findings
