"""Never half-published, always the same bytes: how the plugin writes `site/`.

A `mkdocs build --strict` that fails must leave the previous `site/` as it
was: a deploy step that runs anyway, or a person who looks, sees the last good
site, never a mix. MkDocs itself cleans `site_dir` first and aborts for strict
warnings only after every plugin's `on_post_build`. So the plugin sends the
build to a hidden sibling folder (`.site.new`) in `on_config` and, as the very
last `on_post_build`, swaps it in only when MkDocs' own strict-mode counter has
no warnings; on any failure the sibling is removed and `site/` is untouched.
This works for every way the build is started (`make build`, CI, tests calling
MkDocs' `build()`), which a wrapper script would not. `mkdocs serve`,
`gh-deploy` and `--dirty` builds write in place as usual.

Two builds of the same input give the same bytes: MkDocs stamps the sitemap
(`lastmod`) and the gzip header of `sitemap.xml.gz` with the build time unless
SOURCE_DATE_EPOCH is set. When it is not set, the plugin sets it for the build
to the newest publication date of the published dossiers: the date the site's
content last changed.
"""

from __future__ import annotations

import logging
import os
import shutil
from calendar import timegm
from collections.abc import Iterable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils import CountHandler

from ..model import Dossier

EPOCH = "SOURCE_DATE_EPOCH"


class SafePublishing:
    def __init__(self) -> None:
        self.command: str | None = None
        self.dirty = False
        self.final: Path | None = None
        self.staging: Path | None = None
        self.config: MkDocsConfig | None = None
        self.epoch_set = False

    def startup(self, command: str, dirty: bool) -> None:
        self.command, self.dirty = command, dirty

    def redirect(self, config: MkDocsConfig) -> None:
        """Point the build at a fresh sibling of site_dir (unless serving or deploying)."""
        self.final = self.staging = None
        if self.command in {"serve", "gh-deploy"} or self.dirty:
            return
        self.config = config
        self.final = Path(config.site_dir)
        self.staging = self.final.with_name(f".{self.final.name}.new")
        shutil.rmtree(self.staging, ignore_errors=True)  # left by a killed build
        config.site_dir = str(self.staging)

    def pin_build_date(self, dossiers: Iterable[Dossier]) -> None:
        if EPOCH in os.environ:
            return
        dates = [d.dates.publication for d in dossiers]
        newest = max(dates) if dates else None
        os.environ[EPOCH] = str(timegm(newest.timetuple()) if newest else 0)
        self.epoch_set = True

    def finish(self, config: MkDocsConfig) -> bool:
        """Swap the new site in when the build counts no strict-mode warning; True if swapped."""
        self._unpin_build_date()
        if self.final is None or self.staging is None:
            return False
        config.site_dir = str(self.final)
        if _strict_warnings():
            shutil.rmtree(self.staging, ignore_errors=True)
            return False
        old = self.final.with_name(f".{self.final.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if self.final.exists() or self.final.is_symlink():
            self.final.rename(old)
        self.staging.rename(self.final)
        shutil.rmtree(old, ignore_errors=True)
        return True

    def abandon(self) -> None:
        """After an exception: drop the half-built sibling; site/ stays as it was."""
        self._unpin_build_date()
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
        if self.config is not None and self.final is not None:
            self.config.site_dir = str(self.final)

    def _unpin_build_date(self) -> None:
        if self.epoch_set:
            os.environ.pop(EPOCH, None)
            self.epoch_set = False


def _strict_warnings() -> bool:
    """Whether MkDocs' strict-mode counter (attached only with --strict) saw a warning."""
    handlers = logging.getLogger("mkdocs").handlers
    return any(isinstance(h, CountHandler) and h.get_counts() for h in handlers)
