"""A dossier's publication history, read from git: published, corrected, annex replaced.

One `git log` for the whole dossiers folder per build. Only what landed on the
main line counts (`--first-parent`): a pull request merged on 3 March publishes
on 3 March, whatever the dates of its own commits. Dates are the commit dates
as recorded, so two builds of the same repository give the same page; outside a
git repository (or in a shallow clone's missing past) there is no history.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from ..source.yamlsafe import YamlError, load_yaml

DOSSIER_FILE = "dossier.yml"
STATUS_LABELS = {"withdrawn": "Ingetrokken", "replaced": "Vervangen door een nieuw besluit"}


@dataclass(frozen=True)
class HistoryEntry:
    day: date
    kind: str  # published | republished | corrected | annex-added | annex-replaced |
    #            annex-removed | withdrawn | replaced | status-lifted |
    #            annex-withdrawn (from dossier.yml: analyse/changes.py)
    label: str  # Dutch, as shown on the page


@dataclass
class _Commit:
    sha: str
    day: date
    files: list[tuple[str, str]]  # (status letter, repository path)


def site_history(dossiers_dir: Path) -> dict[str, tuple[HistoryEntry, ...]]:
    """slug -> its history, oldest first; empty when the folder is not in git."""
    root = _git(dossiers_dir, "rev-parse", "--show-toplevel")
    if root is None:
        return {}
    top = Path(root.strip())
    try:
        prefix = dossiers_dir.resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        return {}
    log = _git(top, "-c", "core.quotePath=false", "log", "--first-parent",
               "--diff-merges=first-parent", "--no-renames", "--reverse",
               "--format=%x00%H %cs", "--name-status", "--", prefix)
    if not log:
        return {}

    commits = _parse(log)
    # Every dossier.yml version the history needs, fetched by one git process: one
    # `git show` per version cost seconds per build once a site had thousands of them.
    versions = _blobs(top, [f"{c.sha}:{path}" for c in commits for letter, path in c.files
                            if letter != "D" and PurePosixPath(path).name == DOSSIER_FILE])

    def status_at(sha: str, path: str) -> str | None:
        text = versions.get(f"{sha}:{path}")
        try:
            data = load_yaml(text).data if text is not None else None
        except YamlError:
            return None
        return data.get("status") if isinstance(data, dict) else None

    return _classify(commits, prefix, status_at)


def _blobs(top: Path, specs: list[str]) -> dict[str, bytes]:
    """The contents of `<sha>:<path>` for each spec that exists, read with `git cat-file --batch`."""
    if not specs:
        return {}
    try:
        done = subprocess.run(["git", "--no-pager", "-C", str(top), "cat-file", "--batch"],
                              input="".join(f"{spec}\n" for spec in specs).encode(),
                              capture_output=True, check=False)
    except OSError:  # no git on this machine
        return {}
    out, at, found = done.stdout, 0, {}
    for spec in specs:
        end = out.find(b"\n", at)
        if end < 0:
            break
        header = out[at:end]
        at = end + 1
        if header.endswith((b" missing", b" ambiguous")):
            continue
        size = int(header.rsplit(b" ", 1)[1])  # "<oid> blob <size>", then the bytes and "\n"
        found[spec] = out[at:at + size]
        at += size + 1
    return found


def _git(where: Path, *args: str, binary: bool = False):
    try:
        done = subprocess.run(["git", "--no-pager", "-C", str(where), *args],
                              capture_output=True, check=False)
    except OSError:  # no git on this machine
        return None
    if done.returncode != 0:
        return None
    return done.stdout if binary else done.stdout.decode("utf-8", errors="replace")


def _parse(log: str) -> list[_Commit]:
    commits = []
    for record in log.split("\0")[1:]:
        lines = record.strip("\n").split("\n")
        sha, day = lines[0].split(" ")
        files = [tuple(line.split("\t", 1)) for line in lines[1:] if "\t" in line]
        commits.append(_Commit(sha, date.fromisoformat(day),
                               [(status[0], path) for status, path in files]))
    return commits


def _slug_and_name(path: str, prefix: str) -> tuple[str, str] | None:
    """dossiers/<slug>/<file> or dossiers/<group>/<slug>/<file> -> (slug, file)."""
    parts = PurePosixPath(path).relative_to(prefix).parts
    if len(parts) == 2:
        return parts[0], parts[1]
    if len(parts) == 3:
        return parts[1], parts[2]
    return None


def _classify(commits: list[_Commit], prefix: str,
              status_at: Callable[[str, str], str | None]) -> dict[str, tuple[HistoryEntry, ...]]:
    history: dict[str, list[HistoryEntry]] = {}
    status: dict[str, str | None] = {}
    for commit in commits:
        touched: dict[str, dict[str, set[str]]] = {}  # slug -> file -> status letters
        yml_path: dict[str, str] = {}
        for letter, path in commit.files:
            found = _slug_and_name(path, prefix)
            if found is None:
                continue
            slug, name = found
            touched.setdefault(slug, {}).setdefault(name, set()).add(letter)
            if name == DOSSIER_FILE and letter != "D":
                yml_path[slug] = path
        for slug, files in sorted(touched.items()):
            entries = history.setdefault(slug, [])
            add = _adder(entries, commit.day)
            # A file both deleted and added moved with its folder (into a group):
            # the public page did not change.
            changed = {name: letters for name, letters in files.items() if letters != {"A", "D"}}
            yml = changed.get(DOSSIER_FILE, set())
            if yml == {"D"}:
                add("removed", "Van de site gehaald")
                status.pop(slug, None)
                continue
            new_status = status_at(commit.sha, yml_path[slug]) if slug in yml_path else None
            if "A" in yml and not any(e.kind != "removed" for e in entries):
                add("published", "Op deze site geplaatst")
            elif "A" in yml:
                add("republished", "Opnieuw gepubliceerd")
            else:
                if yml and new_status != status.get(slug):
                    if new_status in STATUS_LABELS:
                        add(new_status, STATUS_LABELS[new_status])
                    else:
                        add("status-lifted", "Weer geldig")
                text_changed = bool(yml) or any(
                    not name.lower().endswith(".pdf") for name in changed if name != DOSSIER_FILE)
                if text_changed and (not yml or new_status == status.get(slug)):
                    add("corrected", "Gecorrigeerd")
                for name, letters in sorted(changed.items()):
                    if name.lower().endswith(".pdf"):
                        kind, verb = {"A": ("annex-added", "toegevoegd"),
                                      "D": ("annex-removed", "verwijderd")}.get(
                            min(letters), ("annex-replaced", "vervangen"))
                        add(kind, f"Bijlage {verb}: {name}")
            if slug in yml_path:
                status[slug] = new_status
    return {slug: tuple(entries) for slug, entries in history.items() if entries}


def _adder(entries: list[HistoryEntry], day: date) -> Callable[[str, str], None]:
    def add(kind: str, label: str) -> None:
        entry = HistoryEntry(day, kind, label)
        if entry not in entries[-3:]:  # the same change twice on one day reads as one
            entries.append(entry)
    return add
