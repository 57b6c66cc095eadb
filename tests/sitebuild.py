"""Build a real site from real dossier folders in a temporary project, and read it.

Tests copy the project's own mkdocs.yml, docs/ and (some of) the tests' example
dossiers (tests/fixtures/dossiers/, our own copy: a body that adopts the project
replaces dossiers/ with its decisions, and the tests must not notice) into
tmp_path, change what they test, build with MkDocs itself and read the HTML a
visitor would get.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "tests" / "fixtures" / "dossiers"  # the tests' own copy: a body replaces dossiers/


def example_folder(slug: str) -> Path:
    """The folder of an example dossier, grouped or not."""
    return next(p for p in EXAMPLES.glob(f"**/{slug}") if (p / "dossier.yml").is_file())


def make_project(tmp_path: Path, slugs: list[str] | None = None) -> Path:
    """A copy of the project (config, docs, chosen example dossiers) to build and break."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    if slugs is None:
        shutil.copytree(EXAMPLES, project / "dossiers")
    else:
        (project / "dossiers").mkdir()
        for slug in slugs:
            shutil.copytree(example_folder(slug), project / "dossiers" / slug)
    return project


@dataclass
class Built:
    project: Path
    ok: bool
    messages: list[str] = field(default_factory=list)

    @property
    def site(self) -> Path:
        return self.project / "site"

    def page(self, url: str) -> BeautifulSoup:
        """The HTML at a site URL such as 'dossiers/<slug>/'."""
        path = self.site / url / "index.html" if url.endswith("/") or not url else self.site / url
        return BeautifulSoup(path.read_text("utf-8"), "html.parser")

    def warnings(self) -> str:
        return "\n".join(self.messages)


class _Collect(logging.Handler):
    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        # Our plugin's lines read "woo: <file>:<line>: ..."; keep what follows the prefix.
        self.messages.append(record.getMessage().removeprefix("woo: "))


def build_site(project: Path, strict: bool = True, site: Path | None = None,
               options: dict[str, object] | None = None, level: int = logging.WARNING) -> Built:
    """`mkdocs build` of `project` into `site` (default: its site/), with the woo plugin's
    `options` changed; `messages` are what the build said at `level` and above."""
    config = load_config(str(project / "mkdocs.yml"), strict=strict,
                         site_dir=str(site or project / "site"))
    for name, value in (options or {}).items():
        config.plugins["woo"].config[name] = value
    handler = _Collect(level)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    before = logger.level
    if logger.getEffectiveLevel() > level:
        logger.setLevel(level)
    try:
        build(config)
        ok = True
    except Abort:
        ok = False
    finally:
        logger.removeHandler(handler)
        logger.setLevel(before)
    return Built(project, ok, handler.messages)


def serve_build(project: Path, site: Path) -> MkDocsConfig:
    """One build of `project` as `mkdocs serve` makes it, into its own folder `site`."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()  # the plugin outlives the test in MkDocs' plugin cache
    return config


def edit(path: Path, old: str, new: str) -> int:
    """Replace the first occurrence of `old`; fail loudly if it is not there.

    Returns the 1-based line on which the replacement starts.
    """
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return text[: text.index(old)].count("\n") + 1


def build_crashing_at(project: Path, event: str) -> None:
    """Build with a hook that raises at `event` (e.g. "on_post_build"), as a full disk would;
    fails the test if the build does not stop with that error."""
    (project / "crash.py").write_text(
        f"def {event}(*args, **kwargs):\n    raise RuntimeError('de schijf is vol')\n", "utf-8")
    if "crash.py" not in (project / "mkdocs.yml").read_text("utf-8"):
        edit(project / "mkdocs.yml", "plugins:\n", "hooks:\n  - crash.py\n\nplugins:\n")
    try:
        build_site(project)
    except RuntimeError as error:
        assert "de schijf is vol" in str(error)
    else:
        raise AssertionError("the hook did not run")
