"""Each dossier's model as the last load made it, for the next one (used by
`loader.load_site`): `mkdocs serve` keeps them in memory from one rebuild to the next, and
`mkdocs build` on disk (in shards, source/shards.py, beside the parsed sources).

A dossier whose folder has the same fingerprint (`source.cache.fingerprint`: its dossier.yml's
bytes and every file's stamp, its annex PDFs' too), whose checks across dossiers say the same
and whose PDFs are read with the same settings, is the same model: it is taken over instead of
reading its annexes' facts and building it again (0.5-1 s of every rebuild at 1,000 dossiers;
at 10,000, building the models and reading their 26,000 annex cache entries was about 6 s of
a one-letter build under the profiler, reading the kept models back is about 4 s, half of it
making their paths again: BENCHMARK.md "N = 10,000, session 20"). On disk they are
kept under the version of this code and of every installed package and of Python (a new pypdf
reads an annex otherwise), and only while what the annex cache held for them is still there.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .annex.facts import StoredText
from .incremental.keys import installed_packages, model_digest
from .messages.problems import Problem
from .model.dossier import Dossier
from .source.cache import code_version
from .source.shards import Shards

MODELS_FOLDER = "models"  # in the cache folder: a folder of shards
_FORMAT = 1


@dataclass(frozen=True)
class Built:
    """A dossier as one load made it: the key of its inputs, its problems before its model
    was made (its own and those across dossiers) and after, its model."""

    key: tuple[str, ...]
    before: tuple[Problem, ...]
    problems: tuple[Problem, ...]
    dossier: Dossier | None
    digest: str = ""  # the model's as it was built (keys.model_digest), for DossierMemo


class ModelMemo:
    """Each dossier as the last load made it, by its folder; `folder`: where they are kept
    between builds (None: in memory only, `mkdocs serve`'s, for the life of the process)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.kept: Shards[Built] = Shards(folder, _FORMAT, model_version() if folder else "")
        self.seen: set[str] = set()  # the folders of this load
        self.reused = 0  # in the latest load
        self.annexes: list[str] = []  # the annexes of those (not withdrawn): not looked up

    def start(self) -> None:
        self.seen = set()
        self.reused, self.annexes = 0, []

    def get(self, folder: Path, key: tuple[str, ...], problems: list[Problem]) -> Built | None:
        name = str(folder)
        self.seen.add(name)
        found = self.kept.entries.get(name)
        if found is None or found.key != key or found.before != tuple(problems):
            return None
        if found.dossier is not None and not _still_cached(found.dossier):
            return None
        self.reused += 1
        return found

    def put(self, folder: Path, key: tuple[str, ...], before: tuple[Problem, ...],
            problems: list[Problem], dossier: Dossier | None) -> None:
        self.seen.add(str(folder))
        self.kept.put(str(folder), Built(key, before, tuple(problems), dossier,
                                         model_digest(dossier) if dossier is not None else ""))

    def digests(self) -> dict[str, tuple[Dossier, str]]:
        """Each model of the latest load, by its slug, with its digest as it was built (the
        same model read back from a pickle may pickle to other bytes: its digest would tell
        a differential build it changed, sources.DossierMemo)."""
        found = {}
        for name in self.seen:
            built = self.kept.entries.get(name)
            if built is not None and built.dossier is not None and built.digest:
                found[built.dossier.slug] = (built.dossier, built.digest)
        return found

    def finish(self) -> None:
        """The load is done: the folders it did not ask for are forgotten (a dossier removed,
        one not kept), and the shards whose models changed are written."""
        self.kept.keep_only(self.seen)
        self.kept.write()


def model_version() -> str:
    """What a kept model was made by: this package's code, every installed package, Python."""
    return hashlib.blake2b(f"{code_version()}\n{installed_packages()}".encode(),
                           digest_size=16).hexdigest()


def _still_cached(dossier: Dossier) -> bool:
    """Whether what the annex cache held for the dossier's model is still there (a cache
    cleared meanwhile): an OCR'd copy to publish (annex/ocr.py), a text left in its file
    until its page is written (StoredText). As the annex reader checks them on every read."""
    for annex in dossier.annexes:
        if annex.published is not None and not annex.published.is_file():
            return False
        if isinstance(annex.text, StoredText) and not annex.text.path.is_file():
            return False
    return True
