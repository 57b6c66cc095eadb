"""Dutch wording and escaping shared by the page renderers."""

from __future__ import annotations

import html
import re
from datetime import date

import markdown as md

from ..model.laws import LAWS
from ..model.outcomes import OUTCOMES
from ..wording import dutch_date, dutch_list


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def iso_time(value: date) -> str:
    return f'<time datetime="{value.isoformat()}">{dutch_date(value)}</time>'


def file_size(size: int) -> str:
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{round(size / 1000)} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def pages(count: int | None) -> str:
    if count is None:
        return "onbekend"
    return "1 pagina" if count == 1 else f"{count} pagina's"


def badge(outcome: str) -> str:
    """The outcome as text with a coloured frame: the label carries the meaning, not the colour."""
    row = OUTCOMES[outcome]
    return f'<span class="woo-badge {esc(row.css_class)}">{esc(row.label)}</span>'


def items_label(numbers: tuple[int, ...]) -> str:
    word = "onderdeel" if len(numbers) == 1 else "onderdelen"
    return f"{word} {dutch_list([str(n) for n in numbers])}"


def law_name(key: str) -> str:
    return f"{key} ({LAWS[key].title})"


# One converter for every answer of the build: creating a Markdown instance loads its
# extensions and compiles its patterns, which cost more than converting a short answer.
_ANSWERS = md.Markdown()


# Most answers are one plain sentence, with nothing Markdown would change: it starts
# with a letter (no list, heading or quote), is one line and holds no markup characters
# (no _ * ` [ < & \ ...). Those become a paragraph directly; converting them was most of
# the time spent rendering a dossier page. tests/test_render_text.py checks that both
# ways give the same HTML.
_PLAIN_ANSWER = re.compile(r"[^\W\d_][^\W_]*(?:[ ,.;:?!'\"()%/€-]+[^\W_]+)*[.?!)'\"]*")


def answer_html(text: str) -> str:
    """Render the communications team's Markdown answer; their raw HTML is shown as text."""
    if _PLAIN_ANSWER.fullmatch(text):
        return f"<p>{text}</p>"
    return markdown_answer(text)


def markdown_answer(text: str) -> str:
    """The full Markdown conversion of an answer."""
    return _ANSWERS.reset().convert(html.escape(text, quote=False))
