"""`woo bouw` and `woo bekijk`: build or serve the site, as CI does, speaking Dutch.

MkDocs is run as a command (this package's core never imports it). `woo bouw` is
`mkdocs build --strict` with the dossiers' messages in Dutch and MkDocs' own progress
lines left out; `woo bekijk` is `mkdocs serve`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

# The engines that build the same site (tests/test_engines.py).
ENGINES = ("mkdocs", "properdocs")
# MkDocs' log levels as the team reads them; its INFO lines are progress, not news.
LEVELS = {"WARNING": "waarschuwing", "ERROR": "fout"}


def main(argv: list[str] | None = None, prog: str = "woo bouw") -> int:
    serve = prog.endswith("bekijk")
    parser = argparse.ArgumentParser(prog=prog, description=(
        "Bekijk de site op http://127.0.0.1:8000 terwijl je werkt; een opgeslagen wijziging "
        "staat er na een paar tellen. Stop met Ctrl+C." if serve else
        "Bouw de site in de map site/, strikt zoals CI: elke fout of waarschuwing stopt de "
        "bouw en de vorige site blijft staan."))
    parser.add_argument("--motor", "--engine", dest="engine", choices=ENGINES,
                        default=os.environ.get("WOO_ENGINE", "mkdocs"),
                        help="welk programma de site bouwt: mkdocs (standaard) of properdocs, de "
                             "onderhouden opvolger; beide maken dezelfde site (ook: WOO_ENGINE)")
    args, rest = parser.parse_known_args(argv)
    if not os.path.isfile("mkdocs.yml"):
        print(f"{prog}: hier staat geen mkdocs.yml; ga eerst naar de map van het project",
              file=sys.stderr)
        return 2
    env = {**os.environ, "WOO_MESSAGES": "nl", "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", args.engine, "serve" if serve else "build"]
    if serve:
        print("De site staat op http://127.0.0.1:8000 (stoppen: Ctrl+C)", flush=True)
        return subprocess.run([*command, *rest], env=env, check=False).returncode
    started = time.monotonic()
    done = subprocess.run([*command, "--strict", *rest], env=env, check=False,
                          capture_output=True, text=True)
    problems = 0
    for line in (done.stdout + done.stderr).splitlines():
        level, _, message = line.partition(" -  ")
        if level.strip() in LEVELS:
            problems += 1
            print(f"{LEVELS[level.strip()]}: {message.strip()}")
        elif line.startswith("Error: "):  # a build error MkDocs prints once, at the end
            print(f"fout: {line.removeprefix('Error: ')}")
            problems += 1
    if done.returncode == 0:
        print(f"De site is gebouwd in site/ ({time.monotonic() - started:.0f} s).")
        return 0
    print(f"De site is niet gebouwd: {problems} melding(en) hierboven. De vorige site in "
          "site/ is niet veranderd. Los de meldingen op (woo controleer helpt) en bouw opnieuw.")
    return 1
