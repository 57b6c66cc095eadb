"""The whole path on a scratch site repository, as the communications team walks it.

Start a dossier with the command, fill it in, check it, commit it (the
pre-commit hook refuses it while it is broken), build the site with the real
`mkdocs build --strict` and find the dossier on it, with its history.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from publishing_helpers import ROOT, git, git_run, make_pdf

IGNORE = shutil.ignore_patterns("__pycache__", "*.egg-info", "site", ".cache")


@pytest.fixture
def site_repo(tmp_path: Path) -> Path:
    """A site repository: this project's files, an empty dossiers/ and the installed .venv."""
    repo = tmp_path / "woo-site"
    repo.mkdir()
    for name in ("mkdocs.yml", ".pre-commit-config.yaml", "pyproject.toml"):
        shutil.copy(ROOT / name, repo / name)
    for name in ("docs", "plugins", "scripts"):
        shutil.copytree(ROOT / name, repo / name, ignore=IGNORE)
    (repo / "dossiers").mkdir()
    (repo / "dossiers" / ".gitkeep").write_text("")
    (repo / ".gitignore").write_text(".venv\nsite/\n.cache/\n")
    # The environment README installs, in the place README puts it.
    (repo / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Lege site", date="2024-01-02T09:00:00+01:00")
    return repo


def install_hook(repo: Path) -> None:
    """`pre-commit install`, as README and the guide say. pre-commit is a test dependency:
    without it this fails rather than stand in a hook of our own for the real one."""
    installed = run(repo, ".venv/bin/python", "-m", "pre_commit", "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr


WOO = ".venv/bin/woo"


def run(repo: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """A command as README gives it, run in the site repository (this checkout's package)."""
    env = {**os.environ, "PYTHONPATH": str(repo / "plugins")}
    return subprocess.run(list(command), cwd=repo, env=env, capture_output=True, text=True,
                          check=False)


def fill_in(folder: Path) -> None:
    """What the team does in the editor: replace every [INVULLEN...] and add the annex."""
    yml = (folder / "dossier.yml").read_text(encoding="utf-8")
    replacements = [
        ('"[INVULLEN: één alinea over het verzoek en het besluit]"',
         "Verzoek om documenten over cameratoezicht in het centrum; deels openbaar."),
        ('"[INVULLEN: wat onderdeel 1 vraagt]"', "Evaluaties van het cameratoezicht"),
        ('"[INVULLEN: wat onderdeel 2 vraagt]"', "Het beleid voor het bewaren van beelden"),
    ]
    for old, new in replacements:
        assert old in yml, old
        yml = yml.replace(old, new)
    yml = yml.replace('outcome: "[INVULLEN]"', "outcome: partly-disclosed", 1)
    yml = yml.replace('    # grounds: ["5.1.2.e"]', '    grounds: ["5.1.2.e"]', 1)
    yml = yml.replace("    # documents: [bijlage-1.pdf]", "    documents: [bijlage-1.pdf]", 1)
    yml = yml.replace('outcome: "[INVULLEN]"', "outcome: not-held", 1)
    yml = yml.replace("# annexes:", "annexes:").replace("#   - file: bijlage-1.pdf",
                                                        "  - file: bijlage-1.pdf")
    yml = yml.replace("#     title: Inventarislijst", "    title: Evaluatie 2023")
    (folder / "dossier.yml").write_text(yml, encoding="utf-8")
    letter = (folder / "decision.md").read_text(encoding="utf-8")
    for old, new in [
        ("[INVULLEN: de rest van de inleiding]", "U vraagt om documenten over cameratoezicht."),
        ("[INVULLEN: het besluit in het kort]", "Ik maak de evaluatie deels openbaar."),
        ("[INVULLEN: het antwoord op onderdeel 1]", "De evaluatie van 2023 is bijlage 1."),
        ("[INVULLEN: het antwoord op onderdeel 2]", "Er is geen vastgelegd bewaarbeleid."),
    ]:
        letter = letter.replace(old, new)
    (folder / "decision.md").write_text(letter, encoding="utf-8")
    make_pdf(folder / "bijlage-1.pdf", "Evaluatie cameratoezicht 2023")


def test_from_signed_decision_to_published_page(site_repo: Path, tmp_path: Path):
    repo = site_repo
    # The command README installs (a console script in the project's .venv).

    # 1. Start the dossier.
    made = run(repo, WOO, "nieuw", "--title",
               "Besluit op Woo-verzoek over cameratoezicht in het centrum",
               "--organisation", "Gemeente Voorbeeld", "--law", "Woo",
               "--received", "2024-01-10", "--decided", "2024-03-01", "--items", "2")
    assert made.returncode == 0, made.stderr
    folder = repo / "dossiers" / "2024-cameratoezicht-in-het-centrum"
    assert (folder / "dossier.yml").is_file() and (folder / "decision.md").is_file()

    # 2. The stub is not publishable: the check says what is left to fill in.
    checked = run(repo, WOO, "controleer", folder.name)
    assert checked.returncode == 1
    assert "items[0].outcome: nog in te vullen: [INVULLEN]" in checked.stdout

    # 3. The pre-commit hook blocks the broken dossier.
    hook_env = {"PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"),
                "HOME": str(tmp_path), "PATH": f"{repo / '.venv/bin'}:/usr/bin:/bin"}
    install_hook(repo)
    git(repo, "add", "-A")
    refused = git_run(repo, "commit", "-m", "Nieuw besluit", env=hook_env)
    assert refused.returncode != 0
    assert "nog in te vullen" in refused.stdout + refused.stderr
    assert git(repo, "log", "--format=%s").splitlines() == ["Lege site"]

    # 4. Fill it in; the check passes; the commit goes through the hook.
    fill_in(folder)
    checked = run(repo, WOO, "controleer", folder.name)
    assert (checked.returncode, checked.stdout.strip()) == (
        0, "In orde: 1 dossier(s) gecontroleerd, geen fouten."), checked.stdout
    git(repo, "add", "-A")
    accepted = git_run(repo, "commit", "-m", "Nieuw besluit", env=hook_env,
                       date="2024-03-04T10:00:00+01:00")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Dossiers controleren" in accepted.stdout + accepted.stderr  # the hook did run

    # 5. Build the site as README says, and see the dossier on it.
    built = run(repo, ".venv/bin/mkdocs", "build", "--strict")
    assert built.returncode == 0, built.stdout + built.stderr
    page = (repo / "site" / "dossiers" / folder.name / "index.html").read_text()
    assert "Besluit op Woo-verzoek over cameratoezicht in het centrum" in page
    assert "Evaluaties van het cameratoezicht" in page
    assert "De evaluatie van 2023 is bijlage 1." in page
    assert "INVULLEN" not in page
    assert ('<time datetime="2024-03-04">4 maart 2024</time>: Op deze site geplaatst'
            in page)
    assert (repo / "site" / "dossiers" / folder.name / "bijlage-1.pdf").is_file()
    overview = (repo / "site" / "dossiers" / "index.html").read_text()
    assert (f'<a href="{folder.name}/">Besluit op Woo-verzoek over cameratoezicht in het '
            "centrum</a>") in overview

    # 6. A later mistake is blocked again, and the site keeps the published version.
    yml = folder / "dossier.yml"
    yml.write_text(yml.read_text().replace('grounds: ["5.1.2.e"]', 'grounds: ["10.2.e"]'))
    git(repo, "add", "-A")
    refused = git_run(repo, "commit", "-m", "Grond aangepast", env=hook_env)
    assert refused.returncode != 0
    assert "'10.2.e' is een weigeringsgrond uit de Wob" in refused.stdout + refused.stderr
