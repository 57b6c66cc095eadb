"""Write the draft dossier folder: dossier.yml, decision.md and the annexes."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..annex import PdfFacts, read_pdfs
from ..loader import SLUG
from ..messages.said import Said
from .draft import Draft, DraftAnnex, build_draft
from .pdftext import read_pages
from .references import known_dossiers
from .report import report
from .yamlwrite import dossier_yaml

SCHEMA = Path(__file__).resolve().parent.parent / "schema" / "dossier.schema.json"


class ImportRefused(Exception):
    """The import cannot start (bad slug, existing dossier, a file that is missing or no PDF);
    its argument is a `Said`, the reason in the team's words."""


@dataclass
class ImportResult:
    folder: Path
    draft: Draft
    report: str
    missing: list[str]  # what a person must fill in before the build passes --strict


def import_decision(
    letter: Path, annexes: list[Path], slug: str, dossiers_dir: Path
) -> ImportResult:
    """Write dossiers_dir/slug/ from the letter; raise before writing anything when refused."""
    if not SLUG.match(slug):
        raise ImportRefused(Said("import-slug-invalid", slug=slug))
    taken = [p for p in (dossiers_dir / slug, *dossiers_dir.glob(f"*/{slug}")) if p.exists()]
    if taken:
        raise ImportRefused(Said("import-slug-taken", slug=slug, path=taken[0]))
    for path in [letter, *annexes]:
        if not path.is_file():
            raise ImportRefused(Said("import-file-missing", path=path))
    for path in annexes:
        with path.open("rb") as handle:
            if not handle.read(1024).lstrip().startswith(b"%PDF-"):
                raise ImportRefused(Said("import-annex-not-pdf", path=path))
    pages = read_pages(letter)
    folder = dossiers_dir / slug
    draft = build_draft(pages, letter.name, _annexes(annexes), known_dossiers(dossiers_dir))

    folder.mkdir(parents=True)
    for annex in draft.annexes:
        shutil.copyfile(annex.source, folder / annex.file)
    (folder / "decision.md").write_text(draft.markdown, encoding="utf-8")
    schema_ref = _schema_ref(folder, dossiers_dir)
    (folder / "dossier.yml").write_text(dossier_yaml(draft, schema_ref), encoding="utf-8")
    text, missing = report(draft, folder)
    return ImportResult(folder, draft, text, missing)


def _schema_ref(folder: Path, dossiers_dir: Path) -> str:
    """The schema as the site's own dossiers name it: relative to the site's plugins/ folder
    when the site has one (editors then find it), else to this package's copy."""
    site_schema = dossiers_dir.resolve().parent / SCHEMA.relative_to(SCHEMA.parents[3])
    target = site_schema if site_schema.is_file() else SCHEMA
    return Path(os.path.relpath(target, folder.resolve())).as_posix()


def _annexes(paths: list[Path]) -> list[DraftAnnex]:
    """Copies under safe names ("Bijlage 2 Audit.PDF" -> "bijlage-2-audit.pdf") with a title."""
    facts = read_pdfs(paths)
    out: list[DraftAnnex] = []
    for path in paths:
        name = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "bijlage"
        file, counter = f"{name}.pdf", 2
        while any(a.file == file for a in out):
            file, counter = f"{name}-{counter}.pdf", counter + 1
        info = facts.get(path)
        title = info.title.strip() if isinstance(info, PdfFacts) and info.title else ""
        if title:
            out.append(DraftAnnex(path, file, title, "metadata"))
        else:
            words = re.sub(r"[-_\s]+", " ", path.stem).strip()
            out.append(DraftAnnex(path, file, words[:1].upper() + words[1:], "filename"))
    return out
