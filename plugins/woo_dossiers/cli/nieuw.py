"""Start a new dossier: write dossiers/<slug>/ with dossier.yml and decision.md.

Every request item is stubbed in both files, so that the team only has to fill
in what the signed decision says. Values that still need filling in carry the
marker ``[INVULLEN``; `woo controleer` reports each one with its line,
so a half-filled dossier cannot slip through the pre-commit hook or CI.

Usage (options, or prompts for whatever is missing when run in a terminal):

    woo nieuw --titel "Besluit op Woo-verzoek over ..." \
        --bestuursorgaan "Gemeente Utrecht" --wet Woo \
        --ontvangen 2024-01-10 --besloten 2024-03-01 --onderdelen 4
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..messages.said import Said
from ..model.outcomes import OUTCOMES, WITHHOLDING, requiring

# The marker for values the team still has to fill in (`woo controleer` looks for it).
PLACEHOLDER = "[INVULLEN"
SCHEMA = Path("plugins/woo_dossiers/schema/dossier.schema.json")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LAWS = ("Wob", "Woo")
# The hints beside each item's stub, from the outcomes table: the values, where grounds
# and documents belong.
OUTCOME_CHOICES = " | ".join(OUTCOMES)
GROUNDS_HINT = Said("new-stub-with", outcomes=WITHHOLDING)
DOCUMENTS_HINT = Said("new-stub-with", outcomes=requiring("documents"))
MAX_SLUG = 60
COMMON_WORDS = {"besluit", "op", "het", "de", "een", "uw", "wob", "woo", "verzoek", "over",
                "inzake", "betreffende", "wob-verzoek", "woo-verzoek"}


class Refused(Exception):
    """Why the dossier was not created: its argument is a `Said`."""


def words_of(text: str) -> list[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    # An apostrophe joins ("café's" -> "cafes"); every other sign separates words.
    return re.findall(r"[a-z0-9]+", re.sub(r"['\u2019]", "", ascii_text.lower()))


def slugify(text: str) -> str:
    """"Besluit op Woo-verzoek: café's" -> "besluit-op-woo-verzoek-cafes"."""
    slug = ""
    words = words_of(text)
    for word in words:  # cut at a word boundary so the URL stays readable
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG:
            break
        slug = candidate
    return slug


def default_slug(title: str, decided: date) -> str:
    """The decision year first, so that folders sort by year: "2024-...".

    Leading words that every title shares ("Besluit op Woo-verzoek over") are
    dropped because they make every URL alike.
    """
    words = words_of(title)
    while len(words) > 1 and words[0] in COMMON_WORDS:
        words.pop(0)
    return slugify(f"{decided.year} {' '.join(words)}")


def existing_slugs(dossiers_dir: Path) -> dict[str, Path]:
    """Every slug in use: dossier folders directly in dossiers/ or one group deeper."""
    found: dict[str, Path] = {}
    if not dossiers_dir.is_dir():
        return found
    for child in sorted(dossiers_dir.iterdir()):
        if not child.is_dir():
            continue
        if (child / "dossier.yml").exists():
            found[child.name] = child
            continue
        for grandchild in sorted(child.iterdir()):
            if grandchild.is_dir() and (grandchild / "dossier.yml").exists():
                found.setdefault(grandchild.name, grandchild)
    return found


def check_slug(slug: str, group: str | None, dossiers_dir: Path) -> Path:
    """The folder to create, or Refused with the reason."""
    if not SLUG.match(slug):
        raise Refused(Said("new-slug-invalid", slug=slug))
    if group is not None and not SLUG.match(group):
        raise Refused(Said("new-group-invalid", group=group))
    taken = existing_slugs(dossiers_dir)
    if slug in taken:
        raise Refused(Said("new-slug-taken", slug=slug, path=taken[slug].as_posix()))
    folder = dossiers_dir / group / slug if group else dossiers_dir / slug
    if folder.exists():
        raise Refused(Said("new-folder-exists", path=folder.as_posix()))
    if group and (dossiers_dir / group / "dossier.yml").exists():
        raise Refused(Said("new-group-is-dossier", group=group))
    return folder


def quote(text: str) -> str:
    """A YAML double-quoted scalar: never read as a number, date or yes/no."""
    return json.dumps(text, ensure_ascii=False)


def dossier_yml(
    *,
    title: str,
    organisation: str,
    law: str,
    received: date,
    decided: date,
    adjourned: date | None,
    published: date | None,
    reference: str | None,
    items: int,
    schema_ref: str,
) -> str:
    lines = [
        f"# yaml-language-server: $schema={schema_ref}",
        f"# {Said('new-stub-header')}",
        f"title: {quote(title)}",
        f"organisation: {quote(organisation)}",
        f"law: {law}",
    ]
    if reference:
        lines.append(f"reference: {quote(reference)}")
    lines += [
        f"summary: {quote(placeholder('new-stub-summary'))}",
        "dates:",
        f"  received: {received.isoformat()}",
    ]
    if adjourned:
        lines.append(f"  adjourned: {adjourned.isoformat()}")
    lines.append(f"  decided: {decided.isoformat()}")
    if published:
        lines.append(f"  published: {published.isoformat()}")
    lines += [
        "decision: decision.md",
        f"# case:                           # {Said('new-stub-case')}",
        f"#   id: 2024-naam-van-het-verzoek  # {Said('new-stub-case-id')}",
        f"#   part: 1                        # {Said('new-stub-case-part')}",
        "", "items:"]
    for number in range(1, items + 1):
        lines += [
            f"  - item: {number}",
            f"    request: {quote(placeholder('new-stub-request', number=number))}",
            f"    outcome: {quote(PLACEHOLDER + ']')}  # {OUTCOME_CHOICES}",
            f"    # grounds: [\"5.1.2.e\"]        # {GROUNDS_HINT}",
            f"    # documents: [bijlage-1.pdf]   # {DOCUMENTS_HINT}",
        ]
    lines += [
        "",
        f"# annexes:                        # {Said('new-stub-annexes')}",
        "#   - file: bijlage-1.pdf",
        f"#     title: {Said('new-stub-annex-title')}",
        "",
    ]
    return "\n".join(lines)


def decision_md(*, received: date, items: int) -> str:
    """The letter's skeleton: its usual sections and one "Ad" section per item."""
    parts = [
        f"## {Said('new-stub-request-heading')}",
        "",
        f"{Said('new-stub-received', date=dutch_date(received))} "
        f"{placeholder('new-stub-introduction')}",
        "",
        f"## {Said('new-stub-decision-heading')}",
        "",
        placeholder("new-stub-decision"),
        "",
    ]
    for number in range(1, items + 1):
        parts += [f"## Ad {number}", "", placeholder("new-stub-answer", number=number), ""]
    return "\n".join(parts)


