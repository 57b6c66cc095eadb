"""A page as it is published: what every HTML page of the site goes through last."""

from __future__ import annotations

import re

from ..minify import collapse_indentation
from .csp import add_policy, site_origin

# The generator tag names the engine and the theme with their versions: the body's site, not
# ours, and no version list for anyone probing it. (Without it, MkDocs and ProperDocs write
# the same bytes.)
_GENERATOR = re.compile(r'[ \t]*<meta name="generator" content="[^"]*">\n?')


def finished_page(html: str, site_url: str | None, policy: bool = True) -> str:
    """The page without its generator tag and the indentation between its tags, with the
    security policy (render/csp.py) unless `policy` is False: `mkdocs serve` injects an
    inline live-reload script into every page it serves, which the policy would block."""
    html = _GENERATOR.sub("", html, count=1)
    if policy:
        html = add_policy(html, site_origin(site_url))
    return collapse_indentation(html)
