"""Helpers for the publishing tests: load a script from scripts/ as a module, run git."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"


def load_script(name: str) -> ModuleType:
    """Import scripts/<name>.py (scripts are not a package; they run as commands)."""
    spec = importlib.util.spec_from_file_location(f"scripts_{name}", SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def run_woo(command: str, *args: str, cwd: Path, stdin: str | None = None):
    """Run `woo <command>` as the team does: a separate process, this checkout's package."""
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    return subprocess.run(
        [sys.executable, "-m", "woo_dossiers.cli", command, *args],
        cwd=cwd, input=stdin, capture_output=True, text=True, check=False, env=env,
    )


def run_script(name: str, *args: str, cwd: Path, stdin: str | None = None):
    """Run a script as the team does: a separate process with the project's Python."""
    return subprocess.run(
        [sys.executable, str(SCRIPTS / f"{name}.py"), *args],
        cwd=cwd, input=stdin, capture_output=True, text=True, check=False,
    )


def git(repo: Path, *args: str, date: str | None = None) -> str:
    """Run git in `repo` with a fixed identity (and commit date when given); its output."""
    done = git_run(repo, *args, date=date)
    if done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def git_run(repo: Path, *args: str, date: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run git in `repo`; the caller looks at the exit status (e.g. a refusing hook)."""
    environment = {
        "GIT_AUTHOR_NAME": "Redactie", "GIT_AUTHOR_EMAIL": "redactie@example.org",
        "GIT_COMMITTER_NAME": "Redactie", "GIT_COMMITTER_EMAIL": "redactie@example.org",
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
        "PATH": "/usr/bin:/bin:/usr/local/bin",
    }
    env = {**environment, **(env or {})}
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    return subprocess.run(["git", "-C", str(repo), *args], env=env, capture_output=True,
                          text=True, check=False)


BASE_YML = """\
title: Besluit op Woo-verzoek over cameratoezicht
organisation: Gemeente Voorbeeld
law: Woo
reference: "2024/01"
summary: Verzoek om documenten over cameratoezicht in het centrum.
dates:
  received: 2024-01-10
  decided: 2024-03-01
items:
  - item: 1
    request: Alle evaluaties van het cameratoezicht
    outcome: partly-disclosed
    grounds: ["5.1.2.e"]
    documents: [bijlage-1.pdf]
  - item: 2
    request: Het beleid voor het bewaren van beelden
    outcome: not-held
annexes:
  - file: bijlage-1.pdf
    title: Evaluatie cameratoezicht 2023
"""

BASE_LETTER = """\
## Uw verzoek

Op 10 januari 2024 heb ik uw verzoek ontvangen.

## Ad 1

Ik maak de evaluatie deels openbaar.

## Ad 2

Er is geen beleid voor het bewaren van beelden vastgelegd.
"""


def make_pdf(path: Path, text: str = "Evaluatie cameratoezicht") -> Path:
    from datetime import UTC, datetime

    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text=text)
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=UTC))  # same bytes every time
    path.write_bytes(bytes(pdf.output()))
    return path


def write_dossier(dossiers: Path, slug: str, yml: str = BASE_YML, letter: str = BASE_LETTER,
                  pdfs: tuple[str, ...] = ("bijlage-1.pdf",)) -> Path:
    folder = dossiers / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dossier.yml").write_text(yml, encoding="utf-8")
    (folder / "decision.md").write_text(letter, encoding="utf-8")
    for name in pdfs:
        make_pdf(folder / name)
    return folder


def build_site(project: Path, strict: bool = True) -> Path:
    """The real `mkdocs build` command on `project` with this checkout's mkdocs.yml and docs/."""
    import os
    import shutil

    if not (project / "mkdocs.yml").exists():
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    if not (project / "docs").exists():
        shutil.copytree(ROOT / "docs", project / "docs")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    done = subprocess.run(
        # Not -q: MkDocs' quiet mode drops warnings before --strict can count them.
        [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else [])],
        cwd=project, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return project / "site"
