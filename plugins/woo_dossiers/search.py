"""The site's search index: Pagefind over the built HTML, annex text pages included.

Why Pagefind and not MkDocs' built-in search: the built-in index is one JSON
file with the text of every page, downloaded whole by every visitor who
searches; with annex text it grows with every dossier. Pagefind splits the
index into chunks and fetches only those a query needs. Measurements and the
decision: docs/search.md.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

# The theme's chrome repeats on every page; indexing it would make every page match.
EXCLUDE_SELECTORS = (
    ".md-header", ".md-tabs", ".md-sidebar", ".md-footer", ".md-skip", ".md-search",
    "[data-pagefind-ignore]",
)
BUNDLE = "pagefind"  # folder inside site/ that holds the index and the search UI


def build_index(site_dir: Path, timeout: float = 600, module: str = "pagefind") -> str | None:
    """Index `site_dir` in place; None on success, else what went wrong in plain words.

    `module` is the Python module that runs Pagefind (tests name a missing one).
    """
    if importlib.util.find_spec(module) is None:
        return ("the search index was not built: the Python package 'pagefind[extended]' "
                "is not installed (pip install 'pagefind[extended]')")
    command = [sys.executable, "-m", module, "--site", str(site_dir),
               "--output-subdir", BUNDLE, "--force-language", "nl", "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"the search index was not built: {error}"
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        return "the search index was not built: " + (detail[-1] if detail else "pagefind failed")
    return None