def placeholder(code: str, **params: object) -> str:
    """"[INVULLEN: what to write]": the marker `woo controleer` reports, with its hint."""
    return f"{PLACEHOLDER}: {Said(code, **params)}]"


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def dutch_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def create(args: argparse.Namespace, dossiers_dir: Path) -> Path:
    if not dossiers_dir.is_dir():
        # Most likely started in another folder: do not scatter a new dossiers/ there.
        raise Refused(Said("new-no-dossiers", path=dossiers_dir.as_posix()))
    slug = args.slug or default_slug(args.title, args.decided)
    folder = check_slug(slug, args.group, dossiers_dir)
    if args.decided < args.received:
        raise Refused(Said("new-decided-before-received"))
    if args.items < 1:
        raise Refused(Said("new-no-items"))
    root = dossiers_dir.resolve().parent
    schema_ref = Path(os.path.relpath(root / SCHEMA, folder.resolve())).as_posix()
    folder.mkdir(parents=True)
    (folder / "dossier.yml").write_text(
        dossier_yml(
            title=args.title, organisation=args.organisation, law=args.law,
            received=args.received, decided=args.decided, adjourned=args.adjourned,
            published=args.published, reference=args.reference, items=args.items,
            schema_ref=schema_ref,
        ),
        encoding="utf-8",
    )
    (folder / "decision.md").write_text(
        decision_md(received=args.received, items=args.items),
        encoding="utf-8",
    )
    return folder


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(Said("new-not-a-date", text=text)) from None


