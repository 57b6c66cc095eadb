"""The worker process: `python -m woo_dossiers.annex.worker MEMORY_BYTES SECONDS
OCR_SECONDS_PER_PAGE [ENGINE]` (ENGINE: ocr.Engine as JSON, when Tesseract is there).

It caps its own address space, then answers requests on stdin/stdout: one
JSON line in (the path, or [path, where a PDF given a text layer is to go or null]),
one length-prefixed JSON message out. Before recognising pages it sends
{"kind": "ocr", "pages": n}, and the pool gives the file more time. A plain
subprocess (not multiprocessing) so that it never re-imports the caller's
main module and never forks a build process that runs threads.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import sys
import warnings
from pathlib import Path
from typing import BinaryIO

from .pool import HEADER


def main() -> None:
    cap_memory(int(sys.argv[1]))
    seconds = float(sys.argv[2])
    per_page = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    engine_json = sys.argv[4] if len(sys.argv) > 4 else ""
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt answers
    # pypdf warns loudly about every oddity; the findings say what matters.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")
    from .examine import examine_file  # after the cap, so imports count towards it
    from .facts import to_plain
    from .ocr import Engine
    from .scanned import OcrTask

    engine = Engine.from_json(engine_json) if engine_json else None
    for line in sys.stdin.buffer:
        request = json.loads(line)  # a path alone, or [path, destination]
        name, destination = (request, None) if isinstance(request, str) else request
        cap_cpu(seconds)
        task = OcrTask(engine, Path(destination)) if engine and destination else None

        def starting(pages: int) -> None:
            send(answers, {"kind": "ocr", "pages": pages})
            cap_cpu(seconds + pages * per_page)

        try:
            answer = {"kind": "ok", "result": to_plain(examine_file(Path(name), task, starting))}
        except MemoryError:
            answer = {"kind": "memory"}
        except BaseException as error:  # noqa: BLE001 - report anything, never hang the build
            answer = {"kind": "crash", "detail": f"{type(error).__name__}: {error}"}
        send(answers, answer)
        if answer["kind"] != "ok":
            return  # the heap may be in a poor state; the pool starts a fresh worker


def send(out: BinaryIO, answer: dict[str, object]) -> None:
    data = json.dumps(answer, ensure_ascii=False).encode("utf-8")
    out.write(len(data).to_bytes(HEADER, "big") + data)
    out.flush()


def cap_memory(memory_bytes: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def cap_cpu(seconds: float) -> None:
    """A backstop should the build die and leave this worker behind on a hostile file.

    The build kills a worker that exceeds the time limit; if the build itself is
    gone, the kernel stops this process once the file has used twice that much
    CPU time. The limit counts from the CPU time already used by earlier files.
    """
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(used + 2 * seconds) + 5
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


if __name__ == "__main__":
    main()
