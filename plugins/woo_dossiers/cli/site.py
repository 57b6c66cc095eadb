"""`woo bouw` and `woo bekijk`: build or serve the site, as CI does, speaking Dutch.

MkDocs is run as a command (this package's core never imports it). `woo bouw` is
`mkdocs build --strict` with the dossiers' messages in Dutch and MkDocs' own progress
lines left out; `woo bekijk` is `mkdocs serve`.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time
from collections import deque

from ..messages.said import Said

# The engines that build the same site (tests/test_engines.py).
ENGINES = ("mkdocs", "properdocs")
# MkDocs' log levels the team reads (as messages/cli.py's cli-site-line words them); its
# INFO lines are progress, not news.
LEVELS = {"WARNING": "warning", "ERROR": "error"}
# MkDocs' own lines about a page's links (mkdocs/structure/pages.py, 1.6), by their English,
# and the catalogue's line for each; a line not here is printed as the engine wrote it.
_PAGE, _LINK = r"Doc file '(?P<page>[^']*)' contains ", r"'(?P<link>[^']*)'"
ENGINE_LINES = [(re.compile(pattern + r"(?P<rest>.*)$"), code) for pattern, code in (
    (_PAGE + "a link " + _LINK + r", but the target(?: '[^']*')? is not found among "
     r"documentation files\.", "cli-engine-link-missing"),
    (_PAGE + "a link " + _LINK + r", but the doc '(?P<target>[^']*)' does not contain an anchor "
     r"'#(?P<anchor>[^']*)'\.", "cli-engine-anchor-missing"),
    (_PAGE + "a link " + _LINK + r", but there is no such anchor on this page\.",
     "cli-engine-anchor-missing-here"),
    (_PAGE + "a link to " + _LINK + r" which is excluded from the built site\.",
     "cli-engine-link-excluded"),
    (_PAGE + "an unrecognized relative link " + _LINK + r", it was left as is\.",
     "cli-engine-link-unrecognized"),
    (_PAGE + "an absolute link " + _LINK + r", it was left as is\.", "cli-engine-link-absolute"),
)]
_SUGGESTION = re.compile(r"^ Did you mean '(?P<link>[^']*)'\?$")
_FOOTNOTE = " This seems to be a footnote that is never referenced."


def in_dutch(message: str) -> str:
    """An engine's line about a page's links in the catalogue's words; others as they are."""
    for pattern, code in ENGINE_LINES:
        found = pattern.match(message)
        if found:
            params = {k: v for k, v in found.groupdict().items() if k != "rest"}
            rest = found.group("rest")
            suggestion = _SUGGESTION.match(rest)
            if suggestion:
                rest = " " + Said("cli-engine-did-you-mean", link=suggestion.group("link"))
            elif rest == _FOOTNOTE:
                rest = " " + Said("cli-engine-footnote")
            return Said(code, **params) + rest
    return message


def main(argv: list[str] | None = None, prog: str = "woo bouw") -> int:
    serve = prog.endswith("bekijk")
    parser = argparse.ArgumentParser(prog=prog, description=Said(
        "cli-site-about-serve" if serve else "cli-site-about-build"))
    parser.add_argument("--motor", "--engine", dest="engine", choices=ENGINES,
                        default=os.environ.get("WOO_ENGINE", "mkdocs"),
                        help=Said("cli-site-engine"))
    args, rest = parser.parse_known_args(argv)
    if not os.path.isfile("mkdocs.yml"):
        print(Said("cli-site-no-project", prog=prog), file=sys.stderr)
        return 2
    env = {**os.environ, "WOO_MESSAGES": "nl", "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", args.engine, "serve" if serve else "build"]
    if serve:
        return _serve([*command, *rest], env)
    started = time.monotonic()
    done = subprocess.run([*command, "--strict", *rest], env=env, check=False,
                          capture_output=True, text=True)
    lines = (done.stdout + done.stderr).splitlines()
    problems = sum(_said(line) for line in lines)
    if done.returncode != 0 and problems == 0:  # the engine stopped without a message: why
        print(_stopped(lines))
        problems = 1
    if done.returncode == 0:
        print(Said("cli-site-built", seconds=f"{time.monotonic() - started:.0f}"))
        return 0
    print(Said("cli-site-failed", count=problems))
    return 1


