"""Writes one bundle of the search index with bounded memory (format: FORMAT.md "Layout").

Per doc the writer cuts each section into excerpt parts of at most PART_BYTES, counts its
terms (tf and the part where each occurs most) and appends the postings to an in-memory
buffer keyed by term. When the buffer holds `buffer_postings` postings it is spilled to a
file under work_dir, in one run per two-character term prefix, so finish() can read the
buckets (a prefix's runs, and what the buffer holds of it) in sorted order, one at a time,
and write the term chunks: per term its best
`head_postings` postings in the chunk, the rest (the tail) in segments of doubling size in a
tail file, so the chunk a query reads first does not grow with the site, nor what a query of
several common words reads after it. Doc metadata and excerpt parts are written
as docs arrive. Memory: the buffer and one bucket, one d/ file's worth of docs, 8 bytes a doc.

A doc's d/ and x/ files hold nothing but what the doc is (its text and its analysis), not its
number nor the other docs: a doc that a bundle written before by the same code held too
(`earlier`, `same_as`) gets that bundle's files as hard links instead of being written again,
so writing a bundle again after one page or annex changed creates the files of that doc only.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple

from .analysis import PART_BYTES, Analysed, analyse
from .derived import prune
from .postings import encode_term
from .tokens import K1, STOP_WORDS, B
from .varint import decode, encode

FORMAT = 4
CHUNK_BYTES = 2048
DOCS_PER_FILE = 1  # a result fetches its doc's file: 2 docs made 1 kB a result, 16 made 7.5 kB
# A term's postings beyond its best HEAD_POSTINGS go to a tail file (FORMAT.md "Tails"):
# enough for the first pages of results, and the term chunk stays the same size at any N.
HEAD_POSTINGS = 128
TAIL_FILE_BYTES = 65536
# Excerpt text: parts of at most PART_BYTES (analysis.py), each stored in a slot of that size
# (padded with spaces), PARTS_PER_FILE to a file: a result fetches its part alone (an HTTP range).
PARTS_PER_FILE = 16
DOCS_PER_FOLDER = 1000
SPILL_FILE = "postings.spill"  # in work_dir: buffered postings waiting for finish()


class Section(NamedTuple):
    anchor: str
    heading: str
    text: str


class IndexWriter:
    """Add docs (doc id = order of adding, from 0), then finish() once."""

    def __init__(
        self,
        out_dir: Path,
        *,
        work_dir: Path,
        buffer_postings: int = 500_000,
        chunk_bytes: int = CHUNK_BYTES,
        head_postings: int = HEAD_POSTINGS,
        earlier: Path | None = None,
    ) -> None:
        """earlier: a complete bundle written by this code, whose files `add_page`'s
        `same_as` names; linked, so never written to (the bundle's files are never changed in
        place: a published site may share them)."""
        self.out_dir = Path(out_dir)
        self.earlier = earlier
        # Each file linked from `earlier`: its name here -> its name there (POSIX, relative).
        self.linked: dict[str, str] = {}
        self._folders: set[str] = set()  # the folders of the bundle made so far
        self.buffer_postings = buffer_postings
        self.chunk_bytes = chunk_bytes
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        # The bundle grows beside out_dir and replaces it only when complete.
        self._tmp = Path(tempfile.mkdtemp(prefix=f".{self.out_dir.name}.", dir=self.out_dir.parent))
        # mkdtemp makes the folder private (0700); the bundle is published, and a web server
        # that runs as another user must read it: the mode a plain mkdir gives.
        _chmod_like_mkdir(self._tmp)
        Path(work_dir).mkdir(parents=True, exist_ok=True)
        self._work = Path(tempfile.mkdtemp(prefix="zoekindex-", dir=work_dir))
        self._buffer: dict[str, array] = {}  # term -> (doc, tf, section) * n
        self._buffered = 0
        self.head_postings = head_postings
        # The spilled postings: one file (a file per prefix and spill cost an open each,
        # a third of a second at 1,000 pages), and per prefix where its runs are in it.
        self._spilled_bytes = 0
        self._runs: dict[str, list[tuple[int, int]]] = {}  # prefix -> (offset, length), in doc order
        self._lengths = array("I")
        self._docs: list[dict] = []  # the d/ file being filled
        self.spills = 0
        self._finished = False

    def __enter__(self) -> IndexWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        """finish() when the block ends normally (unless already called), abort() on an error."""
        if exc_type is not None:
            self.abort()
        elif not self._finished:
            self.finish()

    # -- adding docs ---------------------------------------------------------------

    def add_page(self, url: str, title: str, context: str, sections: Sequence[Section],
                 facets: Sequence[str] = (), analysed: Analysed | None = None,
                 same_as: int | None = None) -> int:
        """A site page: sections[0] is the text before the first heading with an id.

        facets: its dossier's "field=value" pairs (derived.py), for narrowing results;
        analysed: what `analyse` made of its texts before (doc_cache.py), if known;
        same_as: the number of the same doc (this url, title, context and sections,
        analysed as `analysed`) in the `earlier` bundle, whose files are then this doc's."""
        meta = {"url": url, "title": title, "context": context,
                "sections": [[s.anchor, s.heading] for s in sections]}
        return self._add(meta, [s.text for s in sections], facets, analysed, same_as)

    def add_paged(self, url: str, title: str, context: str, pages: Sequence[str] | None,
                  facets: Sequence[str] = (), analysed: Analysed | None = None,
                  same_as: int | None = None) -> int:
        """An annex: one text per PDF page; section s is page s+1. With `analysed` (its
        pages analysed before) the text itself is not needed; same_as: as `add_page`'s."""
        count = len(analysed.starts) if analysed is not None else len(pages or ())
        meta = {"url": url, "title": title, "context": context, "pages": count}
        return self._add(meta, pages, facets, analysed, same_as)

    def add_linked(self, analysed: Analysed, same_as: int) -> bool:
        """The next doc, where it is doc `same_as` of the `earlier` bundle, analysed as
        `analysed`: its files linked from there, so neither its address nor its text is
        needed. False, with nothing added, where its files cannot be linked (then add it
        with `add_page` or `add_paged`)."""
        if self._finished:
            raise RuntimeError("IndexWriter.finish() was already called")
        if DOCS_PER_FILE != 1:  # its d/ file holds other docs too: written, not linked
            return False
        doc = len(self._lengths)
        if not self._link_doc(doc, same_as, len(analysed.parts)):
            return False
        self._add_postings(doc, analysed)
        return True

    def _add(self, meta: dict, texts: Sequence[str] | None, facets: Sequence[str] = (),
             analysed: Analysed | None = None, same_as: int | None = None) -> int:
        if self._finished:
            raise RuntimeError("IndexWriter.finish() was already called")
        doc = len(self._lengths)
        if analysed is None:
            analysed = analyse(meta["title"], texts or (), facets)
        linked = same_as is not None and self._link_doc(doc, same_as, len(analysed.parts))
        if not linked:
            self._write_parts(doc, analysed.parts)
        self._add_postings(doc, analysed)
        if not (linked and DOCS_PER_FILE == 1):  # a d/ file of several docs is written
            meta["starts"] = list(analysed.starts)
            meta["parts"] = len(analysed.parts)
            self._docs.append(meta)
            if len(self._docs) == DOCS_PER_FILE:
                self._flush_docs()
        return doc

    def _add_postings(self, doc: int, analysed: Analysed) -> None:
        """Doc `doc`'s length and postings; spilled once the buffer is full."""
        self._lengths.append(analysed.length)
        buffer = self._buffer
        best = analysed.best
        for term, count in analysed.tf.items():
            postings = buffer.get(term)
            if postings is None:
                buffer[term] = array("I", (doc, count, best[term]))
            else:
                postings.extend((doc, count, best[term]))
        self._buffered += len(analysed.tf)
        if self._buffered >= self.buffer_postings:
            self._spill()

    def _link_doc(self, doc: int, same_as: int, parts: int) -> bool:
        """Link doc `same_as`'s x/ files (and its d/ file, when that holds it alone) from the
        earlier bundle as doc `doc`'s; False, with nothing linked, where one cannot be (then
        the doc's files are written: the same bytes)."""
        if self.earlier is None:
            return False
        names = [(_parts_file(doc, f), _parts_file(same_as, f))
                 for f in range(-(-parts // PARTS_PER_FILE))]
        if DOCS_PER_FILE == 1:
            names.append((_docs_file(doc), _docs_file(same_as)))
        # Names as strings: a doc's two or three files for each of 10,000 pages, and the
        # Paths made for them cost a second of a build there.
        made: list[str] = []
        tmp, earlier = str(self._tmp), str(self.earlier)
        try:
            for name, source in names:
                target = f"{tmp}/{name}"
                self._folder(os.path.dirname(target))
                os.link(f"{earlier}/{source}", target)
                made.append(target)
                if name != source:
                    # Under another name the file gets a time of its own: a site's file is
                    # taken for the kept one by name, size and time (KeptBundles.place), and
                    # the files of one writing share their times (the clock's tick).
                    os.utime(target)
        except OSError:  # gone, or another disk: written instead
            for target in made:
                os.unlink(target)
            return False
        self.linked.update(names)
        return True

    def _folder(self, folder: str | Path) -> None:
        """Make a folder of the bundle (once: asking the disk for every file cost time)."""
        name = str(folder)
        if name not in self._folders:
            os.makedirs(name, exist_ok=True)
            self._folders.add(name)

    def _write_parts(self, doc: int, parts: list[str]) -> None:
        """x/<doc // 1000>/<doc>-<f>.txt: PARTS_PER_FILE parts a file, each in a slot of
        PART_BYTES (padded with spaces), so part p is at a place the client can compute."""
        if not parts:
            return
        self._folder((self._tmp / _parts_file(doc, 0)).parent)
        for f in range(0, len(parts), PARTS_PER_FILE):
            slots = [p.encode().ljust(PART_BYTES) for p in parts[f:f + PARTS_PER_FILE]]
            slots[-1] = slots[-1].rstrip(b" ")  # the file ends with its last part's text
            (self._tmp / _parts_file(doc, f // PARTS_PER_FILE)).write_bytes(b"".join(slots))

    def _flush_docs(self) -> None:
        if not self._docs:
            return
        k = (len(self._lengths) - 1) // DOCS_PER_FILE
        self._folder(self._tmp / "d")
        _write_json(self._tmp / _docs_file(k), self._docs)
        self._docs = []

    # -- spilling ------------------------------------------------------------------

    def _spill(self) -> None:
        """Append the buffered postings to the spill file, one run per two-character prefix."""
        with open(self._work / SPILL_FILE, "ab") as spilled:
            for prefix, terms in _by_prefix(self._buffer).items():
                out = bytearray()
                for term in terms:
                    postings = self._buffer[term]
                    raw = term.encode()
                    encode(len(raw), out)
                    out += raw
                    encode(len(postings), out)
                    out += postings.tobytes()
                spilled.write(out)
                self._runs.setdefault(prefix, []).append((self._spilled_bytes, len(out)))
                self._spilled_bytes += len(out)
        self._buffer = {}
        self._buffered = 0
        self.spills += 1

    def _read_bucket(self, prefix: str, spilled: IO[bytes] | None) -> dict[str, array]:
        """The spilled postings of the terms with this prefix (`spilled`: the spill file)."""
        data = bytearray()
        for offset, length in self._runs.get(prefix, ()):
            assert spilled is not None
            spilled.seek(offset)
            data += spilled.read(length)
        terms: dict[str, array] = {}
        pos = 0
        itemsize = array("I").itemsize
        while pos < len(data):
            size, pos = decode(data, pos)
            term = data[pos:pos + size].decode()
            pos += size
            count, pos = decode(data, pos)
            postings = array("I")
            postings.frombytes(data[pos:pos + count * itemsize])
            pos += count * itemsize
            if term in terms:
                terms[term].extend(postings)  # spills come in doc order
            else:
                terms[term] = postings
        return terms

    def _buckets(self) -> Iterator[dict[str, array]]:
        """Each prefix's postings, in prefix order: its spilled runs, then what the buffer
        holds of it (the last docs; not spilled, which would only write it to read it back)."""
        unspilled = _by_prefix(self._buffer)
        with contextlib.ExitStack() as stack:
            spilled = stack.enter_context(open(self._work / SPILL_FILE, "rb")) if self._runs else None
            for prefix in sorted(self._runs.keys() | unspilled.keys()):
                bucket = self._read_bucket(prefix, spilled)
                for term in unspilled.get(prefix, ()):
                    postings = self._buffer.pop(term)
                    if term in bucket:
                        bucket[term].extend(postings)
                    else:
                        bucket[term] = postings
                yield bucket
                del bucket  # one bucket in memory at a time

    # -- finishing -----------------------------------------------------------------

    def finish(self) -> None:
        """Write the term chunks and meta.json, then put the bundle in place of out_dir."""
        if self._finished:
            raise RuntimeError("IndexWriter.finish() was already called")
        self._finished = True
        try:
            self._flush_docs()
            chunks = self._write_chunks()
            meta = {"format": FORMAT, "docs": len(self._lengths), "docs_per_file": DOCS_PER_FILE,
                    "part_bytes": PART_BYTES, "parts_per_file": PARTS_PER_FILE,
                    "stopwords": sorted(STOP_WORDS), "chunks": chunks}
            _write_json(self._tmp / "meta.json", meta)
            self._swap()
        except BaseException:
            shutil.rmtree(self._tmp, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(self._work, ignore_errors=True)

    def abort(self) -> None:
        """Drop everything written so far (out_dir is left as it was)."""
        self._finished = True
        shutil.rmtree(self._tmp, ignore_errors=True)
        shutil.rmtree(self._work, ignore_errors=True)

    def _write_chunks(self) -> list[str]:
        n = len(self._lengths)
        avgdl = (sum(self._lengths) / n) if n else 0.0
        # Per doc the BM25 length norm, so a posting costs one lookup.
        norms = array("d", (K1 * (1 - B + B * dl / avgdl) if avgdl else K1 for dl in self._lengths))
        (self._tmp / "t").mkdir()
        firsts: list[str] = []
        chunk = bytearray()
        tails = _TailFiles(self._tmp / "p")
        k1p1 = K1 + 1
        head = self.head_postings
        for bucket in self._buckets():
            prune(bucket)
            for term in sorted(bucket):
                postings = bucket[term]
                df = len(postings) // 3
                scale = 10 * math.log(1 + (n - df + 0.5) / (df + 0.5)) * k1p1
                if not chunk:
                    firsts.append(term)
                raw = term.encode()
                encode(len(raw), chunk)
                chunk += raw
                encode_term(postings, scale, norms, head, chunk, tails)
                if len(chunk) >= self.chunk_bytes:
                    (self._tmp / "t" / f"{len(firsts) - 1}.bin").write_bytes(chunk)
                    chunk = bytearray()
            del bucket
        if chunk:
            (self._tmp / "t" / f"{len(firsts) - 1}.bin").write_bytes(chunk)
        tails.close()
        return firsts

    def _swap(self) -> None:
        old = None
        if self.out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.out_dir.name}.old.", dir=self.out_dir.parent))
            os.rmdir(old)
            os.rename(self.out_dir, old)
        os.rename(self._tmp, self.out_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


class _TailFiles:
    """p/<j>.bin: tails one after another, a new file once one holds TAIL_FILE_BYTES."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.index = 0
        self.data = bytearray()

    def add(self, tail: bytes) -> tuple[int, int, int]:
        """Store a tail; (file, offset, length) of where it is."""
        if len(self.data) >= TAIL_FILE_BYTES:
            self._write()
        where = (self.index, len(self.data), len(tail))
        self.data += tail
        return where

    def _write(self) -> None:
        self.folder.mkdir(exist_ok=True)
        (self.folder / f"{self.index}.bin").write_bytes(self.data)
        self.index += 1
        self.data = bytearray()

    def close(self) -> None:
        if self.data:
            self._write()


def _chmod_like_mkdir(folder: Path) -> None:
    folder.chmod(0o777 & ~_umask())


def _umask() -> int:
    # Read, not set and reset with os.umask: that would briefly change it for every thread.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022  # the usual one


def _docs_file(k: int) -> str:
    """The d/ file of docs k * DOCS_PER_FILE .. + DOCS_PER_FILE - 1."""
    return f"d/{k}.json"


def _parts_file(doc: int, f: int) -> str:
    """The x/ file of a doc's excerpt parts f * PARTS_PER_FILE .. + PARTS_PER_FILE - 1."""
    return f"x/{doc // DOCS_PER_FOLDER}/{doc}-{f}.txt"


def _by_prefix(buffer: dict[str, array]) -> dict[str, list[str]]:
    """The buffer's terms by their first two characters (a bucket)."""
    by_prefix: dict[str, list[str]] = {}
    for term in buffer:
        by_prefix.setdefault(term[:2], []).append(term)
    return by_prefix


def _write_json(path: Path, data: Any) -> None:
    """A file the browser downloads: compact JSON, UTF-8."""
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
