"""Read the dossiers folder into validated models, collecting every problem.

A dossier with any error is left out as a whole (never half-published); the
others are returned as `Dossier` models. PDFs are read once, for all dossiers
together, so that the reader can cache and parallelise.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .annex import PdfFacts, Refusal, read_pdfs
from .annex.problems import annex_problems
from .checks import status as status_checks
from .checks import validate
from .checks.cases import check_cases
from .checks.placeholders import placeholder_problems
from .checks.sanitise import active_content, letter_problems
from .checks.validate import as_date
from .inventory import read_inventory
from .kept_models import Built, ModelMemo
from .messages.problems import Problem
from .model.dossier import (
    Annex,
    CasePart,
    Dates,
    Dossier,
    Item,
    Link,
    Period,
    Reference,
    Suspension,
    Withdrawal,
)
from .model.laws import normalise_ground
from .model.status import status_from
from .source.cache import SourceCache, fingerprint
from .source.dossier_source import DossierSource
from .source.letter import read_letter
from .source.schema import schema_errors
from .source.yamlsafe import YamlDocument, YamlError, load_yaml, read_limited

DOSSIER_FILE = "dossier.yml"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SLUG_EXAMPLE = "2021-cas-vervolgverzoek"

PdfReaderFn = Callable[[list[Path]], dict[Path, PdfFacts | str]]


@dataclass
class SiteData:
    dossiers: dict[str, Dossier] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    left_out: set[str] = field(default_factory=set)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]


def find_dossier_folders(dossiers_dir: Path) -> list[Path]:
    """Folders holding a dossier.yml, directly or one grouping level deeper."""
    found = []
    for child in sorted(p for p in dossiers_dir.iterdir() if p.is_dir()):
        if (child / DOSSIER_FILE).is_file():
            found.append(child)
        else:
            found.extend(sorted(g for g in child.iterdir() if (g / DOSSIER_FILE).is_file()))
    return found


def load_site(dossiers_dir: Path, root: Path | None = None,
              pdf_reader: PdfReaderFn = read_pdfs, cache: SourceCache | None = None,
              models: ModelMemo | None = None, reader_key: str = "") -> SiteData:
    """Every dossier under `dossiers_dir`; `cache` keeps unchanged dossiers from being read
    again, `models` (with a `cache`) unchanged dossiers from being built again (`reader_key`:
    the settings `pdf_reader` reads with)."""
    root = root or dossiers_dir.parent
    site = SiteData()
    sources: dict[str, DossierSource] = {}
    fingerprints: dict[str, str] = {}  # folder -> its fingerprint, when the cache gave one
    if cache is not None:
        cache.start_build()
    if models is not None:
        models.start()
    for folder in find_dossier_folders(dossiers_dir):
        if cache is None:
            src = _read(folder, root)
        else:
            src, fingerprints[str(folder)] = _read_cached(folder, root, cache)
        if src.slug in sources:
            other = sources[src.slug].folder.relative_to(root)
            src.report((), "slug-taken", {"slug": src.slug, "other": other})
            site.problems.extend(src.problems)
            site.left_out.add(f"{src.slug} ({folder.relative_to(root)})")
            continue
        sources[src.slug] = src
    validate.check_references(sources)
    status_checks.check_replacements(sources)
    check_cases(sources)
    # What a model depends on beyond its folder: the other dossiers' checks (in its
    # problems), the slugs an inventory may refer to, the PDF reader's settings.
    slugs = "\0".join(sorted(sources))
    keys = {src.slug: (fingerprints.get(str(src.folder), ""), reader_key,
                       slugs if isinstance(src.data, dict) and "inventory" in src.data else "")
            for src in sources.values()}
    built: dict[str, Built] = {}
    if models is not None:
        for src in sources.values():
            if keys[src.slug][0]:
                found = models.get(src.folder, keys[src.slug], src.problems)
                if found is not None:
                    built[src.slug] = found
    # Annexes are read, and checked, also for a dossier with other problems: the team gets
    # every problem in one run, not the annexes' after the rest is fixed.
    readable = [src for src in sources.values() if _annexes_sound(src) and src.slug not in built]
    if models is not None:  # the models taken over: their facts as the annex cache gave them
        models.annexes = [f"{taken.folder}{os.sep}{annex['file']}"
                          for taken in (sources[slug] for slug in built)
                          if _annexes_sound(taken) for annex in _to_read(taken)]
    facts = pdf_reader([src.folder / a["file"] for src in readable for a in _to_read(src)])
    known = set(sources)
    for src in sources.values():
        if src.slug in built:
            src.problems, dossier = list(built[src.slug].problems), built[src.slug].dossier
        else:
            before = tuple(src.problems)
            dossier = _model(src, facts, known)
            if models is not None and keys[src.slug][0]:
                models.put(src.folder, keys[src.slug], before, src.problems, dossier)
        site.problems.extend(src.problems)
        if dossier is None:
            site.left_out.add(src.slug)
        else:
            site.dossiers[src.slug] = dossier
    if cache is not None:
        cache.finish_build()
    if models is not None:
        models.finish()
    return site


def _to_read(src: DossierSource) -> list[dict[str, Any]]:
    """The dossier's annexes to read. A withdrawn annex is not read: nothing of it is
    published, and its file may be gone."""
    return [annex for annex in src.data.get("annexes", []) if not annex.get("withdrawn")]


def _model(src: DossierSource, facts: dict[Path, PdfFacts | str], slugs: set[str]) -> Dossier | None:
    """The dossier's model with its annexes and inventory (None: it has errors, added to its
    problems)."""
    annexes = _annexes(src, facts) if _annexes_sound(src) else []
    dossier = build_dossier(src, annexes)
    if dossier is not None and "inventory" in src.data:
        inventory, problems = read_inventory(dossier, src.data["inventory"],
                                             src.doc.line_of(("inventory",)), slugs)
        src.problems += problems
        dossier = None if any(p.is_error for p in src.problems) else replace(
            dossier, inventory=inventory)
    return dossier


def _read(folder: Path, root: Path, yml_bytes: bytes | None = None) -> DossierSource:
    """Everything known from the folder alone: it depends on no other dossier, so it is cached."""
    src = read_source(folder, root, yml_bytes)
    # A stub from `woo nieuw` is never published. The check takes dossier.yml as read_source
    # parsed it; where that is not a mapping or could not be read, it reads the file itself.
    parsed = src.doc if isinstance(src.doc.data, dict) else None
    src.problems.extend(placeholder_problems(folder, root, parsed))
    return src


def _read_cached(folder: Path, root: Path, cache: SourceCache) -> tuple[DossierSource, str]:
    """The folder's source and its fingerprint ("": none, not kept)."""
    try:
        yml_bytes = read_limited(folder / DOSSIER_FILE)
    except YamlError:
        return _read(folder, root), ""  # read_source says why; nothing worth keeping
    key = fingerprint(folder, yml_bytes)
    src = cache.get(folder, key)
    if src is None:
        src = _read(folder, root, yml_bytes)
        cache.put(folder, key, src)
    return src, key


