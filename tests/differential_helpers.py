"""Full and differential builds of one project, and their outputs compared file by file."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from sitebuild import build_site

_REUSED = re.compile(r"pages: (\d+) of (\d+) generated pages")


@dataclass
class Outcome:
    ok: bool
    reused: int  # generated pages published as the previous build rendered them
    candidates: int  # generated pages that could have been
    messages: list[str]


def build_into(project: Path, site: Path, differential: bool) -> Outcome:
    """`mkdocs build` of `project` into `site`; `differential=False` renders every page."""
    built = build_site(project, strict=False, site=site, options={"differential": differential},
                       level=logging.INFO)
    found = [_REUSED.search(m) for m in built.messages]
    counts = [(int(m.group(1)), int(m.group(2))) for m in found if m]
    reused, candidates = counts[-1] if counts else (0, 0)
    return Outcome(built.ok, reused, candidates, built.messages)


def differences(one: Path, other: Path) -> list[str]:
    """Every file that is in one site and not the other, or differs in its bytes."""
    def files(site: Path) -> dict[str, Path]:
        return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}

    left, right = files(one), files(other)
    found = [f"only in {one.name}: {name}" for name in sorted(left.keys() - right.keys())]
    found += [f"only in {other.name}: {name}" for name in sorted(right.keys() - left.keys())]
    found += [f"differs: {name}" for name in sorted(left.keys() & right.keys())
              if left[name].read_bytes() != right[name].read_bytes()]
    return found


def differs_from_full(project: Path, site: Path, full: Path) -> list[str]:
    """`differences` between `site` and a full build of `project` (every page rendered) into `full`."""
    build_into(project, full, differential=False)
    return differences(site, full)
