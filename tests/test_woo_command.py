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



# MkDocs' own English about a page's links, as mkdocs/structure/pages.py (1.6.1) writes it,
# and what `woo bouw` says instead.
ENGINE_LINES = [
    ("Doc file 'dossiers/a/index.md' contains a link 'b.md', but the target 'dossiers/a/b.md' is "
     "not found among documentation files.",
     "pagina dossiers/a/index.md linkt naar 'b.md', maar geen pagina of bestand van de site heeft "
     "dat adres"),
    ("Doc file 'a.md' contains a link 'c.md', but the target is not found among documentation "
     "files. Did you mean 'b.md'?",
     "pagina a.md linkt naar 'c.md', maar geen pagina of bestand van de site heeft dat adres "
     "Bedoel je 'b.md'?"),
    ("Doc file 'a.md' contains a link 'b.md#x', but the doc 'b.md' does not contain an anchor "
     "'#x'.", "pagina a.md linkt naar 'b.md#x', maar b.md heeft geen kop of anker '#x'"),
    ("Doc file 'a.md' contains a link '#fnref:1', but there is no such anchor on this page. This "
     "seems to be a footnote that is never referenced.",
     "pagina a.md linkt naar '#fnref:1', maar die pagina heeft zo'n kop of anker niet Het lijkt "
     "een voetnoot waar nergens naar verwezen wordt."),
    ("Doc file 'a.md' contains a link to 'b.md' which is excluded from the built site.",
     "pagina a.md linkt naar 'b.md', maar dat staat niet op de site"),
    ("Doc file 'a.md' contains an unrecognized relative link 'b/', it was left as is.",
     "pagina a.md heeft een link 'b/' die geen bestand noemt; die is gelaten zoals hij is"),
    ("Doc file 'a.md' contains an absolute link '/b/', it was left as is.",
     "pagina a.md heeft een link '/b/' vanaf de hoofdmap van de site; die is gelaten zoals hij is"),
    ("Config value 'x': unknown", "Config value 'x': unknown"),  # not a link: as it is
]


@pytest.mark.parametrize(("english", "dutch"), ENGINE_LINES)
def test_the_engines_lines_about_links_are_said_in_dutch(english, dutch):
    from woo_dossiers.cli.site import in_dutch

    assert in_dutch(english) == dutch


def test_bouw_says_a_broken_link_in_a_letter_in_dutch(tmp_path):
    project = make_project(tmp_path, [CAS])
    letter = project / "dossiers" / CAS / "decision.md"
    letter.write_text(letter.read_text("utf-8") + "\nZie [de bijlage](bestaat-niet.md).\n", "utf-8")
    done = run_woo("bouw", cwd=project)
    assert done.returncode == 1
    assert "waarschuwing: pagina dossiers/" in done.stdout, done.stdout
    assert "linkt naar 'bestaat-niet.md', maar geen pagina of bestand" in done.stdout
    assert "Doc file" not in done.stdout + done.stderr


def test_bekijk_serves_the_site_and_speaks_only_dutch(tmp_path):
    """`woo bekijk`: the address once it serves, a Dutch line per build, no English; a
    request for an address the site does not have is said in Dutch, a redirect not at all."""
    import os
    import queue
    import socket
    import subprocess
    import sys
    import threading
    import urllib.error
    import urllib.request

    from publishing_helpers import ROOT

    project = make_project(tmp_path, [CAS])
    with socket.socket() as probe:  # a free port, so parallel tests do not meet
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    with subprocess.Popen([sys.executable, "-m", "woo_dossiers.cli", "bekijk", "-a",
                           f"127.0.0.1:{port}"], cwd=project, env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as woo:
        # Lines are read beside the test, so that a server that never says its address
        # fails the test (with what it did say) instead of hanging the run.
        said: queue.Queue[str] = queue.Queue()
        reader = threading.Thread(target=lambda: [said.put(line) for line in woo.stdout],
                                  daemon=True)
        reader.start()
        lines: list[str] = []
        try:
            while not lines or not lines[-1].startswith("De site staat op "):
                try:
                    lines.append(said.get(timeout=300))
                except queue.Empty:
                    pytest.fail(f"woo bekijk named no address in 300 s: {lines}")
            address = lines[-1].removeprefix("De site staat op ").removesuffix(" (stoppen: Ctrl+C)\n")
            assert address.startswith(f"http://127.0.0.1:{port}/"), lines  # + the site's path
            page = urllib.request.urlopen(f"{address}dossiers/{CAS}/", timeout=120).read()
            assert b"Criminaliteits" in page
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=120)  # redirected
            with pytest.raises(urllib.error.HTTPError):
                urllib.request.urlopen(f"{address}bestaat-niet/", timeout=120)
            # The server says the request after answering it: wait for woo's line about it.
            missing = "de browser vroeg /woo/bestaat-niet/, maar dat adres staat niet op de site"
            while not any(missing in line for line in lines):
                try:
                    lines.append(said.get(timeout=120))
                except queue.Empty:
                    pytest.fail(f"woo bekijk did not say the missing address: {lines}")
        finally:
            woo.terminate()
            woo.wait(timeout=120)
        reader.join(timeout=60)  # the last lines, up to the closed pipe
        while not said.empty():
            lines.append(said.get())
        output = "".join(lines)
    with pytest.raises(OSError):  # stopping woo bekijk stopped the engine's server too
        urllib.request.urlopen(address, timeout=5)
    assert any(line.startswith("De site is gebouwd (") for line in output.splitlines()), output
    assert "code 302" not in output, output
    for english in ("INFO", "Building documentation", "Serving on", "Documentation built", "GET"):
        assert english not in output, output


def test_bouw_that_crashes_says_where_and_why(tmp_path):
    """(Found in review.) A template override with a syntax error: MkDocs stops with a
    traceback and no warning; woo bouw names the template, the line and the engine's reason."""
    from sitebuild import edit

    project = make_project(tmp_path, [])
    edit(project / "mkdocs.yml", "  name: material\n", "  name: material\n  custom_dir: overrides\n")
    (project / "overrides").mkdir()
    (project / "overrides" / "main.html").write_text("{% if %}\n", "utf-8")
    done = run_woo("bouw", cwd=project)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("fout: het bouwen stopte bij ") and "main.html, regel 1: " in lines[0], done.stdout
    assert lines[-1].startswith("De site is niet gebouwd: 1 melding(en) hierboven"), done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_bekijk_on_a_busy_port_says_why_it_stops(tmp_path):
    """(Found in review.) The address is taken: woo bekijk names it and says what to do."""
    import socket

    project = make_project(tmp_path, [])
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = run_woo("bekijk", "-a", f"127.0.0.1:{port}", cwd=project)
    assert done.returncode != 0
    assert done.stdout.splitlines()[-1] == (
        f"fout: adres 127.0.0.1:{port} is al in gebruik: staat de site nog open in een ander "
        "venster? Stop die (Ctrl+C) of kies een ander adres met -a, bijvoorbeeld -a 127.0.0.1:8001"
    ), done.stdout
    assert "Traceback" not in done.stdout + done.stderr
