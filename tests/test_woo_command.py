"""`woo`, the communications team's one command: Dutch verbs, Dutch help, no tracebacks."""

from __future__ import annotations

import tomllib

import pytest
from publishing_helpers import ROOT, run_woo
from sitebuild import make_project

CAS = "2021-criminaliteits-anticipatie-systeem"


def test_the_console_script_is_installed_by_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["scripts"] == {"woo": "woo_dossiers.cli:main"}


def test_woo_alone_lists_its_commands_in_dutch(tmp_path):
    done = run_woo("--help", cwd=tmp_path)
    assert done.returncode == 0
    for command in ("nieuw", "controleer", "importeer", "opschonen", "bouw", "bekijk"):
        assert f"\n  {command} " in done.stdout
    assert done.stdout.startswith("gebruik: woo OPDRACHT")


def test_an_unknown_command_is_named_in_dutch(tmp_path):
    done = run_woo("publiceer", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("woo: onbekende opdracht 'publiceer'")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("english, dutch", [("check", "controleer"), ("new", "nieuw"),
                                            ("clean", "opschonen"), ("import", "importeer")])
def test_english_aliases_run_the_same_command(tmp_path, english, dutch):
    done = run_woo(english, "--help", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith(f"gebruik: woo {dutch} ")
    assert "opties:" in done.stdout and "laat deze hulp zien en stop" in done.stdout


def test_argument_mistakes_are_explained_in_dutch(tmp_path):
    done = run_woo("controleer", "--onbekend", cwd=tmp_path)
    assert done.returncode == 2
    assert "woo controleer: fout: onbekende opties of woorden: --onbekend" in done.stderr
    done = run_woo("importeer", "brief.pdf", cwd=tmp_path)
    assert "woo importeer: fout: dit ontbreekt nog: --slug" in done.stderr
    done = run_woo("controleer", "--taal", "fr", cwd=tmp_path)
    assert "woo controleer: fout: bij --taal/--lang: 'fr' kan niet; kies uit 'en', 'nl'" \
        in done.stderr


def test_bouw_builds_the_site_and_says_so_in_dutch(tmp_path):
    project = make_project(tmp_path, [CAS])
    done = run_woo("bouw", cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("De site is gebouwd in site/ (")
    assert (project / "site" / "index.html").is_file()
    assert "INFO" not in done.stdout


def test_bouw_that_fails_names_each_problem_in_dutch_and_keeps_the_site(tmp_path):
    project = make_project(tmp_path, [CAS])
    assert run_woo("bouw", cwd=project).returncode == 0
    before = (project / "site" / "index.html").read_bytes()
    yml = project / "dossiers" / CAS / "dossier.yml"
    yml.write_text(yml.read_text("utf-8").replace("law: Wob", "law: Wet"), "utf-8")
    done = run_woo("bouw", cwd=project)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert any(line.startswith(f"waarschuwing: woo: dossiers/{CAS}/dossier.yml:") and "Wet" in line
               for line in lines), done.stdout
    assert f"waarschuwing: woo: dossier {CAS} blijft van de site" in done.stdout
    assert lines[-1].startswith("De site is niet gebouwd: ")
    assert "Traceback" not in done.stdout + done.stderr
    assert (project / "site" / "index.html").read_bytes() == before


def test_bouw_outside_a_project_says_where_to_go(tmp_path):
    done = run_woo("bouw", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == ("woo bouw: hier staat geen mkdocs.yml; ga eerst naar de map van het "
                           "project\n")

