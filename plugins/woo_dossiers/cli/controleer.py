"""Check dossiers without building the site: every problem, with file, field and line.

    woo controleer                    # all dossiers
    woo controleer 2024-camera ...    # some, by slug or folder
    woo controleer --lang en          # messages in English
    woo controleer --afbeeldingen MAP # a picture of each page hiding text

Runs the same loader and checks as the build (so what passes here passes
`mkdocs build --strict`), including the "[INVULLEN" markers of `woo nieuw`.
Exit status: 0 when there are no errors, 1 when there are, 2 on wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..annex import PdfFacts, read_pdfs
from ..annex.ocr import find_engine
from ..annex.picture import outline_page
from ..checks.placeholders import CODE as MARKER_CODE
from ..loader import find_dossier_folders, load_site
from ..messages import dutch_field
from ..messages.problems import Problem
from ..messages.said import Said, in_language

LANGUAGES = ("en", "nl")


def say(lang: str, code: str, **params: object) -> str:
    """A line of messages/cli.py in the language asked for (--lang)."""
    return in_language(Said(code, **params), lang)


def select(targets: list[str], folders: list[Path]) -> tuple[list[Path], list[str]]:
    """The dossier folders named by slug or path, and the names that match none."""
    by_slug = {folder.name: folder for folder in folders}
    by_path = {folder.resolve(): folder for folder in folders}
    chosen, unknown = [], []
    for target in targets:
        path = Path(target)
        # A path names the dossier it lies in (its folder, dossier.yml, an annex).
        found = next((by_path[p] for p in (path.resolve(), *path.resolve().parents)
                      if p in by_path), None) if path.exists() else by_slug.get(target)
        if found is None:
            unknown.append(target)
        elif found not in chosen:
            chosen.append(found)
    return chosen, unknown


def check(dossiers_dir: Path, targets: list[str] | None = None,
          annexes: dict[Path, PdfFacts | str] | None = None) -> tuple[list[Problem], int,
                                                                     list[str]]:
    """(problems of the chosen dossiers, how many were checked, unknown targets); with
    `annexes`, what was read of the chosen dossiers' annexes is put there too."""
    dossiers_dir = dossiers_dir.resolve()
    root = dossiers_dir.parent
    folders = find_dossier_folders(dossiers_dir)
    chosen, unknown = select(targets, folders) if targets else (folders, [])
    wanted = {folder.name for folder in chosen}

    def pdf_reader(paths: list[Path]) -> dict[Path, PdfFacts | str]:
        # Reading every annex of the site would make checking one dossier slow;
        # the others' annexes only need to exist for the cross-dossier checks.
        mine = [p for p in paths if p.parent.name in wanted]
        # The build's cache: annexes read by a build (or an earlier check) are not read again.
        # Scans are recognised as the build does (its cache entries hold the Tesseract used).
        facts: dict[Path, PdfFacts | str] = dict(read_pdfs(mine, root / ".cache" / "woo",
                                                           ocr=find_engine()))
        if annexes is not None:
            annexes.update(facts)
        for path in paths:
            facts.setdefault(path, PdfFacts(pages=0, size=0, title=None, text=()))
        return facts

    site = load_site(dossiers_dir, root=root, pdf_reader=pdf_reader)
    # A marker explains its line better than the schema does ("[INVULLEN]" is not
    # an outcome), so other problems on a marked line are not repeated.
    marked = {(p.file, p.line) for p in site.problems if is_marker(p)}
    problems = [p for p in site.problems if p.dossier in wanted
                and (is_marker(p) or (p.file, p.line) not in marked)]
    return problems, len(chosen), unknown


def is_marker(problem: Problem) -> bool:
    return problem.code == MARKER_CODE


def line_for(problem: Problem, lang: str) -> str:
    dutch = lang == "nl"
    message = problem.dutch() if dutch else problem.message
    where = f"{problem.file}:{problem.line}" if problem.line else problem.file
    name = dutch_field(problem.field) if dutch and problem.field else problem.field
    field = f" {name}:" if name else ""
    severity = say(lang, f"cli-check-{problem.severity}")
    return f"{where}: {severity} [{problem.dossier}]{field} {message}"


def write_pictures(annexes: dict[Path, PdfFacts | str], folder: Path, dossiers_dir: Path,
                   lang: str) -> list[str]:
    """A PNG of every annex page where text is hidden, the spots outlined; a line for each."""
    spots: dict[tuple[Path, int], list[tuple[float, float, float, float]]] = {}
    for pdf, facts in sorted(annexes.items()):
        for finding in () if isinstance(facts, str) else facts.findings:
            if finding.page is not None and finding.boxes:
                spots.setdefault((pdf, finding.page), []).extend(finding.boxes)
    lines = []
    for (pdf, page), boxes in spots.items():
        png = outline_page(pdf, page, boxes, folder / f"{pdf.parent.name}-{pdf.stem}-pagina-{page}.png")
        shown = pdf.resolve().relative_to(dossiers_dir.resolve().parent)
        lines.append(say(lang, "cli-check-picture", pdf=shown, page=page, png=png))
    return lines


def main(argv: list[str] | None = None, prog: str = "woo controleer") -> int:
    parser = argparse.ArgumentParser(prog=prog, description=Said("cli-check-about"))
    parser.add_argument("targets", nargs="*", metavar="SLUG|PAD", help=Said("cli-check-targets"))
    parser.add_argument("--taal", "--lang", dest="lang", choices=LANGUAGES, default="nl",
                        help=Said("cli-check-language"))
    parser.add_argument("--dossiers", type=Path, metavar="MAP", default=Path("dossiers"),
                        help=Said("cli-dossiers"))
    parser.add_argument("--strikt", "--strict", dest="strict", action="store_true",
                        help=Said("cli-check-strict"))
    parser.add_argument("--afbeeldingen", "--pictures", type=Path, metavar="MAP",
                        help=Said("cli-check-pictures"))
    args = parser.parse_args(argv)
    lang = args.lang
    if not args.dossiers.is_dir():
        print(say(lang, "cli-check-no-folder", folder=args.dossiers), file=sys.stderr)
        return 2
    annexes: dict[Path, PdfFacts | str] = {}
    problems, count, unknown = check(args.dossiers, args.targets, annexes)
    for target in unknown:
        print(say(lang, "cli-check-unknown", target=target), file=sys.stderr)
    if unknown:
        return 2
    if count == 0:
        print(say(lang, "cli-check-none", folder=args.dossiers))
        return 0
    for problem in problems:
        print(line_for(problem, lang))
    if args.afbeeldingen:
        for line in write_pictures(annexes, args.afbeeldingen, args.dossiers, lang):
            print(line)
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if problems:
        print(say(lang, "cli-check-summary", errors=errors, warnings=warnings, count=count))
    else:
        print(say(lang, "cli-check-ok", count=count))
    return 1 if errors or (args.strict and warnings) else 0