def _said(line: str) -> bool:
    """Print an engine's warning or error in Dutch; whether `line` was one."""
    level, _, message = line.partition(" -  ")
    if level.strip() in LEVELS:
        print(Said("cli-site-line", level=LEVELS[level.strip()], message=in_dutch(message.strip())),
              flush=True)
        return True
    if line.startswith("Error: "):  # a build error MkDocs prints once, at the end
        print(Said("cli-site-line", level="error", message=line.removeprefix("Error: ")), flush=True)
        return True
    return False


_REBUILT = re.compile(r"Documentation built in ([\d.]+) seconds")
_SERVING = re.compile(r"Serving on (\S+)")
# The server's line for a request it did not answer with 200 (MkDocs logs it as a warning).
_REQUEST = re.compile(r'"[A-Z]+ (\S+) HTTP/[\d.]+" code (\d+)')


_PLACE = re.compile(r'^\s*File "(?P<path>[^"]+)", line (?P<line>\d+)')
_SYSTEM = ("site-packages", "dist-packages", "/lib/python", "<")


def _stopped(lines: list[str]) -> str:
    """Why the engine stopped when it said nothing as a warning or error: the last line of
    its traceback (the engine's own words) and the last place in a file of the site."""
    said = [line.strip() for line in lines if line.strip()]
    reason = said[-1] if said else "?"
    places = [m for m in map(_PLACE.match, lines)
              if m and not any(part in m.group("path") for part in _SYSTEM)]
    if places:
        return Said("cli-site-stopped-at", reason=reason, path=places[-1].group("path"),
                    line=places[-1].group("line"))
    return Said("cli-site-stopped", reason=reason)


def _serve(command: list[str], env: dict[str, str]) -> int:
    """`mkdocs serve`, its progress lines left out: the address once it serves, a line per
    rebuild, warnings and errors in Dutch."""
    # The engine's last other lines, to say why it stopped (bounded: serve runs for hours).
    unsaid: deque[str] = deque(maxlen=200)
    # Stopped by a signal (a terminal closed, a test ending it), the engine stops with us.
    signal.signal(signal.SIGTERM, _interrupted)
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, bufsize=1) as engine:
        try:
            for line in engine.stdout or ():
                rebuilt, serving = _REBUILT.search(line), _SERVING.search(line)
                request = _REQUEST.search(line)
                if request:  # a redirect or a browser's cache is no news; a missing address is
                    if request.group(2) == "404":
                        print(Said("cli-site-line", level="warning", message=Said(
                            "cli-site-not-found", path=request.group(1))), flush=True)
                elif rebuilt:
                    print(Said("cli-site-rebuilt", seconds=f"{float(rebuilt.group(1)):.0f}"),
                          flush=True)
                elif serving:
                    print(Said("cli-site-serving", url=serving.group(1)), flush=True)
                elif not _said(line.rstrip("\n")):
                    unsaid.append(line.rstrip("\n"))
            code = engine.wait()
            if code != 0:
                print(_serve_stopped(list(unsaid), command), flush=True)
            return code
        except KeyboardInterrupt:  # Ctrl+C (the engine got it too) or SIGTERM
            engine.terminate()
            engine.wait()
            return 0


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _serve_stopped(lines: list[str], command: list[str]) -> str:
    """Why serving stopped; a port in use is named with its address and what to do."""
    if any("Address already in use" in line for line in lines):
        given = [command[i + 1] for i, arg in enumerate(command[:-1])
                 if arg in ("-a", "--dev-addr")]
        return Said("cli-site-address-in-use", address=given[-1] if given else "127.0.0.1:8000")
    return _stopped(lines)
