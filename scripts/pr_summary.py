#!/usr/bin/env python3
"""Summarise what a change does to the site, as Markdown for a pull request comment.

    python3 scripts/pr_summary.py BASE HEAD [--preview-url URL] [--repo DIR]

Compares the dossiers of two git commits: which were added, changed (and which
of their files) and removed, by slug; checks the dossiers as they are in HEAD
and lists every error and warning; links the preview. The text is Dutch: the
communications team reads it on the pull request.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from woo_dossiers.cli.controleer import check, line_for  # noqa: E402
from woo_dossiers.messages.problems import Problem  # noqa: E402
from woo_dossiers.source.yamlsafe import YamlError, load_yaml  # noqa: E402

DOSSIERS = "dossiers"
STATUS_WORDS = {"A": "nieuw", "M": "gewijzigd", "D": "verwijderd", "T": "gewijzigd"}


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)  # slugs, sorted
    changed: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # slug -> files
    removed: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # of the dossiers in HEAD


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True,
                          check=True).stdout


def dossier_folders(repo: Path, commit: str) -> dict[str, str]:
    """slug -> folder (repository path) of every dossier in `commit`."""
    names = git(repo, "ls-tree", "-r", "--name-only", "-z", commit, "--", DOSSIERS)
    found: dict[str, str] = {}
    for name in sorted(names.decode().split("\0")):
        path = PurePosixPath(name)
        # dossiers/<slug>/dossier.yml or dossiers/<group>/<slug>/dossier.yml
        if path.name == "dossier.yml" and len(path.parts) in (3, 4):
            found.setdefault(path.parent.name, str(path.parent))
    return found


def title_of(repo: Path, commit: str, folder: str) -> str:
    try:
        data = load_yaml(git(repo, "show", f"{commit}:{folder}/dossier.yml")).data
    except (YamlError, subprocess.CalledProcessError):
        return ""
    title = data.get("title") if isinstance(data, dict) else None
    return title if isinstance(title, str) else ""


def changed_files(repo: Path, base: str, head: str) -> list[tuple[str, str]]:
    """(status letter, path) of every file under dossiers/ that differs."""
    out = git(repo, "diff", "--name-status", "--no-renames", "-z", base, head, "--", DOSSIERS)
    fields = out.decode().split("\0")
    return [(fields[i][0], fields[i + 1]) for i in range(0, len(fields) - 1, 2)]


def compare(repo: Path, base: str, head: str) -> Changes:
    before, after = dossier_folders(repo, base), dossier_folders(repo, head)
    changes = Changes(
        added=sorted(set(after) - set(before)),
        removed=sorted(set(before) - set(after)),
    )
    for status, path in changed_files(repo, base, head):
        for slug, folder in after.items():
            if slug in before and (path.startswith(folder + "/") or
                                   path.startswith(before[slug] + "/")):
                start = folder if path.startswith(folder + "/") else before[slug]
                changes.changed.setdefault(slug, []).append((status, path[len(start) + 1:]))
    changes.changed = dict(sorted(changes.changed.items()))
    for slug in [*changes.added, *changes.changed]:
        changes.titles[slug] = title_of(repo, head, after[slug])
    for slug in changes.removed:
        changes.titles[slug] = title_of(repo, base, before[slug])
    changes.problems = problems_at(repo, head) if after else []
    return changes


def problems_at(repo: Path, commit: str) -> list[Problem]:
    """Check the dossiers as they are in `commit`, from a copy outside the checkout."""
    with tempfile.TemporaryDirectory() as scratch:
        archive = git(repo, "archive", "--format=tar", commit, DOSSIERS)
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(scratch, filter=_plain_members)
        problems, _, _ = check(Path(scratch) / DOSSIERS)
    return problems


def _plain_members(member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
    """Leave out what tarfile's "data" filter refuses (links out of the folder, ...):
    the check then reports the file as missing instead of this script failing."""
    try:
        return tarfile.data_filter(member, dest)
    except tarfile.FilterError:
        return None


def md(text: str) -> str:
    """Text from a dossier, safe inside Markdown: no links, HTML or emphasis of its own."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]()#+!|~])", r"\\\1", text.replace("\n", " "))


def summary(changes: Changes, preview_url: str | None) -> str:
    errors = [p for p in changes.problems if p.is_error]
    warnings = [p for p in changes.problems if not p.is_error]
    base_url = preview_url.rstrip("/") + "/" if preview_url else None

    def link(slug: str) -> str:
        shown = f"`{slug}`"
        return f"[{shown}]({base_url}dossiers/{slug}/)" if base_url else shown

    def titled(slug: str) -> str:
        title = changes.titles.get(slug)
        return f"{link(slug)} — {md(title)}" if title else link(slug)

    out = ["## Voorbeeld van deze wijziging", ""]
    if base_url:
        out += [f"**[Bekijk het voorbeeld van de site]({base_url})**", "",
                # Issue 18: a preview also shows decisions before their publication date.
                "🔓 **Dit voorbeeld is openbaar**: iedereen die het adres kent, kan het openen, "
                "ook besluiten die nog niet openbaar zijn (die staan er met \"Nog niet "
                "openbaar\" in). Zet er niets in dat geheim moet blijven.", ""]
    if errors:
        out += [f"❌ **{len(errors)} fout(en)**: de site kan zo niet worden gepubliceerd. "
                "Los ze op; de meldingen staan hieronder.", ""]
    elif warnings:
        out += [f"⚠️ {len(warnings)} waarschuwing(en); bekijk ze hieronder.", ""]
    else:
        out += ["✅ Geen fouten of waarschuwingen.", ""]
    if not (changes.added or changes.changed or changes.removed):
        out += ["Deze wijziging verandert geen dossiers.", ""]
    if changes.added:
        out += [f"### Nieuw ({len(changes.added)})", ""]
        out += [f"- {titled(slug)}" for slug in changes.added] + [""]
    if changes.changed:
        out += [f"### Gewijzigd ({len(changes.changed)})", ""]
        for slug, files in changes.changed.items():
            what = ", ".join(f"{md(name)} ({STATUS_WORDS.get(status, 'gewijzigd')})"
                             for status, name in files)
            out.append(f"- {titled(slug)}: {what}")
        out.append("")
    if changes.removed:
        out += [f"### Verwijderd ({len(changes.removed)})", ""]
        out += [f"- `{slug}` — {md(changes.titles.get(slug, ''))}" for slug in changes.removed]
        out += ["", "Een verwijderd dossier is niet meer te vinden: wie het adres heeft "
                "bewaard, krijgt een foutpagina. Wilt u een besluit terugtrekken, zet dan "
                "`status: withdrawn` met een `status_reason` in dossier.yml.", ""]
    if changes.problems:
        out += ["### Meldingen", "", "```"]
        out += [line_for(problem, "nl").replace("```", "'''") for problem in changes.problems]
        out += ["```", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Samenvatting van een wijziging voor een "
                                     "pull request (Markdown).")
    parser.add_argument("base", help="de commit waarmee vergeleken wordt (bijv. main)")
    parser.add_argument("head", help="de commit met de wijziging (bijv. HEAD)")
    parser.add_argument("--preview-url", help="adres van het voorbeeld van de site")
    parser.add_argument("--repo", type=Path, default=Path("."), help="de git-repository")
    args = parser.parse_args(argv)
    try:
        changes = compare(args.repo, args.base, args.head)
    except subprocess.CalledProcessError as error:
        print(f"git: {error.stderr.decode(errors='replace').strip()}", file=sys.stderr)
        return 2
    print(summary(changes, args.preview_url))
    return 0


if __name__ == "__main__":
    sys.exit(main())
