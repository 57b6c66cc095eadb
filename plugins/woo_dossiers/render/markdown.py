"""Markdown that every generated page shares: its front matter and literal titles."""

from __future__ import annotations

import html

import yaml


def front_matter(title: str, description: str | None, hide: tuple[str, ...] = (),
                 noindex: bool = False) -> str:
    """The page's title and description for the theme, escaped for HTML; `hide` names the
    theme's sidebars a page of data does without ("navigation", "toc"), for the width;
    `noindex` keeps search engines off a page (a preview of a decision not yet public).

    mkdocs-material writes `page.meta.title` into <title> and the header and
    `page.meta.description` into a <meta> attribute without escaping (MkDocs'
    Jinja has no autoescape), so a title with `</title><script>` would run.
    """
    meta = {"title": html.escape(title, quote=True)}
    if description:
        meta["description"] = html.escape(description, quote=True)
    if hide:
        meta["hide"] = list(hide)
    if noindex:  # the adapter writes <meta name="robots"> for it
        meta["robots"] = "noindex"
    return "---\n" + yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=True) + "---\n"


# libyaml's emitter when present: the Python one cost several milliseconds a page.
_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def escape_markdown(text: str) -> str:
    """A title as literal text in a Markdown heading."""
    escaped = html.escape(text, quote=False)
    return "".join("\\" + c if c in "\\`*_{}[]()#+-.!" else c for c in escaped)
