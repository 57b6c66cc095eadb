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

Two builds at once would share `.site.new` and delete it under each other's
feet, so a build holds a lock (`.site.lock` beside `site/`, released by the
kernel when the process ends, however it ends) from `on_config` until the
swap; a second build waits for the first. The swap renames `site/` to
`.site.old` and `.site.new` to `site/`: a build killed between the two
renames leaves the good copy in `.site.old`, and the next build puts it back
before anything else, so `site/` is never lost and never deleted while it is
the only good copy.

A folder the new site would have whole as the previous site has it (a search
bundle of tens of thousands of files, a dossier's folder, that did not change:
search/bundles.py, workfiles.Folders) is not linked into `.site.new` file by
file, only to be deleted from the old site a moment later: it moves from the
old site into the new one between the two renames, one rename each
(`move_at_swap`). `.site.moves` lists those folders first, so a
build killed while they move leaves the next build what it needs to move them
back before it puts `.site.old` back: the previous site comes back whole.

Two builds of the same input give the same bytes: MkDocs stamps the sitemap
(`lastmod`) and the gzip header of `sitemap.xml.gz` with the build time unless
SOURCE_DATE_EPOCH is set. When it is not set, the plugin sets it for the build
to the newest publication date of the published dossiers: the date the site's
content last changed.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
from calendar import timegm
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils import CountHandler

from ..collector import (
    hold_for_build,
    hold_for_rebuild,
    hold_while_loading,
    release_after_build,
    release_after_serve,
)
from ..model.dossier import Dossier
from ..served import AfterRebuild, ServedFolder, folder_contents
from ..workfiles import link_or_copy

EPOCH = "SOURCE_DATE_EPOCH"
# Tests set this to a step of the swap to stop the process right there, as a kill would.
FAULT = "WOO_FAULT"
log = logging.getLogger("mkdocs.plugins.woo")


def build_year() -> int:
    """The year of the build's fixed date (pin_build_date), for "this year" on the home page."""
    epoch = os.environ.get(EPOCH)
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.year


