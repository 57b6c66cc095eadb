"""The keys of a differential build: a page's own inputs, and what every page shares.

A key is a digest of everything that can change a page's bytes. When in doubt a
key takes more in (a page rendered again costs time; a page reused wrongly is a
wrong site): the whole configuration rather than the settings a page reads, every
installed package's version rather than the engine's and the theme's.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import pickle
import re
import sys
import sysconfig
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from ..annex.facts import StoredText
from ..site_plan import Entry

# Bumped when what a kept page records (store.py) or how keys are made changes.
FORMAT = "3"
# A template that prints the build date (or a page's date, which is the build date for a
# page without one of its own) makes every page depend on it.
_BUILD_DATE = re.compile(r"build_date_utc|update_date")
# A template that lists every page ({{ pages }}, {% for p in pages %}) makes every page
# depend on the set of pages.
_ALL_PAGES = re.compile(r"\{[{%][^}]*\bpages\b")
_SKIPPED_PARTS = {"__pycache__"}
# This package's templates: in `package_digest`; its woo/*.html are rendered into a page's
# Markdown (so into its key) and list no pages.
_OWN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def digest(*parts: str | bytes) -> str:
    hasher = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little") + data)
    return hasher.hexdigest()


def model_digest(model: object) -> str:
    """A dossier's model as a whole (a pickle of it): the same for the same model, built
    alike. (A model read back from a pickle may pickle to other bytes, the sharing of its
    strings being another: kept_models.py keeps the digest of the model as it was built.)"""
    return digest(pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL))


def entry_key(entry: Entry, kept_name: Callable[[Path], str | None] | None = None) -> str | None:
    """The key of a generated page's own inputs; None for what is not a page (a file). A
    page the navigation lists shows its neighbours: they are in the site key's navigation.
    `kept_name`: for a source file the store keeps by its content's digest and this build
    checked, that name (OutputStore.checked_name), which stands for the content unread."""
    if not entry.path.endswith(".md"):
        return None
    if entry.content is not None:
        content: str | bytes = entry.content
    elif entry.source is not None:
        name = kept_name(entry.source) if kept_name is not None else None
        content = f"kept:{name}" if name is not None else entry.source.read_bytes()
    else:
        return None
    return digest(FORMAT, entry.path, content, annex_text_key(entry),
                  entry.updated.isoformat() if entry.updated else "",
                  repr(entry.feed))


def annex_text_key(entry: Entry) -> str:
    """What an annex text page's text is (it goes in after rendering): the digest of its
    file in the annex cache, or the text itself."""
    if entry.annex is None:
        return ""
    text = entry.annex[1].text
    if isinstance(text, StoredText) and text.digest is not None:
        return f"stored:{text.digest}"
    return digest(*text)


def site_key(*, command: str, settings: str, engine: str, theme_dirs: Iterable[Path],
             navigation: str, build_date: str, page_urls: Iterable[str]) -> str:
    """What every page shares. `settings`: the configuration as the engine read it;
    `engine`: its module and version; `navigation`: every page and section it lists."""
    dirs = list(theme_dirs)
    parts = [FORMAT, command, settings, engine, installed_packages(), package_digest(), navigation]
    parts += [template_folder_key(folder) for folder in dirs]
    texts = [text for folder in dirs for text in _own_templates(folder)]
    if any(_BUILD_DATE.search(text) for text in texts) or _prints_build_date(dirs):
        parts.append(f"date:{build_date}")
    if any(_ALL_PAGES.search(text) for text in texts):
        parts.append("pages:" + "\n".join(page_urls))
    return digest(*parts)


@cache
def installed_packages() -> str:
    """Every installed distribution and its version, and the Python running the build."""
    names = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    return sys.version + "\n" + "\n".join(names)


def package_digest() -> str:
    """Every file of this package: its code, templates and assets."""
    root = Path(__file__).resolve().parent.parent
    return _folder_digest(root)


def template_folder_key(folder: Path) -> str:
    """A theme folder: an installed package's by its path (its version is in
    `installed_packages`), any other (a site's custom_dir) by its files."""
    resolved = folder.resolve()
    if _installed(resolved) or resolved == _OWN_TEMPLATES:
        return f"installed:{resolved}"
    return f"folder:{resolved}:{_folder_digest(resolved)}"


def _installed(folder: Path) -> bool:
    roots = {Path(sysconfig.get_paths()[name]).resolve() for name in ("purelib", "platlib")}
    return any(folder.is_relative_to(root) for root in roots)


def _own_templates(folder: Path) -> list[str]:
    """The templates of a folder that is not an installed package's (those are read by
    `_prints_build_date`, once per process)."""
    if _installed(folder.resolve()) or folder.resolve() == _OWN_TEMPLATES or not folder.is_dir():
        return []
    return [path.read_text("utf-8", "replace") for path in sorted(folder.rglob("*.html"))]


def _prints_build_date(dirs: list[Path]) -> bool:
    return any(_installed_prints_build_date(str(folder.resolve())) for folder in dirs
               if _installed(folder.resolve()))


@cache
def _installed_prints_build_date(folder: str) -> bool:
    for path in Path(folder).rglob("*.html"):
        if _BUILD_DATE.search(path.read_text("utf-8", "replace")):
            return True
    return False


def _folder_digest(folder: Path) -> str:
    if not folder.is_dir():
        return "missing"
    hasher = hashlib.blake2b(digest_size=20)
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not _SKIPPED_PARTS & set(path.parts) and path.suffix != ".pyc":
            name = path.relative_to(folder).as_posix().encode()
            data = path.read_bytes()
            hasher.update(len(name).to_bytes(8, "little") + name
                          + len(data).to_bytes(8, "little") + data)
    return hasher.hexdigest()
