"""Work files named after the build process that made them, and clearing those of killed builds.

A build keeps some of its work on disk in the cache folder (mkdocs_adapter/scratch.py,
search/bundles.py, search/annex_bundle.py) and removes it when it ends, whether it succeeded or
failed. A build that is killed cannot; the next build removes what such a build left,
which it knows by the process id in the name: that process is gone. Work of a build
that is still running (another `mkdocs build` on the same project) is left alone.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

_PID = re.compile(r"\d+")


def remove_abandoned(folder: Path, prefix: str) -> None:
    """Remove the entries `<prefix><pid>…` in `folder` whose process is no longer running."""
    if not folder.is_dir():
        return
    for entry in folder.glob(f"{prefix}*"):
        pid = _PID.match(entry.name.removeprefix(prefix))
        if pid and not running(int(pid.group())):
            remove(entry)


def remove(path: Path) -> None:
    """Remove a work file or folder, if it is there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    except OverflowError:  # not a process id at all
        return False
    return True
