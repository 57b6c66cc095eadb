"""Run `examine_file` for many annexes in worker processes, each with limits.

A hostile or broken PDF can make a parser loop for hours or inflate a few
kilobytes into gigabytes. Threads cannot be stopped and a memory error in the
build process takes the build down, so every file is read in a worker process
(`worker.py`): its address space is capped (RLIMIT_AS), and a worker that
exceeds the time limit is killed and replaced. Workers are reused across files
and run in parallel, one per core.

Text recognition (ocr.py) runs in the same workers under the same memory cap
(Tesseract is a child of the worker and inherits it); a worker that starts
recognising pages says how many, and its file gets `ocr_seconds_per_page` more
for each. A worker is the leader of a process group of its own, so killing it
also stops a Tesseract it started.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .facts import PdfFacts, Refusal, from_plain

if TYPE_CHECKING:  # the worker imports this module before capping its memory: keep it light
    from .ocr import Engine

HEADER = 8  # bytes of the big-endian length before each answer of a worker
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding woo_dossiers/


@dataclass(frozen=True)
class Limits:
    seconds: float = 120.0  # per file, wall clock
    memory_bytes: int = 2 * 1024**3  # address space of one worker
    workers: int | None = None  # default: one per core
    ocr_seconds_per_page: float = 60.0  # added to `seconds` for each page recognised


@dataclass(frozen=True)
class Outcome:
    result: PdfFacts | str
    cacheable: bool  # False when the outcome depends on this machine (time, memory, crash)


@dataclass(frozen=True)
class OcrPlan:
    """Recognise pages without text with `engine`; each file's PDF with its text layer
    goes to `destination(path)`."""

    engine: Engine
    destination: Callable[[Path], Path]


def examine_all(paths: list[Path], limits: Limits,
                on_outcome: Callable[[Path, Outcome], None] | None = None,
                ocr: OcrPlan | None = None) -> dict[Path, Outcome]:
    """Every file's outcome; with `on_outcome`, each is handed over as it arrives instead
    (and the dict returned is empty), so a caller can store it and let it go."""
    if not paths:
        return {}
    pool = _Pool(limits, min(limits.workers or os.cpu_count() or 1, len(paths)), ocr)
    try:
        return pool.run(paths, on_outcome)
    finally:
        pool.close()


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    path: Path | None = None
    deadline: float = 0.0

    def fileno(self) -> int:  # lets multiprocessing.connection.wait watch the answers
        assert self.process.stdout is not None
        return self.process.stdout.fileno()


class _Pool:
    def __init__(self, limits: Limits, size: int, ocr: OcrPlan | None = None) -> None:
        self.limits = limits
        self.size = size
        self.ocr = ocr
        self.workers: list[_Worker] = []

    def run(self, paths: list[Path],
            on_outcome: Callable[[Path, Outcome], None] | None = None) -> dict[Path, Outcome]:
        pending = deque(dict.fromkeys(paths))
        outcomes: dict[Path, Outcome] = {}
        while pending or any(w.path for w in self.workers):
            self._dispatch(pending, outcomes)
            busy = [w for w in self.workers if w.path is not None]
            if busy:
                timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                ready = wait(busy, timeout)
                for worker in busy:
                    path = worker.path
                    assert path is not None
                    if worker in ready:
                        outcome = self._collect(worker)
                        if outcome is not None:
                            outcomes[path] = outcome
                    elif time.monotonic() >= worker.deadline:
                        outcomes[path] = Outcome(self._too_slow(), cacheable=False)
                        self._discard(worker)
            _hand_over(outcomes, on_outcome)
        _hand_over(outcomes, on_outcome)
        return outcomes

    def _dispatch(self, pending: deque[Path], outcomes: dict[Path, Outcome]) -> None:
        while pending:
            idle = next((w for w in self.workers if w.path is None), None)
            if idle is None and len(self.workers) < self.size:
                idle = self._start()
            if idle is None:
                return
            path = pending.popleft()
            try:
                assert idle.process.stdin is not None
                destination = self.ocr.destination(path) if self.ocr else None
                request = [str(path), str(destination) if destination else None]
                idle.process.stdin.write(json.dumps(request).encode() + b"\n")
                idle.process.stdin.flush()
            except OSError:  # the worker died before its first task
                self._discard(idle)
                outcomes[path] = self._crashed("the reader process did not start")
                continue
            idle.path = path
            idle.deadline = time.monotonic() + self.limits.seconds

    def _collect(self, worker: _Worker) -> Outcome | None:
        """The file's outcome, or None when the worker only said it is recognising pages."""
        answer = _receive(worker)
        kind = answer.get("kind") if answer else "died"
        if kind == "ocr" and answer is not None and isinstance(answer.get("pages"), int):
            worker.deadline += int(answer["pages"]) * self.limits.ocr_seconds_per_page
            return None
        if kind == "ok" and answer is not None:
            worker.path = None
            try:
                return Outcome(from_plain(answer["result"]), cacheable=True)
            except (KeyError, TypeError, ValueError) as error:
                return self._crashed(f"unreadable answer: {error}")
        self._discard(worker)
        if kind == "memory":
            megabytes = self.limits.memory_bytes // 1024**2
            return Outcome(Refusal("pdf-memory", {"megabytes": megabytes}), cacheable=False)
        return self._crashed(answer.get("detail") if answer else None)

    def _crashed(self, detail: object) -> Outcome:
        suffix = f" ({detail})" if detail else ""
        return Outcome(Refusal("reader-crashed", {"detail": suffix}), cacheable=False)

    def _too_slow(self) -> Refusal:
        return Refusal("pdf-too-slow", {"seconds": f"{self.limits.seconds:g}"})

    def _start(self) -> _Worker:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(_PACKAGE_ROOT), *filter(None, [env.get("PYTHONPATH")])]
        )
        # numpy's OpenBLAS starts a thread per core, each reserving address space that
        # counts towards the cap; the worker does no linear algebra.
        env["OPENBLAS_NUM_THREADS"] = "1"
        engine = [self.ocr.engine.to_json()] if self.ocr else []
        process = subprocess.Popen(
            [sys.executable, "-m", "woo_dossiers.annex.worker", str(self.limits.memory_bytes),
             str(self.limits.seconds), str(self.limits.ocr_seconds_per_page), *engine],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # Unbuffered: an answer that arrives right behind an "ocr" message must stay in
            # the pipe, where wait() sees it, not in a reader's buffer, where it does not.
            bufsize=0,
            env=env,
            start_new_session=True,  # its own process group: see _kill
        )
        worker = _Worker(process)
        self.workers.append(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        _kill(worker.process)
        worker.process.wait()
        _close(worker)
        self.workers.remove(worker)

    def close(self) -> None:
        for worker in list(self.workers):
            with contextlib.suppress(OSError):
                assert worker.process.stdin is not None
                worker.process.stdin.close()  # end of input: the worker's loop ends
            try:
                worker.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                _kill(worker.process)
                worker.process.wait()
            _close(worker)
        self.workers.clear()


def _kill(process: subprocess.Popen[bytes]) -> None:
    """The worker and whatever it started (a Tesseract): they share its process group."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()


def _hand_over(outcomes: dict[Path, Outcome],
               on_outcome: Callable[[Path, Outcome], None] | None) -> None:
    if on_outcome is not None:
        while outcomes:
            on_outcome(*outcomes.popitem())


def _receive(worker: _Worker) -> dict[str, object] | None:
    """One answer, or None if the worker died (end of output or a cut-off message)."""
    stream = worker.process.stdout
    assert stream is not None
    try:
        header = _read_exactly(stream, HEADER)
        if len(header) < HEADER:
            return None
        size = int.from_bytes(header, "big")
        data = _read_exactly(stream, size)
        if len(data) < size:
            return None
        answer = json.loads(data)
    except (OSError, ValueError):
        return None
    return answer if isinstance(answer, dict) else None


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    """`size` bytes, fewer only at the end of the output (an unbuffered read may return
    part of what was asked)."""
    chunks = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _close(worker: _Worker) -> None:
    for stream in (worker.process.stdin, worker.process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
