"""`mkdocs serve`: each dossier's model as the previous rebuild loaded it, for the next one
(used by `loader.load_site`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .annex.facts import StoredText
from .latest import Latest
from .messages.problems import Problem
from .model.dossier import Dossier


@dataclass(frozen=True)
class Built:
    """A dossier as one load made it: the key of its inputs, its problems before its model
    was made (its own and those across dossiers) and after, its model."""

    key: tuple[str, ...]
    before: tuple[Problem, ...]
    problems: tuple[Problem, ...]
    dossier: Dossier | None


class ModelMemo:
    """`mkdocs serve`: each dossier as the previous rebuild loaded it, for the next one.

    A dossier whose folder has the same fingerprint (`source.cache.fingerprint`: its
    dossier.yml's bytes and every file's stamp, its annex PDFs' too), whose checks across
    dossiers say the same and whose PDFs are read with the same settings, is the same
    model: it is taken over instead of reading its annexes' facts and building it again
    (0.5-1 s of every rebuild at 1,000 dossiers)."""

    def __init__(self) -> None:
        self.built: Latest[str, Built] = Latest()  # by folder
        self.reused = 0  # in the latest load

    def start(self) -> None:
        self.built.start()
        self.reused = 0

    def get(self, folder: Path, key: tuple[str, ...], problems: list[Problem]) -> Built | None:
        found = self.built.get(str(folder))
        if found is None or found.key != key or found.before != tuple(problems):
            return None
        if found.dossier is not None and not _still_cached(found.dossier):
            return None
        self.reused += 1
        return found

    def put(self, folder: Path, key: tuple[str, ...], before: tuple[Problem, ...],
            problems: list[Problem], dossier: Dossier | None) -> None:
        self.built.put(str(folder), Built(key, before, tuple(problems), dossier))


def _still_cached(dossier: Dossier) -> bool:
    """Whether what the annex cache held for the dossier's model is still there (a cache
    cleared during serve): an OCR'd copy to publish (annex/ocr.py), a text left in its file
    until its page is written (StoredText). As the annex reader checks them on every read."""
    for annex in dossier.annexes:
        if annex.published is not None and not annex.published.is_file():
            return False
        if isinstance(annex.text, StoredText) and not annex.text.path.is_file():
            return False
    return True