def read_source(folder: Path, root: Path, yml_bytes: bytes | None = None) -> DossierSource:
    """Parse dossier.yml (its bytes when already read) and the letter; run every per-dossier check."""
    slug = folder.name
    yml = folder / DOSSIER_FILE
    src = DossierSource(slug, folder, str(yml.relative_to(root)), YamlDocument(data=None))
    if not SLUG.match(slug):
        src.report((), "slug-invalid", {"slug": slug, "example": SLUG_EXAMPLE})
    link = _symbolic_link(folder, root)
    if link is not None:
        src.report((), "folder-symlink", {"path": link})
        return src
    try:
        src.doc = load_yaml(read_limited(yml) if yml_bytes is None else yml_bytes)
    except YamlError as error:
        src.report(error.path, error.code, error.params, file=src.yml_file, line=error.line)
        return src
    if not isinstance(src.data, dict):
        src.report((), "top-not-mapping")
        src.doc.data = None
        return src
    unreadable = [error.path for error in src.doc.problems]
    for error in src.doc.problems:
        src.report(error.path, error.code, error.params, line=error.line)
    broken_paths = list(unreadable)
    for path, code, params in schema_errors(src.doc):
        # A value YAML could not read is reported once, not again as the wrong type.
        if not any(path[:len(bad)] == bad for bad in unreadable):
            src.report(path, code, params)
            broken_paths.append(path)
    broken = {str(path[0]) if path else "*" for path in broken_paths}
    # Each later check trusts the schema for the fields it reads; it runs when those are
    # sound, so that one broken field does not hide the problems of the others.
    for fields, check in _LATER_CHECKS:
        if "*" not in broken and not broken & set(fields):
            check(src, root)
    src.broken = frozenset(broken)
    return src


