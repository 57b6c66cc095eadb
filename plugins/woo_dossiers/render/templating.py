"""The Jinja templates of the generated pages (templates/woo/*.html), which a site overrides.

The dossier page, its answer table, the overview and the annex text page are made
from templates in `woo_dossiers/templates/woo/`. The adapter searches the theme's
folders (`theme.custom_dir` first, then the plugin's templates, then the theme's), so a
site overrides `woo/answer-table.html` by putting its own file at that path in its
`custom_dir`, the way Material's partials are overridden. Without MkDocs (scripts,
tests of the renderers) the plugin's own templates are used.

The templates write Markdown with HTML blocks, like the renderers did before them.
Comments are `{## ... ##}`: Markdown's heading anchors (`{#brief}`) keep their braces.
Values are escaped by the environment (`finalize`); HTML made by the renderers (a
badge, an answer converted from Markdown, the letter) arrives as `Markup`.
"""

from __future__ import annotations

import html
import io
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import jinja2
import jinja2.bccache
from markupsafe import Markup

from .held import hold

# Markup marks HTML the renderers made (escaped already) so autoescape leaves it alone.
# Pages of data take the width of the site-wide navigation (the header's tabs lead on);
# the dossier page keeps its table of contents (answers, letter, annexes). Front matter `hide`.
DATA_PAGE = ("navigation",)
WIDE_DATA_PAGE = ("navigation", "toc")

__all__ = ["DATA_PAGE", "WIDE_DATA_PAGE", "CompiledTemplates", "Markup", "Templates", "default_templates",
           "package_templates_dir"]


def package_templates_dir() -> str:
    return str(resources.files("woo_dossiers").joinpath("templates"))


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory from one `mkdocs serve` rebuild to the next.

    Each rebuild makes its Jinja environments anew (MkDocs reads the configuration again),
    and so compiled the theme's templates and ours again every time (38 templates, about
    half a second of each rebuild at any size). Jinja compares the template's source with
    the checksum kept beside its code, so an edited template (a site's override changed
    while serving) is compiled again; the environment's syntax and options are part of the
    key, since the same file compiles to other code under other ones; so are its filters
    and tests (Jinja works out a filter of constants when it compiles). One entry a
    template: the latest options' code, so a hook's filters made anew by every rebuild do
    not pile up."""

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, bytes]] = {}  # template key -> options, code

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        options, code = self._code.get(bucket.key, ("", b""))
        if code and options == _options(bucket.environment):
            bucket.load_bytecode(io.BytesIO(code))

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        out = io.BytesIO()
        bucket.write_bytecode(out)
        self._code[bucket.key] = (_options(bucket.environment), out.getvalue())


def _options(env: jinja2.Environment) -> str:
    """What, beside a template's source, decides the code Jinja compiles it to."""
    autoescape = env.autoescape
    return repr((
        env.block_start_string, env.block_end_string, env.variable_start_string,
        env.variable_end_string, env.comment_start_string, env.comment_end_string,
        env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
        env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
        env.finalize is not None, env.optimized, env.is_async, sorted(env.extensions),
        getattr(autoescape, "__qualname__", autoescape), sorted(env.policies.items(), key=str),
        sorted((name, id(f)) for name, f in env.filters.items()),
        sorted((name, id(f)) for name, f in env.tests.items())))


class Templates:
    """Renders `woo/<name>.html` from the first folder of `dirs` that has it (`compiled`:
    templates compiled by an earlier `mkdocs serve` rebuild, see CompiledTemplates)."""

    def __init__(self, dirs: Sequence[str], compiled: CompiledTemplates | None = None) -> None:
        self.dirs = tuple(dirs)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(list(self.dirs)),
            # Every value is escaped as the renderers escape (html.escape: &quot; and &#x27;,
            # where Jinja's autoescape writes &#34; and &#39;), so pages keep their bytes.
            finalize=_escaped,
            keep_trailing_newline=True,
            # Markdown's attribute lists ({#antwoorden}) would start a Jinja comment.
            comment_start_string="{##",
            comment_end_string="##}",
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,  # a misspelt name in an override fails the build
            auto_reload=False,
            bytecode_cache=compiled,
        )
        # `{{ part | held }}`, `{% filter held %}`: an HTML block Markdown passes through whole.
        self.env.filters["held"] = hold

    def render(self, name: str, **values: Any) -> str:
        return self.env.get_template(f"woo/{name}.html").render(**values)


def _escaped(value: Any) -> Markup:
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(str(value), quote=True))


@lru_cache(maxsize=1)
def default_templates() -> Templates:
    """The plugin's own templates, for renderers called without a site."""
    return Templates([package_templates_dir()])
