"""A scanned annex, read: recognise its pages without text, check what will be published.

Runs in the worker, after the original was examined. The PDF with its new text
layer is examined again from scratch, by the same checks, and it is that file's
text and findings that the build uses: the words searched and shown on the annex
page are the words in the published PDF, and the hidden-text check has judged
them there. Findings of the original that the rewritten file no longer shows
(an earlier version kept in the file, damage pypdf repaired) are kept too: the
team's file still has them.

Not recognised: a file with errors (it is not published anyway) and an
encrypted one (rewriting it would drop its restrictions).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium

from ..workfiles import write_atomically
from .facts import PdfFacts
from .ocr import Engine, Recognised, recognise
from .text_layer import with_text_layers


@dataclass(frozen=True)
class OcrTask:
    engine: Engine
    destination: Path  # where the PDF with its text layer is written (in the annex cache)


def with_recognised_text(data: bytes, original: PdfFacts, task: OcrTask,
                         examine: Callable[[bytes], PdfFacts | str],
                         starting: Callable[[int], None]) -> PdfFacts:
    """`original` as published after recognition; `starting(pages)` is told how many
    pages are about to be recognised (the pool gives the file time for them)."""
    empty = [index for index, text in enumerate(original.text) if not text.strip()]
    if not empty or original.errors or any(f.code == "restricted" for f in original.findings):
        return original
    starting(len(empty))
    try:
        layers = _recognise(data, empty, task.engine)
    except (OSError, subprocess.SubprocessError):
        return original  # Tesseract failed: published as it is, tried again next build
    tried = replace(original, ocr=task.engine.tag)
    if not any(layer.words for layer in layers.values()):
        return tried  # blank pages: nothing to add
    try:
        published = with_text_layers(data, layers)
        after = examine(published)
    except Exception:  # noqa: BLE001 - pypdf raises many kinds, or memory ran out: the
        # original is still good
        return tried  # published as it is, with its no-text warning, until Tesseract changes
    if isinstance(after, str):
        return tried
    codes = {finding.code for finding in after.findings}
    kept = tuple(finding for finding in original.findings
                 if finding.code != "no-text" and finding.code not in codes)
    task.destination.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(task.destination, lambda out: out.write(published))
    return replace(after, findings=after.findings + kept, published=str(task.destination),
                   ocr=task.engine.tag,
                   ocr_pages=tuple(index + 1 for index in empty if after.text[index].strip()))


def _recognise(data: bytes, pages: list[int], engine: Engine) -> dict[int, Recognised]:
    layers: dict[int, Recognised] = {}
    document = pdfium.PdfDocument(data)
    try:
        document.init_forms()  # form fields drawn as a viewer draws them
        for index in pages:
            page = document[index]
            try:
                layers[index] = recognise(page, engine)
            finally:
                page.close()
    finally:
        document.close()
    return layers
