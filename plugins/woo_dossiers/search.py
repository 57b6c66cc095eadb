"""The site's search index: Pagefind over the built HTML, annex text pages included.

Why Pagefind and not MkDocs' built-in search: the built-in index is one JSON
file with the text of every page, downloaded whole by every visitor who
searches; with annex text it grows with every dossier. Pagefind splits the
index into chunks and fetches only those a query needs. Measurements and the
decision: docs/search.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

# The theme's chrome repeats on every page; indexing it would make every page match.
EXCLUDE_SELECTORS = (
    ".md-header", ".md-tabs", ".md-sidebar", ".md-footer", ".md-skip", ".md-search",
    "[data-pagefind-ignore]",
)
BUNDLE = "pagefind"  # folder inside site/ that holds the index and the search UI
# Pages with this attribute are the site bundle's; the annex text pages, which have
# a bundle of their own (search_annexes.py), go without it. Pagefind indexes only
# marked pages once any page is marked, and only the marked element: the article.
ARTICLE = '<article class="md-content__inner md-typeset">'
MARKED_ARTICLE = '<article class="md-content__inner md-typeset" data-pagefind-body>'


def mark_for_index(html: str) -> str:
    """The page's article marked as what the site's search bundle indexes."""
    return html.replace(ARTICLE, MARKED_ARTICLE, 1)


def build_index(site_dir: Path, timeout: float = 600, module: str = "pagefind",
                cache_dir: Path | None = None, skip: frozenset[str] = frozenset()) -> str | None:
    """Index `site_dir` in place; None on success, else what went wrong in plain words.

    `module` is the Python module that runs Pagefind (tests name a missing one).
    With `cache_dir`, a site whose pages are the same as at the last indexing gets
    that index back instead of a new run: Pagefind reads every page each time,
    which made it a third of a rebuild in which nothing had changed. `skip`: pages
    (paths inside the site) that this bundle leaves out: they are neither hashed
    nor handed to Pagefind (see _pages_only).
    """
    key = (_pages_key(site_dir, module, skip)
           if cache_dir is not None and site_dir.is_dir() else None)
    kept = cache_dir / "pagefind" / key if cache_dir is not None and key else None
    if kept is not None and kept.is_dir():
        shutil.rmtree(site_dir / BUNDLE, ignore_errors=True)
        shutil.copytree(kept, site_dir / BUNDLE)
        return None
    shutil.rmtree(site_dir / BUNDLE, ignore_errors=True)  # no stale chunks of an older index
    if skip and site_dir.is_dir():
        with _pages_only(site_dir, skip) as pages:
            problem = _run(pages, timeout, module, output=site_dir / BUNDLE)
    else:
        problem = _run(site_dir, timeout, module)
    if problem is None and kept is not None:
        shutil.rmtree(kept.parent, ignore_errors=True)  # keep only the newest index
        partial = kept.with_name(kept.name + ".partial")
        shutil.copytree(site_dir / BUNDLE, partial)
        partial.rename(kept)
    return problem


def _pages_key(site_dir: Path, module: str, skip: frozenset[str]) -> str:
    """A hash of every page Pagefind would read, and of how it is run."""
    digest = run_key(module)
    for page in sorted(site_dir.rglob("*.html")):
        name = page.relative_to(site_dir)
        if not name.parts[0].startswith(BUNDLE) and name.as_posix() not in skip:
            digest.update(name.as_posix().encode() + b"\0" + page.read_bytes() + b"\0")
    return digest.hexdigest()


def run_key(module: str) -> hashlib.blake2b:
    """The start of a bundle's key: how Pagefind is run (a new version indexes anew)."""
    return hashlib.blake2b(f"{module}|{EXCLUDE_SELECTORS}|{_version(module)}".encode(),
                           digest_size=16)


def missing(module: str) -> str | None:
    """Why Pagefind cannot run, or None."""
    if importlib.util.find_spec(module) is None:
        return ("the search index was not built: the Python package 'pagefind[extended]' "
                "is not installed (pip install 'pagefind[extended]')")
    return None


def command(module: str, site: Path, output: list[str]) -> list[str]:
    """The Pagefind command line for the pages under `site`; `output` says where to write."""
    args = [sys.executable, "-m", module, "--site", str(site), *output,
            "--force-language", "nl", "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        args += ["--exclude-selectors", selector]
    return args


def _version(module: str) -> str:
    try:
        return importlib.metadata.version(module)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


@contextlib.contextmanager
def _pages_only(site_dir: Path, skip: frozenset[str]) -> Iterator[Path]:
    """A folder beside the site with hard links to its pages, but for those in `skip`.

    Pagefind reads every HTML file under the folder it is given, also the pages it
    then leaves out of the index: at 1,000 dossiers the annex text pages made that
    16 s and 1.6 GB for the site's own bundle, against 4 s and 0.5 GB without them.
    """
    folder = site_dir.with_name(f".{site_dir.name}.search-pages")
    shutil.rmtree(folder, ignore_errors=True)
    try:
        for page in site_dir.rglob("*.html"):
            name = page.relative_to(site_dir)
            if name.parts[0].startswith(BUNDLE) or name.as_posix() in skip:
                continue
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(page, target)
            except OSError:  # a file system without hard links
                shutil.copyfile(page, target)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(site_dir: Path, timeout: float, module: str, output: Path | None = None) -> str | None:
    problem = missing(module)
    if problem:
        return problem
    where = ["--output-path", str(output)] if output else ["--output-subdir", BUNDLE]
    try:
        done = subprocess.run(command(module, site_dir, where),
                              capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"the search index was not built: {error}"
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        return "the search index was not built: " + (detail[-1] if detail else "pagefind failed")
    return None
