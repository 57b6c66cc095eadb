"""A file redacted in place, its size and modification time kept (`cp -p` onto it,
`touch -r`: a name blacked out letter for letter), is published as redacted: the caches
that trust a file's stat (annex/hashes.py, source/cache.py) also compare its change time,
which no program can set back. (Found by review: the annex's old text was published.)"""

from __future__ import annotations

import os
from pathlib import Path

from annex_pdfs import simple_pdf, text_content
from differential_helpers import build_into, differs_from_full
from sitebuild import make_project

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"
AUDIT = Path("dossiers") / SEED / "bijlage-2-auditrapport-cas-2019.pdf"
LETTER = Path("dossiers") / SEED / "decision.md"
SECRET = "Zwaluwstaartverbinding"  # the name the redaction takes out
BLACKED = "X" * len(SECRET)
AN_HOUR_AGO_NS = 1_700_000_000_000_000_000


def _audit(name: str) -> bytes:
    return simple_pdf(text_content("Auditrapport", f"Opgesteld door {name} Jansen"))


def _everything(site: Path) -> bytes:
    return b"\n".join(p.read_bytes().lower() for p in site.rglob("*") if p.is_file())


def _rewrite_in_place(path: Path, data: bytes) -> None:
    """As `cp -p redacted <file>` writes: the same file, its time set back after."""
    inode = path.stat().st_ino
    with path.open("r+b") as out:
        out.write(data)
        out.truncate()
    os.utime(path, ns=(AN_HOUR_AGO_NS, AN_HOUR_AGO_NS))
    assert path.stat().st_ino == inode


def test_an_annex_redacted_in_place_with_its_time_kept_publishes_no_old_text(tmp_path: Path) -> None:
    project = make_project(tmp_path, [SEED, CAS])
    pdf = project / AUDIT
    original, redacted = _audit(SECRET), _audit(BLACKED)
    assert len(original) == len(redacted)
    pdf.write_bytes(original)
    os.utime(pdf, ns=(AN_HOUR_AGO_NS, AN_HOUR_AGO_NS))
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    assert SECRET.lower().encode() in _everything(site)
    _rewrite_in_place(pdf, redacted)
    assert build_into(project, site, differential=True).ok
    assert (site / AUDIT).read_bytes() == redacted
    assert SECRET.lower().encode() not in _everything(site)
    assert differs_from_full(project, site, tmp_path / "full") == []


def test_a_letter_redacted_in_place_with_its_time_kept_publishes_no_old_text(tmp_path: Path) -> None:
    project = make_project(tmp_path, [SEED, CAS])
    letter = project / LETTER
    original = letter.read_bytes() + f"\nOpgesteld door {SECRET} Jansen.\n".encode()
    letter.write_bytes(original)
    os.utime(letter, ns=(AN_HOUR_AGO_NS, AN_HOUR_AGO_NS))
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    assert SECRET.lower().encode() in _everything(site)
    _rewrite_in_place(letter, original.replace(SECRET.encode(), BLACKED.encode()))
    assert build_into(project, site, differential=True).ok
    assert SECRET.lower().encode() not in _everything(site)
    assert differs_from_full(project, site, tmp_path / "full") == []
