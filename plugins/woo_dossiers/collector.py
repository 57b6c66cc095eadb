"""The garbage collector during a build: which objects its passes go over, and when.

Python's collector passes over every object that can hold others, over and over as a
build makes them: its full passes go over all of them. A build's largest part lives
from loading to the end (the models, the analysis, MkDocs' files and pages), so those
passes went over the same objects again and again, and found nothing to free there.

- `mkdocs build` (`hold_while_loading`, `hold_for_build`, `release_after_build`): as the
  dossiers are loaded, what is alive (the engine, its configuration) is moved out of the
  collector's reach (`gc.freeze`: objects made since are still collected) and the collector
  makes no full pass; once the site's files are planned, what is alive then is moved out of
  its reach too and it makes its full passes again, over what the rest of the build makes;
  it passes less often over new objects throughout. The build's end (done or failed) gives
  it back as it was. At 10,000 dossiers the collector took 13 s of a one-letter build's
  50.7 s of CPU (23 full passes), 7.8 s with the hold after planning alone, and 2.4 s of
  42.7 s with both (BENCHMARK.md); its peak memory stayed the same (1.77 GB).
- `mkdocs serve` (`hold_for_rebuild`, `tidy_after_rebuild`, `release_after_serve`): no
  pass during a rebuild; once it is done, while nobody waits, one full pass and what is
  still alive moved out of reach, so that passes for the server's own work between
  rebuilds do not go over what serve keeps for the next rebuild.
- The end of an `mkdocs` command (`no_passes_at_exit`): as the process exits, Python makes
  its full passes over everything still alive once more, to free what refers to itself.
  At 10,000 dossiers that was 4 s after a one-letter build of 34 s, for memory the system
  takes back anyway.
"""

from __future__ import annotations

import atexit
import gc

# Objects made (less those freed) between the passes over the youngest: Python's 700 made the
# collector pass about 9,000 times in a build of 10,000 dossiers. What a pass finds is only
# freed later with a larger number, never kept: at most this many objects wait.
BUILD_THRESHOLD = 20_000
# While the dossiers are loaded and the site planned, the objects made live to the build's
# end (the models, the analysis, the files): the full passes that Python makes each time the
# long-lived objects grew by a quarter went over them again and again and freed nothing.
_NO_FULL_PASS = 1_000_000_000

_before: tuple[int, int, int] | None = None  # the thresholds a build's hold found
_exit_held = False  # whether `no_passes_at_exit` has registered its hold


def hold_while_loading() -> None:
    """A build loads its dossiers: what is alive now (the engine, its configuration) and
    what loading makes stays till the build's end; the collector still passes over new
    objects, but not over all of them."""
    global _before
    if _before is not None:
        return
    _before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(BUILD_THRESHOLD, _before[0]), _before[1], _NO_FULL_PASS)


def hold_for_build() -> None:
    """A build's files are planned: what is alive now stays till the build's end, out of
    the collector's reach; it passes over what the rest of the build makes as usual, less
    often over new objects."""
    global _before
    if _before is None:
        _before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(BUILD_THRESHOLD, _before[0]), *_before[1:])


def release_after_build() -> None:
    """The build is done or failed: a process that builds on (tests, tools) gets its
    collector back as it was, and everything in its reach again."""
    global _before
    if _before is None:
        return
    gc.unfreeze()
    gc.set_threshold(*_before)
    _before = None


def hold_for_rebuild() -> None:
    """Under `mkdocs serve`, as a rebuild starts: no garbage collector's passes until it is
    done (`tidy_after_rebuild`). A serve process keeps what a rebuild worked out for the
    next one (the models, the store's record, the served folder's: 240,000 objects at 1,000
    dossiers), and the collector passed over them and the rebuild's own two or three times
    a rebuild (0.3-0.5 s of about 2.2 s after one letter). What a rebuild leaves that only
    the collector frees (cycles: MkDocs' pages and files refer to each other) waits the
    length of one rebuild."""
    gc.disable()


def release_after_serve() -> None:
    """At the end of `mkdocs serve` (a process may build on: tests, tools): what was moved out
    of the collector's reach is in it again, and the collector runs as always."""
    gc.unfreeze()
    gc.enable()


def tidy_after_rebuild() -> None:
    """Once a serve rebuild is done, while nobody waits: collect what it left, move what is
    still alive out of the collector's reach (`gc.freeze`, so that a pass it makes before
    the next rebuild, for the server's own work, does not go over it), and let it run."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.enable()


def no_passes_at_exit() -> None:
    """An `mkdocs` command has ended (MkDocs' `on_shutdown`: the process exits next). When
    it exits, what is alive then is out of the collector's reach, so Python's last passes
    do not go over the whole build's objects (1.2 million at 10,000 dossiers, several
    passes: 4 s) to free memory the system takes back. Only at the exit: a process that
    builds on (tests, tools) keeps its collector as it was until then. What the collector
    alone would free there is only left unfreed, which Python allows at an exit (no
    finaliser of an object still alive at exit is sure to run)."""
    global _exit_held
    if not _exit_held:
        atexit.register(gc.freeze)
        _exit_held = True
