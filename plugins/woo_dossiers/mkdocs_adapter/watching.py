"""`mkdocs serve` told of a change in the dossiers folder by the system, not by polling.

MkDocs' live-reload server watches with watchdog's polling observer: every half
second it lists and `stat`s every file under each watched folder. The dossiers
folder holds every letter and annex PDF: 5,500 files at 1,000 dossiers took
0.1 s of CPU a poll, a sixth of a core for as long as serve runs (and, at
10,000 dossiers, about all of one), and each rebuild waited for the next poll
to notice the save. So the dossiers folder gets an observer of the system's own
(inotify on Linux, FSEvents on macOS) that asks the server for a rebuild the way
its own watcher does. Where there is none, or it cannot start (too few inotify
watches for the folder), the folder is watched as MkDocs watches the rest.

The observer asks the system for changes only, not for every file opened or read: each
rebuild reads every dossier.yml, and the events of those reads, handled in the observer's
thread while the rebuild runs, took 0.3 s of a 2 s rebuild at 1,000 dossiers.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from watchdog.events import (
    EVENT_TYPE_ATTRIB,
    EVENT_TYPE_CREATED,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MODIFIED,
    EVENT_TYPE_MOVED,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("mkdocs.plugins.woo")
# What changes a file (as polling sees it: a file's times or mode changed count, as they do
# for the dossier's fingerprint, source/cache.py); not a file opened or closed unchanged,
# which the build itself does when it reads a dossier.
_CHANGES = {EVENT_TYPE_CREATED, EVENT_TYPE_DELETED, EVENT_TYPE_MODIFIED, EVENT_TYPE_MOVED,
            EVENT_TYPE_ATTRIB}
# The events asked of the system: those of `_CHANGES`, and no folder's own "modified".
_ASKED = [FileCreatedEvent, DirCreatedEvent, FileDeletedEvent, DirDeletedEvent, FileModifiedEvent,
          FileAttribEvent, FileMovedEvent, DirMovedEvent]


class DossierWatch:
    """The dossiers folder's observer for one `mkdocs serve` (or None: MkDocs polls it)."""

    def __init__(self) -> None:
        self.observer: Any = None

    def start(self, server: Any, folder: Path) -> None:
        """Watch `folder` for `server` (MkDocs' LiveReloadServer)."""
        self.stop()
        if Observer is PollingObserver or not _can_ask_for_rebuild(server):
            server.watch(str(folder))
            return
        handler = FileSystemEventHandler()
        handler.on_any_event = _asking_for_rebuild(server)  # type: ignore[method-assign]
        observer = Observer()
        try:
            observer.schedule(handler, str(folder), recursive=True, event_filter=_ASKED)
            observer.start()
        except OSError as error:  # e.g. more folders than inotify watches left
            log.info(f"watching {folder} by polling: {error}")
            server.watch(str(folder))
            return
        self.observer = observer
        log.info(f"watching {folder} for changes as the system reports them")

    def stop(self) -> None:
        if self.observer is not None:
            self.observer.stop()
            self.observer = None


def _can_ask_for_rebuild(server: Any) -> bool:
    """Whether the server asks for a rebuild as MkDocs 1.6 (and ProperDocs) does: a flag
    under a condition its build loop waits on."""
    return hasattr(server, "_rebuild_cond") and hasattr(server, "_want_rebuild")


def _asking_for_rebuild(server: Any) -> Any:
    """What MkDocs' own watcher does on a change (livereload.LiveReloadServer.watch)."""
    def changed(event: FileSystemEvent) -> None:
        # A folder's own "modified" only echoes a change to a file in it; but a folder
        # moved out or deleted is all the system says of the files in it (a dossier taken
        # off the site), and polling saw those files go.
        if event.event_type not in _CHANGES or (
                event.is_directory and event.event_type == EVENT_TYPE_MODIFIED):
            return
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    return changed

