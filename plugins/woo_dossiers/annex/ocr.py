"""Text recognition (OCR) of annex pages without a text layer, with Tesseract.

A third of what Dutch bodies publish under the Woo are scans: without text they
cannot be searched, nor read aloud by a screen reader. The build gives each page
that has no text at all a text layer in Dutch, recognised by Tesseract
(Debian's `tesseract-ocr` and `tesseract-ocr-nld`), and publishes that PDF
instead of the original (text_layer.py writes it). Pages with any text, even
text that is hidden, are never touched, so the hidden-text check judges them as
they were.

Tesseract reads the page as a viewer shows it (annotations and form fields
drawn, PDFium renders it), so it reads only what anyone can see. Where a page is
blacked out it still makes up a word now and then ('NN' for a black bar); a word
whose area in the picture is dark and all one tone is dropped, by the rule the
visibility check applies to a text layer: recognised text on a blacked-out area
is hidden text.

Why Tesseract itself rather than OCRmyPDF: OCRmyPDF's output is not
byte-for-byte reproducible (dates, a random document ID, image optimisation in
worker order; its issue 864), while two builds of the site must be identical; it
also rewrites the whole file (PDF/A through Ghostscript) and brings a large
dependency tree. What we need from it, an invisible text layer grafted onto the
original page, is the few lines of text_layer.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

if TYPE_CHECKING:
    import numpy as np

from .cache import content_key

LANGUAGE = "nld"
DPI = 300  # Tesseract's own advice for print; lower loses small print, higher only costs
# A page bigger than A3 is drawn at fewer dots an inch, so that a page declared metres wide
# cannot make a bitmap of gigabytes (A3 at 300 dpi is 17.4 million pixels).
MAX_PIXELS = 18_000_000
# As visibility.py's _SPREAD, _UNIFORM and _DARK: an area of one tone shows nothing, and a
# dark one is blacked out.
_SPREAD = 24
_UNIFORM = 0.9
_DARK = 96


@dataclass(frozen=True)
class Engine:
    """The Tesseract the build found; `tag` names it in the annex cache, so a new
    version or new language data recognises the scans again."""

    program: str
    language: str
    tag: str

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Engine:
        return cls(**json.loads(text))


def find_engine(language: str = LANGUAGE) -> Engine | None:
    """Tesseract with the language's data, or None (not installed, or without it)."""
    program = shutil.which("tesseract")
    if program is None:
        return None
    try:
        langs = _run([program, "--list-langs"])
        version = _run([program, "--version"]).split()[1]
    except (OSError, subprocess.SubprocessError, IndexError):
        return None
    # 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):', one a line
    folder = re.search(r'"(.+?)"', langs)
    if folder is None or language not in langs.split():
        return None
    data = Path(folder[1]) / f"{language}.traineddata"
    try:
        digest = content_key(data)[:12]
    except OSError:
        return None
    return Engine(program, language, f"tesseract-{version}+{language}-{digest}")


def _run(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    return done.stdout + done.stderr  # older versions print these on stderr


@dataclass(frozen=True)
class Word:
    text: str
    box: tuple[float, float, float, float]  # left, bottom, right, top: points, page as shown


@dataclass(frozen=True)
class Recognised:
    words: tuple[Word, ...]
    width: float  # the page as shown, in points (after /Rotate)
    height: float


def recognise(page: pdfium.PdfPage, engine: Engine) -> Recognised:
    """The words Tesseract reads on the page as a viewer shows it."""
    import numpy as np  # not at the top: every build imports this module, few recognise

    width, height = page.get_size()
    dpi = min(DPI, 72 * (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
    bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True)
    grey = np.ascontiguousarray(bitmap.to_numpy().reshape(bitmap.height, bitmap.width, -1)[..., 0])
    height, width = grey.shape
    image = b"P5\n%d %d\n255\n" % (width, height) + grey.tobytes()  # PGM: no encoder needed
    # One thread: the pool already runs a worker per core, and one thread is deterministic.
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run([engine.program, "stdin", "stdout", "-l", engine.language,
                           "--dpi", str(round(dpi)), "tsv"],
                          input=image, capture_output=True, env=env, check=False)
    if done.returncode != 0:
        raise OSError(f"tesseract failed: {done.stderr.decode('utf-8', 'replace').strip()}")
    scale = 72 / dpi
    words = []
    for left, top, right, bottom, text in _tsv_words(done.stdout.decode("utf-8", "replace")):
        if _blacked_out(grey[top:bottom, left:right]):
            continue  # made up from a black bar
        words.append(Word(text, (left * scale, (height - bottom) * scale,
                                 right * scale, (height - top) * scale)))
    return Recognised(tuple(words), width * scale, height * scale)


def _tsv_words(tsv: str) -> list[tuple[int, int, int, int, str]]:
    """Tesseract's words (level 5 rows) as pixel boxes: left, top, right, bottom, text."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = int(row["left"]), int(row["top"])
        words.append((left, top, left + int(row["width"]), top + int(row["height"]), text))
    return words


def _blacked_out(pixels: np.ndarray) -> bool:
    """Is the middle of a word's box (a sixth in from each side, as the check looks) dark
    and of one tone?"""
    import numpy as np  # see recognise()

    height, width = pixels.shape
    pixels = pixels[height // 6:max(1, height - height // 6), width // 6:max(1, width - width // 6)]
    if pixels.size == 0:
        return True
    grey = pixels.astype(np.int16)
    median = float(np.median(grey))
    return median <= _DARK and float((np.abs(grey - median) <= _SPREAD).mean()) >= _UNIFORM
