"""Dossiers whose generated files are the previous build's: not made again.

A dossier's files (its page, inventory page and files, annex text pages) are made by
our renderers from the dossier itself, what the analysis says of it (its reuse
relations, request in parts, history, deadline, last change, preview date), the other
decisions it looks up while its files are made (their titles and dates on its page:
recorded, as `RecordingDossiers`), and the templates. When all of these are what they
were, so are its files: the renderers do not run and nothing is written, the build
takes the files the previous build kept (by content, in the page store's folder).

When in doubt a dossier is made again: a dossier whose files went through the whole
list of decisions (not one lookup) is never reused, and its own inputs are compared
as a whole (a pickle of the dossier), not field by field.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..analyse import Analysis
from ..latest import Latest
from ..model.dossier import Dossier
from .keys import FORMAT, digest, installed_packages, model_digest, package_digest, template_folder_key
from .store import DossierFiles, OutputStore

EXPORT = "export:"  # the store's name for a dossier's open-data texts: export:<slug>
LISTING = "listing:"  # for a file listing decisions (a topic's page): listing:<site path>
TEXTS = "texts.txt"  # a dossier's open-data texts, kept as `texts_bytes` writes them


def texts_bytes(texts: list[str]) -> bytes:
    """Texts as kept: a line of their lengths in bytes, then each (UTF-8) as it is. Read back
    without parsing them (JSON's loads of 630 MB of open-data texts at 10,000 dossiers, a
    second and a half of every build)."""
    data = [text.encode("utf-8") for text in texts]
    return " ".join(str(len(part)) for part in data).encode() + b"\n" + b"".join(data)


def texts_from(data: bytes) -> list[str] | None:
    """The texts `texts_bytes` kept; None when `data` is not such (damaged, cut short)."""
    head, newline, body = data.partition(b"\n")
    try:
        lengths = [int(length) for length in head.split()] if newline else None
    except ValueError:
        return None
    if lengths is None or any(length < 0 for length in lengths) or sum(lengths) != len(body):
        return None
    texts, start = [], 0
    try:
        for length in lengths:
            texts.append(body[start:start + length].decode("utf-8"))
            start += length
    except UnicodeDecodeError:
        return None
    return texts


class RecordingDossiers(dict[str, Dossier]):
    """The published dossiers, noting which a dossier's renderers look up."""

    recording: set[str] | None = None
    whole = False  # the renderers went through every dossier

    def get(self, key: Any, default: Any = None) -> Any:
        self._note(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Dossier:
        self._note(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self._note(key)
        return super().__contains__(key)

    def __iter__(self) -> Iterator[str]:
        self._everything()
        return super().__iter__()

    def keys(self) -> Any:
        self._everything()
        return super().keys()

    def values(self) -> Any:
        self._everything()
        return super().values()

    def items(self) -> Any:
        self._everything()
        return super().items()

    def _note(self, key: object) -> None:
        if self.recording is not None:
            self.recording.add(str(key))

    def _everything(self) -> None:
        if self.recording is not None:
            self.whole = True


def plan_key(template_dirs: list[Path]) -> str:
    """What every dossier's files share: this package (renderers and templates), the
    installed packages, the templates of the site's folders."""
    return digest(FORMAT, installed_packages(), package_digest(),
                  *[template_folder_key(folder) for folder in template_dirs])


class Remembered:
    """`mkdocs serve`: what one rebuild's `DossierMemo` worked out that the next may take
    over, in memory: each dossier's digest, by the very model it was made of (the loader
    hands an unchanged dossier's model over as it is: `kept_models.ModelMemo`; models are frozen),
    and each dossier's open-data texts, by the name of the kept file they were read from or
    written to (its content's digest). 0.3-0.6 s of every rebuild at 1,000 dossiers."""

    def __init__(self) -> None:
        self.digests: Latest[str, tuple[Dossier, str]] = Latest()  # slug -> model, its digest
        self.texts: Latest[str, tuple[str, list[str]]] = Latest()  # export:<slug> -> file, texts

    def start(self) -> None:
        self.digests.start()
        self.texts.start()


class DossierMemo:
    """One build's decisions: which dossiers' files are the previous build's, and the
    files of those it makes (kept in the store for the next build when `keeping`)."""

    def __init__(self, store: OutputStore, plan: str, keeping: bool,
                 remembered: Remembered | None = None) -> None:
        self.store, self.plan, self.keeping = store, plan, keeping
        self.remembered = remembered or Remembered()
        self.dossiers = RecordingDossiers()
        self.analysis: Analysis | None = None
        self.reused = 0
        self._digests: dict[str, str] = {}
        self._keys: dict[str, str] = {}  # slug -> _key (asked for its files and its texts)
        self._making: tuple[str, str, dict[str, str]] | None = None  # slug, key, path -> name

    def wrap(self, analysis: Analysis) -> Analysis:
        """The analysis the renderers get: its dossiers note what is looked up."""
        self.dossiers = RecordingDossiers(analysis.dossiers)
        self.analysis = replace(analysis, dossiers=self.dossiers)
        self._keys = {}  # they include what the analysis says
        return self.analysis

    def kept(self, dossier: Dossier) -> dict[str, Path] | None:
        """The previous build's files of `dossier` (site path -> kept file) if its inputs
        are unchanged; else None, and what its renderers look up is recorded from here."""
        self.done()
        key = self._key(dossier)
        previous = self._previous(dossier.slug, key)
        if previous is not None:
            files = {path: self.store.source_file(name) for path, name in previous.files.items()}
            if all(self.store.has_source(path, name) for path, name in previous.files.items()):
                self.store.current_dossiers[dossier.slug] = previous
                self.reused += 1
                return files
        self.dossiers.recording, self.dossiers.whole = set(), False
        self._making = (dossier.slug, key, {})
        return None

    def made(self, path: str, content: str | bytes) -> Path | None:
        """A file of the dossier being made: kept by its content for the next build; the
        kept file's path (which the build reads instead of the content), or None."""
        if not self.keeping or self._making is None:
            return None
        data = content.encode("utf-8") if isinstance(content, str) else content
        name = self.store.keep_source(path, data)
        self._making[2][path] = name
        return self.store.source_file(name)

    def done(self) -> None:
        """The dossier being made is complete: note what it looked up."""
        making, recorded = self._making, self.dossiers.recording
        self._making, self.dossiers.recording = None, None
        if making is None or recorded is None or self.dossiers.whole or not self.keeping:
            return
        slug, key, files = making
        lookups = {other: self._looked_up(other) for other in sorted(recorded)}
        self.store.current_dossiers[slug] = DossierFiles(key, lookups, files)

    def texts(self, dossier: Dossier, context: str, make: Callable[[], list[str]]) -> list[str]:
        """Texts made from one dossier (its open-data record, its rows of the site-wide
        CSVs), as the previous build made them when its inputs and `context` are unchanged."""
        self.done()
        name, key = EXPORT + dossier.slug, digest(self._key(dossier), context)
        previous = self._previous(name, key)
        if previous is not None:
            texts = self._kept_texts(name, previous.files.get(TEXTS))
            if texts is not None:
                self.store.current_dossiers[name] = previous
                return texts
        self.dossiers.recording, self.dossiers.whole = set(), False
        texts = make()
        self._making = (name, key, {})
        if self.keeping:
            kept = self.store.keep_source(TEXTS, texts_bytes(texts))
            self._making[2][TEXTS] = kept
            self.remembered.texts.put(name, (kept, list(texts)))
        self.done()
        return texts

    def listing(self, path: str, dossiers: list[Dossier], context: str,
                make: Callable[[], str]) -> Path | str:
        """A file listing `dossiers` (a topic's or organisation's page, its feed): the file the
        previous build kept when each of them, in this order, has its inputs unchanged (as
        its own files, `kept`) and so has `context`; then `make` does not run. Else made,
        and kept for the next build: the kept file's path, or the text when nothing is kept."""
        self.done()
        name = LISTING + path
        key = digest(self.plan, context, *[self._key(dossier) for dossier in dossiers])
        previous = self._previous(name, key)
        if previous is not None:
            kept = previous.files.get(path)
            if kept is not None and self.store.has_source(path, kept):
                self.store.current_dossiers[name] = previous
                return self.store.source_file(kept)
        self.dossiers.recording, self.dossiers.whole = set(), False
        text = make()
        self._making = (name, key, {})
        made = self.made(path, text)
        self.done()
        return text if made is None else made

    def _kept_texts(self, name: str, kept: str | None) -> list[str] | None:
        """The texts in the kept file named `kept`; None: missing, changed or damaged."""
        if kept is None:
            return None
        known = self.remembered.texts.get(name)
        # The file's name is its content's digest, and the store checks a kept file's stamp
        # before it is used (`has_source`): a file changed since is read again.
        if known is not None and known[0] == kept and self.store.has_source(TEXTS, kept):
            return list(known[1])
        # Read as any kept source: by its stat as recorded, else checked against its name.
        texts = texts_from(self.store.read_known_source(TEXTS, kept) or b"")
        if texts is None:
            return None
        self.remembered.texts.put(name, (kept, list(texts)))
        return texts

    def kept_file(self, path: str, text: str) -> Path:
        """A file of the site kept by its content (a dossier's own open-data record): written
        only when no kept file has that content, so an unchanged dossier's costs no file
        written at all (one for each of 10,000 dossiers on every build, before)."""
        return self.store.source_file(self.store.keep_source(path, text.encode("utf-8")))

    def _previous(self, name: str, key: str) -> DossierFiles | None:
        previous = self.store.previous_dossiers.get(name)
        if previous is None or previous.key != key:
            return None
        if any(self._looked_up(slug) != value for slug, value in previous.lookups.items()):
            return None
        return previous

    def _key(self, dossier: Dossier) -> str:
        found = self._keys.get(dossier.slug)
        if found is None:
            found = self._keys[dossier.slug] = self._make_key(dossier)
        return found

    def _make_key(self, dossier: Dossier) -> str:
        analysis = self.analysis
        assert analysis is not None, "wrap() comes first"
        slug = dossier.slug
        facts = (analysis.reuse.reuses.get(slug), analysis.reuse.reused_by.get(slug),
                 analysis.history_of(slug), analysis.timeliness.get(slug),
                 analysis.changes.get(slug), analysis.modified.get(slug),
                 analysis.not_yet_public.get(slug), analysis.case_of(dossier),
                 # a part's page is noindex while another part waits: no file of this
                 # dossier changes when that part's day comes
                 analysis.shows_preview(dossier),
                 [analysis.not_yet_public.get(part.slug) for part in
                  getattr(analysis.case_of(dossier), "parts", ())])
        return digest(self.plan, self._dossier_digest(dossier),
                      pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL))

    def _looked_up(self, slug: str) -> str | None:
        dossier = dict.get(self.dossiers, slug)
        return None if dossier is None else self._dossier_digest(dossier)

    def _dossier_digest(self, dossier: Dossier) -> str:
        found = self._digests.get(dossier.slug)
        if found is None:
            known = self.remembered.digests.get(dossier.slug)
            if known is not None and known[0] is dossier:
                found = known[1]
            else:
                found = model_digest(dossier)
                self.remembered.digests.put(dossier.slug, (dossier, found))
            self._digests[dossier.slug] = found
        return found