# The checks after the schema, with the top-level fields of dossier.yml each one reads.
_LATER_CHECKS: tuple[tuple[tuple[str, ...], Callable[[DossierSource, Path], None]], ...] = (
    (("decision",), lambda src, root: _read_letter(src, root)),
    (("items",), lambda src, root: _check_answers(src)),
    (("dates", "period", "suspensions"), lambda src, root: validate.check_dates(src)),
    (("law", "law_reason", "dates"), lambda src, root: validate.check_law(src)),
    (("annexes",), lambda src, root: validate.check_annexes(src)),
    (("items", "law", "annexes"), lambda src, root: validate.check_items(src)),
    (("status", "status_reason", "replaced_by"), lambda src, root: status_checks.check(src)),
    (("annexes", "dates", "status"), lambda src, root: status_checks.check_withdrawals(src)),
)


def _symbolic_link(folder: Path, root: Path) -> str | None:
    """The first symbolic link among dossier.yml, its folder and the grouping folders above it."""
    for path in (folder / DOSSIER_FILE, folder, *folder.parents):
        if path == root or root not in path.parents:
            return None
        if path.is_symlink():
            return str(path.relative_to(root))
    return None


def _read_letter(src: DossierSource, root: Path) -> None:
    name = src.data.get("decision", "decision.md")
    src.letter_file = str((src.folder / name).relative_to(root)) if "/" not in name else name
    problem = validate.unsafe_file_name(src.folder, name)
    if problem:
        src.report(("decision",), *problem)
        return
    try:
        text = (src.folder / name).read_text("utf-8-sig")
    except UnicodeDecodeError:
        src.report((), "letter-not-utf8", file=src.letter_file)
        return
    src.problems.extend(letter_problems(text, src.slug, src.letter_file))
    src.letter = read_letter(text)


def _check_answers(src: DossierSource) -> None:
    """An item's answer is Markdown on the public page: the letter's rules apply."""
    for index, item in enumerate(src.data["items"]):
        for finding in active_content(item.get("answer") or ""):
            src.report(("items", index, "answer"), finding.code, dict(finding.params))


def _annexes_sound(src: DossierSource) -> bool:
    """Whether the annexes can be read: dossier.yml was read and its annex list is sound."""
    return src.doc.data is not None and not src.broken & {"*", "annexes"} and not any(
        p.code in _ANNEX_LIST_CODES for p in src.problems)


# Problems with the annex list itself (validate.check_annexes): a name that reaches outside
# the folder, a link, a missing or twice-listed file. None of its files is read then.
_ANNEX_LIST_CODES = {"file-with-path", "file-symlink", "file-missing", "annex-twice"}


