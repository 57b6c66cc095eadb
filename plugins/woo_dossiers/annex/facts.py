"""What the build knows of one annex PDF: plain values that cross process boundaries.

These dataclasses travel from the worker process to the build (pickled) and
into the cache (as JSON), so they hold only strings, ints and tuples.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, overload

from .. import messages
from ..workfiles import write_atomically

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One thing wrong with an annex, worded for the communications team.

    `code` is a stable identifier for programs (the plugin, the cleaning
    command, tests) and, with `params` (plain JSON values: they go into the
    cache), selects the words in messages/annex.py; `message` is the English,
    made from them, saying in plain words what is wrong and what to do.
    The plugin prefixes the dossier and the file.
    """

    code: str
    severity: Severity
    message: str = ""
    # Where on a page it is, for a picture of that page with the spots outlined:
    # boxes are (left, top, right, bottom) in points from the top left of the page as shown.
    page: int | None = None
    boxes: tuple[tuple[float, float, float, float], ...] = ()
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if not self.message:
            object.__setattr__(self, "message", messages.english(self.code, self.params))

    def dutch(self) -> str:
        return messages.dutch(self.code, self.params)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class Refusal(str):
    """Why an annex cannot be read: the English words (a str, as the reason always was),
    with the code of messages/refusal.py and the parameters that make them."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, params: dict[str, Any] | None = None) -> Refusal:
        self = super().__new__(cls, messages.english(code, params or {}))
        self.code = code
        self.params = params or {}
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # it crosses from the worker process
        return (Refusal, (self.code, self.params))

    def dutch(self) -> str:
        return messages.dutch(self.code, self.params)


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    size: int  # bytes
    title: str | None
    text: Sequence[str]  # extracted text per page: a tuple, or StoredText in the annex cache
    findings: tuple[Finding, ...] = ()
    # Text recognition (ocr.py): the pages (from 1) whose text was recognised, the PDF
    # with that text layer that is published instead of the original (size, pages, text
    # and findings above are that file's), and the engine that was asked, None if none
    # was (so a cached read is redone when Tesseract comes or changes).
    ocr_pages: tuple[int, ...] = ()
    published: str | None = None
    ocr: str | None = None

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)


def text_digest(data: bytes) -> str:
    """What an annex's text file in the cache is checked against when it is read."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class StoredText(Sequence[str]):
    """An annex's text per page, left in its file in the annex cache until a page needs it.

    At 10,000 dossiers the annexes hold gigabytes of text; the build needs each
    annex's text once, when it writes that annex's text page, so it is read then
    and dropped again instead of being held for the whole build.
    """

    def __init__(self, path: Path, count: int, digest: str | None = None) -> None:
        self.path = path
        self.count = count
        self.digest = digest  # of the file's bytes, written beside the facts

    def load(self) -> tuple[str, ...]:
        return self._parse(self._checked_bytes())

    def _checked_bytes(self) -> bytes:
        """The file's bytes, checked against the digest written beside the facts."""
        try:
            data = self.path.read_bytes()
        except OSError as error:
            raise OSError(f"the annex text in the cache ({self.path}) cannot be read ({error}); "
                          "delete the cache folder and build again") from error
        if self.digest is not None and text_digest(data) != self.digest:
            # Changed on disk since it was written (a disk error, an edit): the entry goes,
            # so the next build reads the PDF again instead of failing until someone clears
            # the cache by hand.
            self.path.unlink(missing_ok=True)
            self.path.with_name(self.path.name.removesuffix(".text.json") + ".json").unlink(
                missing_ok=True)
            raise OSError(f"the annex text in the cache ({self.path}) was damaged and has been "
                          "removed; build again and the PDF is read anew")
        return data

    def _parse(self, data: bytes) -> tuple[str, ...]:
        try:
            pages = json.loads(data.decode("utf-8"))
        except ValueError as error:  # also a UnicodeDecodeError
            raise OSError(f"the annex text in the cache ({self.path}) cannot be read ({error}); "
                          "delete the cache folder and build again") from error
        if (not isinstance(pages, list) or len(pages) != self.count
                or not all(isinstance(page, str) for page in pages)):
            raise OSError(f"the annex text in the cache ({self.path}) is damaged; "
                          "delete the cache folder and build again")
        return tuple(pages)

    def derived(self, name: str, version: str,
                make: Callable[[tuple[str, ...]], Sequence[str]]) -> tuple[str, ...]:
        """What `make` gives for this text, one string a page, kept beside it in the cache
        (`<key>.<name>.json`) so that the next build reads it instead of making it again.

        The file holds what it was made from (this text's digest and `version`, which names
        the code that makes it) and starts with a digest of the rest. One that does not
        check out (of other text or code, cut short, changed on disk) is never used: it is
        made again from the text and written anew.
        """
        # The text is checked even when what was made from it is kept: damage to it is
        # noticed (and the entry removed) on every build, as when it is read.
        data = self._checked_bytes()
        if self.digest is None:  # nothing to tell this text's file by
            return tuple(make(self._parse(data)))
        path = self.path.with_name(self.path.name.removesuffix(".text.json") + f".{name}.json")
        kept = _read_derived(path, self.digest, version, self.count)
        if kept is not None:
            return kept
        made = tuple(make(self._parse(data)))
        body = json.dumps({"text": self.digest, "version": version, "pages": made},
                          ensure_ascii=False).encode("utf-8")
        with contextlib.suppress(OSError):  # a cache that cannot be written: made again next time
            write_atomically(path, lambda out: out.write(text_digest(body).encode() + b"\n" + body))
        return made

    @property
    def identity(self) -> str:
        """What the text is known by without reading it: the file's name is the PDF's
        content hash and its folder the reader version, and the file is never rewritten
        with other text."""
        return f"{self.path.parent.parent.name}/{self.path.name}"

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str]:
        return iter(self.load())

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...
    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        return self.load()[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and self.load() == tuple(other)

    __hash__ = None  # type: ignore[assignment]  # equal to a tuple, so not hashable like one

    def __repr__(self) -> str:
        return f"StoredText({str(self.path)!r}, {self.count})"


def _read_derived(path: Path, digest: str, version: str, count: int) -> tuple[str, ...] | None:
    """The pages kept in `path` if it checks out (see StoredText.derived), else None."""
    try:
        head, _, body = path.read_bytes().partition(b"\n")
        if head.decode("ascii") != text_digest(body):
            return None
        kept = json.loads(body.decode("utf-8"))
    except (OSError, ValueError):  # also a UnicodeDecodeError
        return None
    if not (isinstance(kept, dict) and kept.get("text") == digest
            and kept.get("version") == version and isinstance(kept.get("pages"), list)):
        return None
    pages = kept["pages"]
    if len(pages) != count or not all(isinstance(page, str) for page in pages):
        return None
    return tuple(pages)


def to_plain(result: PdfFacts | str) -> dict[str, Any]:
    """A JSON-ready form of a read result (for the cache)."""
    if isinstance(result, Refusal):
        return {"refused": result, "code": result.code, "params": result.params}
    if isinstance(result, str):
        return {"refused": result}
    return {
        "pages": result.pages,
        "size": result.size,
        "title": result.title,
        "text": list(result.text),
        "findings": [[f.code, f.severity, f.page, [list(b) for b in f.boxes], f.params]
                     for f in result.findings],
        "ocr_pages": list(result.ocr_pages),
        "published": result.published,
        "ocr": result.ocr,
    }


def _box(values: list[Any]) -> tuple[float, float, float, float]:
    left, top, right, bottom = (float(v) for v in values)
    return left, top, right, bottom


def from_plain(data: dict[str, Any]) -> PdfFacts | str:
    """Inverse of `to_plain`; raises ValueError/KeyError/TypeError on a malformed entry."""
    if "refused" in data:
        reason = data["refused"]
        if not isinstance(reason, str):
            raise TypeError("refused reason is not a string")
        if "code" in data:
            if data["code"] not in messages.CATALOGUE or not isinstance(data["params"], dict):
                raise ValueError(f"unknown refusal {data['code']!r}")
            return Refusal(data["code"], data["params"])
        return reason
    findings = []
    for code, severity, page, boxes, params in data["findings"]:
        if severity not in ("error", "warning"):
            raise ValueError(f"unknown severity {severity!r}")
        if str(code) not in messages.CATALOGUE or not isinstance(params, dict):
            raise ValueError(f"unknown finding {code!r}")
        # The words are made again from the code: a reworded message needs no new cache.
        findings.append(Finding(str(code), severity, page=None if page is None else int(page),
                                boxes=tuple(_box(box) for box in boxes), params=params))
    text = data["text"]
    if not isinstance(text, list) or not all(isinstance(t, str) for t in text):
        raise TypeError("text is not a list of strings")
    title, published, ocr = data["title"], data["published"], data["ocr"]
    if not all(value is None or isinstance(value, str) for value in (title, published, ocr)):
        raise TypeError("title, published or ocr is not a string")
    return PdfFacts(
        pages=int(data["pages"]),
        size=int(data["size"]),
        title=title,
        text=tuple(text),
        findings=tuple(findings),
        ocr_pages=tuple(int(page) for page in data["ocr_pages"]),
        published=published,
        ocr=ocr,
    )