def parse_law(text: str) -> str:
    for law in LAWS:
        if text.strip().lower() == law.lower():
            return law
    raise argparse.ArgumentTypeError(Said("new-not-a-law", text=text))


def parse_items(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(Said("new-not-a-number", text=text))
    return int(text)


def parser(prog: str = "woo nieuw") -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description=Said("new-about"))
    p.add_argument("--titel", "--title", dest="title", metavar="TITEL", help=Said("new-opt-title"))
    p.add_argument("--bestuursorgaan", "--organisation", dest="organisation", metavar="NAAM",
                   help=Said("new-opt-organisation"))
    p.add_argument("--wet", "--law", dest="law", metavar="WET", type=parse_law, help=Said("new-opt-law"))
    p.add_argument("--ontvangen", "--received", dest="received", metavar="DATUM", type=parse_date,
                   help=Said("new-opt-received"))
    p.add_argument("--besloten", "--decided", dest="decided", metavar="DATUM", type=parse_date,
                   help=Said("new-opt-decided"))
    p.add_argument("--verdaagd", "--adjourned", dest="adjourned", metavar="DATUM", type=parse_date,
                   help=Said("new-opt-adjourned"))
    p.add_argument("--gepubliceerd", "--published", dest="published", metavar="DATUM", type=parse_date,
                   help=Said("new-opt-published"))
    p.add_argument("--kenmerk", "--reference", dest="reference", metavar="KENMERK",
                   help=Said("new-opt-reference"))
    p.add_argument("--onderdelen", "--items", dest="items", metavar="AANTAL", type=parse_items,
                   help=Said("new-opt-items"))
    p.add_argument("--slug", help=Said("new-opt-slug"))
    p.add_argument("--groep", "--group", dest="group", metavar="MAP",
                   help=Said("new-opt-group"))
    p.add_argument("--dossiers", type=Path, metavar="MAP", default=Path("dossiers"),
                   help=Said("cli-dossiers"))
    return p


# Required values (with their Dutch option) and how to read an answer typed at the prompt.
REQUIRED: tuple[tuple[str, str, str, Callable[[str], object]], ...] = (
    ("title", "--titel", "new-ask-title", str),
    ("organisation", "--bestuursorgaan", "new-ask-organisation", str),
    ("law", "--wet", "new-ask-law", parse_law),
    ("received", "--ontvangen", "new-ask-received", parse_date),
    ("decided", "--besloten", "new-ask-decided", parse_date),
    ("items", "--onderdelen", "new-ask-items", parse_items),
)


def ask_missing(args: argparse.Namespace, interactive: bool) -> list[str]:
    """Prompt for missing required values; return the options still missing."""
    missing = []
    for name, option, question, convert in REQUIRED:
        while getattr(args, name) in (None, "") and interactive:
            answer = input(f"{Said(question)}: ").strip()
            try:
                setattr(args, name, convert(answer) if answer else None)
            except argparse.ArgumentTypeError as error:
                print(f"  {error}", file=sys.stderr)
        if getattr(args, name) in (None, ""):
            missing.append(option)
    return missing


def main(argv: list[str] | None = None, prog: str = "woo nieuw") -> int:
    args = parser(prog).parse_args(argv)
    try:
        missing = ask_missing(args, sys.stdin.isatty())
    except EOFError:
        print(Said("new-input-ended"), file=sys.stderr)
        return 2
    if missing:
        print(Said("new-missing", options=missing), file=sys.stderr)
        return 2
    try:
        folder = create(args, args.dossiers)
    except Refused as refused:
        print(Said("new-not-made", reason=refused.args[0]), file=sys.stderr)
        return 1
    print(Said("new-made", folder=folder.as_posix()))
    print(Said("new-next", slug=folder.name))
    return 0

