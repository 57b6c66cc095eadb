"""A page whose front matter is not valid YAML: MkDocs shows it as text; we say so.

MkDocs reads the block between the first two `---` lines as YAML and, when that
fails, quietly publishes the block as the page's first paragraph (an unquoted
colon in a description is enough). The plugin reports it, so that --strict fails.
"""

from __future__ import annotations

import re

import yaml

# The block as MkDocs finds it (mkdocs.utils.meta.YAML_RE).
_BLOCK = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)


def front_matter_problem(markdown: str) -> str | None:
    """Why the page's front matter could not be read, or None if it has none or it is fine."""
    found = _BLOCK.match(markdown)
    if found is None:
        return None
    try:
        yaml.safe_load(found.group(1))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        return (f"the front matter between the --- lines is not valid YAML{where}, so it would "
                "be shown as text on the page; put a value that holds a colon in quotes")
    return None