def _annexes(src: DossierSource, facts: dict[Path, PdfFacts | str]) -> list[Annex]:
    """The dossier's annexes as read, reporting what the reader refused or found."""
    annexes = []
    # The folder as the messages name it (a file's name has no folder: _ANNEX_LIST_CODES);
    # strings, not a Path per annex: 26,000 annexes at 10,000 dossiers.
    shown = os.path.dirname(src.yml_file)
    for index, entry in enumerate(src.data.get("annexes", [])):
        path = src.folder / entry["file"]
        if entry.get("withdrawn"):
            withdrawal = Withdrawal(as_date(entry["withdrawn"]["date"]), entry["withdrawn"]["reason"])
            annexes.append(Annex(entry["file"], entry["title"], path, 0, withdrawn=withdrawal))
            continue
        fact = facts.get(path, Refusal("not-read"))
        if isinstance(fact, str):
            src.report(("annexes", index, "file"), "annex-refused",
                       {"file": entry["file"], "reason": fact})
            continue
        pdf_file = os.path.join(shown, entry["file"])
        src.problems.extend(annex_problems(src.slug, pdf_file, f"annexes[{index}]", fact))
        annexes.append(Annex(entry["file"], entry["title"], path,
                             fact.size, fact.pages, fact.text, fact.ocr_pages,
                             Path(fact.published) if fact.published else None))
    return annexes


def build_dossier(src: DossierSource, annexes: list[Annex]) -> Dossier | None:
    """The model of a dossier without errors (warnings do not leave it out)."""
    data = src.data
    if any(problem.is_error for problem in src.problems):
        return None
    assert src.letter is not None  # read_source sets it or reports a problem
    dates = data["dates"]
    period = data.get("period")
    return Dossier(
        slug=src.slug,
        folder=src.folder,
        source=src.yml_file,
        title=data["title"],
        organisation=data["organisation"],
        law=data["law"],
        reference=data.get("reference"),
        summary=data.get("summary"),
        topics=tuple(data.get("topics", [])),
        dates=Dates(
            received=as_date(dates["received"]),
            decided=as_date(dates["decided"]),
            adjourned=as_date(dates["adjourned"]) if "adjourned" in dates else None,
            published=as_date(dates["published"]) if "published" in dates else None,
            updated=as_date(dates["updated"]) if "updated" in dates else None,
        ),
        period=Period(
            as_date(period["from"]) if "from" in period else None,
            as_date(period["to"]) if "to" in period else None,
        ) if period else None,
        items=tuple(_item(src, index, item) for index, item in enumerate(data["items"])),
        letter=src.letter.markdown,
        letter_file=src.letter_file,
        sections=src.letter.sections,
        annexes=tuple(annexes),
        reuses=tuple(_reference(ref) for ref in data.get("reuses", [])),
        status=status_from(data),
        law_reason=data.get("law_reason"),
        suspensions=tuple(sorted(
            (Suspension(as_date(s["from"]), as_date(s["to"]), s["reason"])
             for s in data.get("suspensions", [])), key=lambda s: (s.start, s.end))),
        case=_case_part(data.get("case")),
    )


def _case_part(data: dict[str, Any] | None) -> CasePart | None:
    if not data:
        return None
    return CasePart(data["id"], data["part"], data.get("parts"), data.get("title"))


def _item(src: DossierSource, index: int, data: dict[str, Any]) -> Item:
    numbers = data["item"] if isinstance(data["item"], list) else [data["item"]]
    return Item(
        numbers=tuple(numbers),
        request=data["request"],
        outcome=data["outcome"],
        answer=data.get("answer"),
        grounds=tuple(normalise_ground(g) for g in data.get("grounds", [])),
        documents=tuple(data.get("documents", [])),
        reuses=tuple(_reference(ref) for ref in data.get("reuses", [])),
        links=tuple(Link(link["title"], link["url"]) for link in data.get("links", [])),
        line=src.doc.line_of(("items", index)),
    )


def _reference(ref: str | dict[str, str]) -> Reference:
    if isinstance(ref, str):
        return Reference(slug=ref)
    return Reference(title=ref["title"], url=ref["url"])
