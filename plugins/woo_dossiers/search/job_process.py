"""A search bundle written in a process of its own (`python -m woo_dossiers.search.job`), on
the other core while the build goes on: started here, waited for, and what it said read.

Both bundles are written so (annex_bundle.py as soon as the PDFs are read, while MkDocs
renders; bundles.PageIndex once every page's text is in, while the build places the
site's files and records its pages). The process reads its work from files, so neither
the text nor the writer's memory is the build's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

JOB_MODULE = "woo_dossiers.search.job"
ANALYSED_BEFORE = "analysed before: "  # the job's last line when it kept the bundle
OS_ERROR = "os error: "  # its last line when an OSError stopped it, then the error as JSON


class JobProcess:
    """One job, its output (stdout and stderr) in the file `log`."""

    def __init__(self, args: list[str], log: Path) -> None:
        self.log = log
        with log.open("wb") as out:
            self._process: subprocess.Popen[bytes] | None = subprocess.Popen(
                [sys.executable, "-m", JOB_MODULE, *args],
                stdout=out, stderr=subprocess.STDOUT, env=_child_env())

    def wait(self) -> int:
        """How many docs' analyses the job took from the last writing, once it has written
        and kept the bundle; raises the OSError that stopped it (as the build would have met
        it: a full disk, a folder it may not write), else a RuntimeError with its last line."""
        if self._process is None:
            raise RuntimeError("the job was stopped")
        code = self._process.wait()
        self._process = None
        said = self._last_line()
        if code == 0 and said.startswith(ANALYSED_BEFORE):
            return int(said.removeprefix(ANALYSED_BEFORE))
        if said.startswith(OS_ERROR):
            error = json.loads(said.removeprefix(OS_ERROR))
            raise OSError(error["errno"], error["strerror"], error["filename"], None,
                          error["filename2"])
        raise RuntimeError(said)

    def stop(self) -> None:
        """After a failed build: the job is stopped; a half-written bundle is never kept."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None

    def _last_line(self) -> str:
        try:
            lines = self.log.read_text("utf-8", "replace").splitlines()
        except OSError:
            lines = []
        return next((line.strip() for line in reversed(lines) if line.strip()), "it stopped")


def os_error_line(error: OSError) -> str:
    """The job's last line for an OSError that stopped it (read by `JobProcess.wait`)."""
    return OS_ERROR + json.dumps({"errno": error.errno, "strerror": error.strerror or str(error),
                                  "filename": error.filename, "filename2": error.filename2})


def error_text(error: Exception) -> str:
    """What went wrong, in a line: an OSError's text and the file it met."""
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}"
    return str(error)


def _child_env() -> dict[str, str]:
    """The environment for the writer process: this package importable, as it is here."""
    package_root = str(Path(__file__).resolve().parents[2])  # the folder that holds woo_dossiers/
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    return env
