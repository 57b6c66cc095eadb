"""Find the "[INVULLEN" markers that woo nieuw leaves for the team.

A stub that is never filled in would publish "[INVULLEN: ...]" on the public
site, and most stubbed values (a request text, an "Ad" section) are otherwise
valid. So every marker still present is an error, named by file, field and line.
"""

from __future__ import annotations

from pathlib import Path

from ..messages.problems import Problem, field_path
from ..source.yamlsafe import YamlDocument, YamlError, load_yaml

MARKER = "[INVULLEN"
CODE = "placeholder"


def _shown(text: str) -> str:
    start = text.index(MARKER)
    end = text.find("]", start)
    return text[start: end + 1 if end >= 0 else None]


def placeholder_problems(folder: Path, root: Path, doc: YamlDocument | None = None) -> list[Problem]:
    """One error per value of dossier.yml and per line of the letter that holds the marker.
    doc: dossier.yml as the loader parsed it, when it did (parsing it again cost a fifth of
    reading a dossier)."""
    slug, yml, letter = folder.name, folder / "dossier.yml", folder / "decision.md"
    found = []
    if doc is None:
        try:
            doc = load_yaml(yml.read_bytes())
        except (OSError, YamlError):
            doc = None  # the loader reports unreadable files in its own words
    if doc is not None and isinstance(doc.data, dict):
        name = doc.data.get("decision", "decision.md")
        # Only a bare file name: the loader refuses paths, and so we never read them.
        letter = folder / name if isinstance(name, str) and "/" not in name else None
        for path, raw in doc.raw.items():
            if MARKER in raw:
                found.append(Problem(slug, yml.relative_to(root).as_posix(),
                                     field=field_path(path) or None, line=doc.line_of(path),
                                     code=CODE, params={"text": _shown(raw)}))
    if letter is not None and letter.is_file() and not letter.is_symlink():
        try:
            text = letter.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            text = ""
        for number, line in enumerate(text.splitlines(), start=1):
            if MARKER in line:
                found.append(Problem(slug, letter.relative_to(root).as_posix(), line=number,
                                     code=CODE, params={"text": _shown(line)}))
    return sorted(found, key=lambda p: (p.file, p.line or 0))