class SafePublishing:
    def __init__(self) -> None:
        self.command: str | None = None
        self.dirty = False
        self.final: Path | None = None
        self.staging: Path | None = None
        self.config: MkDocsConfig | None = None
        self.epoch_set = False
        self.lock: int | None = None  # file descriptor of .site.lock while this build holds it
        self.served: ServedFolder | None = None  # `mkdocs serve`'s folder, kept (served.py)
        self.served_contents: frozenset[str] | None = None  # what the last merge left in it
        self.served_bundles: dict[str, str] = {}  # the search bundles it holds whole, by key
        self.later: AfterRebuild | None = None  # what the last serve rebuild left to do
        self.moves: list[str] = []  # folders of the previous site the swap moves in (see above)

    def set_served_aside(self, config: MkDocsConfig) -> None:
        """Under `mkdocs serve` (never --dirty, which keeps the folder's files), before MkDocs
        empties the folder it serves: the previous rebuild's files move aside, to be kept
        where this rebuild makes the same (served.py); MkDocs then empties an empty folder."""
        self.serve_previous()  # one a rebuild stopped before its end left (never lost)
        if self.command == "serve" and not self.dirty:
            self.served = ServedFolder.set_aside(Path(config.site_dir), self.served_contents,
                                                 self.served_bundles)

    def serve_merged(self, site_dir: Path, placed: dict[str, str]) -> None:
        """The rebuild is complete: serve the folder set aside with what it made. If that
        fails half-way the served folder is left as it is (the next rebuild places what it
        lacks) and the folder set aside is removed, not left in the temporary folder.
        Serve's first build (nothing set aside) notes what its folder holds, so that the
        first rebuild after it need not walk it, and the search bundles it placed whole
        (`placed`: folder -> key), which that rebuild leaves where they are."""
        if self.served is None and self.command == "serve" and not self.dirty:
            self.served_contents = folder_contents(site_dir)
            self.served_bundles = {os.path.normpath(f): key for f, key in placed.items()}
        if self.served is not None:
            served, self.served, self.served_contents = self.served, None, None
            self.served_bundles = {}
            try:
                self.served_contents = served.merge()
                self.served_bundles = served.bundles
            except BaseException:
                shutil.rmtree(served.aside, ignore_errors=True)
                raise

    def serve_later(self, folder: str | None = None, key: str = "",
                    job: Callable[[], set[str] | None] | None = None,
                    record: Callable[[], None] | None = None) -> None:
        """Under `mkdocs serve`, once this rebuild is done: the kept pages' record to write
        (`record`), a search bundle to write (`job`) and the garbage collector's pass, in
        the background (served.AfterRebuild)."""
        if self.command == "serve":
            # One at a time: a rebuild that failed after its on_post_build (`--strict` on a
            # warning) started one already, which must not run on beside the next rebuild.
            self.wait_for_later()
            self.later = AfterRebuild(folder, key, job, record)

    def wait_for_later(self) -> None:
        """Before the next rebuild, and at the end of serve: what the last rebuild left to do
        is done (a bundle written after it is in, and the served folder's record says so)."""
        if self.later is not None:
            later, self.later = self.later, None
            self.served_contents, self.served_bundles = later.wait(self.served_contents,
                                                                   self.served_bundles)

    def serve_ends(self) -> None:
        """`mkdocs serve` stops: what the last rebuild left to do is done, and the garbage
        collector is as it was before serve (collector.release_after_serve)."""
        self.wait_for_later()
        if self.command == "serve":
            release_after_serve()

    def serve_starts(self) -> None:
        """A rebuild under `mkdocs serve` begins: what the last one left to do is done, and
        the garbage collector waits till this one is (collector.hold_for_rebuild); not in serve's
        first build, which renders every page."""
        self.wait_for_later()
        if self.command == "serve" and self.served_contents is not None:
            hold_for_rebuild()

    def loading(self) -> None:
        """The build loads its dossiers and plans the site's files: what that makes lives till
        its end (collector.hold_while_loading; not under serve, see serve_starts)."""
        if self.command != "serve":
            hold_while_loading()

    def planned(self) -> None:
        """The site's files are planned: in a build (not serve's rebuilds, see serve_starts),
        what is alive now lives till its end, out of the garbage collector's reach till then
        (collector.hold_for_build; `finish` and `abandon` give it back)."""
        if self.command != "serve":
            hold_for_build()

    def serve_previous(self) -> None:
        """The rebuild failed: serve the last complete one again."""
        if self.served is not None:
            served, self.served = self.served, None
            served.restore()

    def startup(self, command: str, dirty: bool) -> None:
        self.command, self.dirty = command, dirty

    def redirect(self, config: MkDocsConfig) -> None:
        """Point the build at a fresh sibling of site_dir (unless serving or deploying)."""
        self.final = self.staging = None
        self.moves = []
        if self.command in {"serve", "gh-deploy"} or self.dirty:
            return
        self.config = config
        self.final = Path(config.site_dir)
        self.staging = self.final.with_name(f".{self.final.name}.new")
        self._lock()
        self._recover()
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
        release_after_build()
        if self.final is None or self.staging is None:
            return False
        config.site_dir = str(self.final)
        try:
            if _strict_warnings():
                shutil.rmtree(self.staging, ignore_errors=True)
                return False
            old = self._old()
            _clear(old)
            if self.moves and not self.final.is_dir():  # removed while this build ran
                # Not swapped in without the folders it was to take from there (oserrors.py
                # turns this into one Dutch line).
                raise FileNotFoundError(errno.ENOENT, "de vorige site is weggehaald terwijl de "
                                        "build liep", str(self.final))
            if self.final.exists() or self.final.is_symlink():
                if self.moves:
                    self._journal().write_text("".join(f"{move}\n" for move in self.moves), "utf-8")
                self.final.rename(old)
                self._move_in(old)
            _fault("between-renames")
            self.staging.rename(self.final)
            self._journal().unlink(missing_ok=True)
            _clear(old)
            return True
        finally:
            self.moves = []
            self._unlock()

    def move_at_swap(self, folder: str) -> bool:
        """Have the swap move `folder` (site-relative), whole in the previous site as this
        build would write it, from there into the new site; False when there is no swap to do
        it (serve, --dirty, gh-deploy, no previous site): then the caller writes the folder."""
        if self.final is None or self.staging is None or self.final.is_symlink():
            return False
        path = self.final / folder
        try:
            # A real folder of site/ on its disk: not through a symlink (its folder outlives
            # the build, and a rename would move the link), not another disk mounted there.
            if (os.path.realpath(path) != os.path.join(os.path.realpath(self.final), folder)
                    or not path.is_dir() or path.stat().st_dev != self.final.stat().st_dev):
                return False
        except OSError:
            return False
        self.moves.append(folder)
        return True

    def _move_in(self, old: Path) -> None:
        """Move the folders listed for the swap from the old site into the new one. One that
        cannot move (a folder of the old site that may not be changed) is linked or copied
        from there instead; if that fails too, everything goes back as it was and the error
        is raised."""
        assert self.staging is not None
        try:
            for number, folder in enumerate(self.moves):
                if number:
                    _fault("while-moving")
                target = self.staging / folder
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    _fault_os("cannot-move")
                    (old / folder).rename(target)
                except OSError:
                    shutil.copytree(old / folder, target, copy_function=link_or_copy)
        except BaseException:
            self._recover()
            raise

    def _journal(self) -> Path:
        assert self.final is not None
        return self.final.with_name(f".{self.final.name}.moves")

    def abandon(self) -> None:
        """After an exception: drop the half-built sibling; site/ stays as it was."""
        self._unpin_build_date()
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
        if self.config is not None and self.final is not None:
            self.config.site_dir = str(self.final)
        self._unlock()
        release_after_build()

    def _old(self) -> Path:
        assert self.final is not None
        return self.final.with_name(f".{self.final.name}.old")

    def _lock(self) -> None:
        """Hold .site.lock for this build; wait while another build holds it."""
        assert self.final is not None
        self.final.parent.mkdir(parents=True, exist_ok=True)
        path = self.final.with_name(f".{self.final.name}.lock")
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info(f"another build is writing {self.final}; waiting for it to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        self.lock = handle

    def _unlock(self) -> None:
        if self.lock is not None:
            os.close(self.lock)  # closing releases the lock
            self.lock = None

    def _recover(self) -> None:
        """A build killed between the swap's two renames left the good site in .site.old."""
        assert self.final is not None
        old, journal = self._old(), self._journal()
        missing = not (self.final.exists() or self.final.is_symlink())
        # Folders moved from the previous site into the new one, which never went in, go
        # back: into .site.old, or into site/ when someone already put that back by hand.
        home = old if missing else self.final
        if journal.is_file() and home.is_dir() and not home.is_symlink():
            staging = self.final.with_name(f".{self.final.name}.new")
            for folder in journal.read_text("utf-8").splitlines():
                if (staging / folder).is_dir() and not (home / folder).exists():
                    (staging / folder).rename(home / folder)
        if missing and old.is_dir():
            old.rename(self.final)
            log.info(f"{self.final} was missing after an interrupted build; the previous site "
                     "is back in place")
        journal.unlink(missing_ok=True)

    def _unpin_build_date(self) -> None:
        if self.epoch_set:
            os.environ.pop(EPOCH, None)
            self.epoch_set = False


def _clear(old: Path) -> None:
    """Remove the previous site. What cannot be removed (a file another user owns, a busy
    mount) is moved aside under a name of its own, so the next swap can still happen."""
    shutil.rmtree(old, ignore_errors=True)
    if old.exists() or old.is_symlink():
        aside = old.with_name(f"{old.name}-{os.getpid()}")
        old.rename(aside)
        log.warning(f"the previous site could not be removed completely; it was moved to "
                    f"{aside}: remove it by hand")


def _fault(point: str) -> None:
    if os.environ.get(FAULT) == point:
        os._exit(70)


def _fault_os(point: str) -> None:
    """As `_fault`, but the step fails as a disk or a permission would make it fail."""
    if os.environ.get(FAULT) == point:
        raise PermissionError(errno.EACCES, "Permission denied (WOO_FAULT)")


def _strict_warnings() -> bool:
    """Whether MkDocs' strict-mode counter (attached only with --strict) saw a warning."""
    handlers = logging.getLogger("mkdocs").handlers
    return any(isinstance(h, CountHandler) and h.get_counts() for h in handlers)
