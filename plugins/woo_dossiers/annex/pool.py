"""Run `examine_file` for many annexes in worker processes, each with limits.

A hostile or broken PDF can make a parser loop for hours or inflate a few
kilobytes into gigabytes. Threads cannot be stopped and a memory error in the
build process takes the build down, so every file is read in a worker process
(`worker.py`): its address space is capped (RLIMIT_AS), and a worker that
exceeds the time limit is killed and replaced. Workers are reused across files
and run in parallel, one per core.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from .facts import PdfFacts, Refusal, from_plain

HEADER = 8  # bytes of the big-endian length before each answer of a worker
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the folder holding woo_dossiers/


@dataclass(frozen=True)
class Limits:
    seconds: float = 120.0  # per file, wall clock
    memory_bytes: int = 2 * 1024**3  # address space of one worker
    workers: int | None = None  # default: one per core


@dataclass(frozen=True)
class Outcome:
    result: PdfFacts | str
    cacheable: bool  # False when the outcome depends on this machine (time, memory, crash)


def examine_all(paths: list[Path], limits: Limits,
                on_outcome: Callable[[Path, Outcome], None] | None = None) -> dict[Path, Outcome]:
    """Every file's outcome; with `on_outcome`, each is handed over as it arrives instead
    (and the dict returned is empty), so a caller can store it and let it go."""
    if not paths:
        return {}
    pool = _Pool(limits, min(limits.workers or os.cpu_count() or 1, len(paths)))
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
    def __init__(self, limits: Limits, size: int) -> None:
        self.limits = limits
        self.size = size
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
                        outcomes[path] = self._collect(worker)
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
                idle.process.stdin.write(json.dumps(str(path)).encode() + b"\n")
                idle.process.stdin.flush()
            except OSError:  # the worker died before its first task
                self._discard(idle)
                outcomes[path] = self._crashed("the reader process did not start")
                continue
            idle.path = path
            idle.deadline = time.monotonic() + self.limits.seconds

    def _collect(self, worker: _Worker) -> Outcome:
        answer = _receive(worker)
        kind = answer.get("kind") if answer else "died"
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
        process = subprocess.Popen(
            [sys.executable, "-m", "woo_dossiers.annex.worker", str(self.limits.memory_bytes),
             str(self.limits.seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        worker = _Worker(process)
        self.workers.append(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        worker.process.kill()
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
                worker.process.kill()
                worker.process.wait()
            _close(worker)
        self.workers.clear()


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
        header = stream.read(HEADER)
        if len(header) < HEADER:
            return None
        size = int.from_bytes(header, "big")
        data = stream.read(size)
        if len(data) < size:
            return None
        answer = json.loads(data)
    except (OSError, ValueError):
        return None
    return answer if isinstance(answer, dict) else None


def _close(worker: _Worker) -> None:
    for stream in (worker.process.stdin, worker.process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
