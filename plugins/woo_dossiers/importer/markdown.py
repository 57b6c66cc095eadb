"""Blocks -> decision.md: "##" headings, "## Ad ..." sections, lists, paragraphs."""

from __future__ import annotations

import re

from .blocks import Block

URL = re.compile(r"https?://[^\s<>\"“”]+")
_TRAILING = ".,;:)]'’"
_LINE_START = re.compile(r"^(#|>|\+\s|\d+[.)]\s|-\s)")


def url_at(text: str, match: re.Match[str]) -> str:
    return match.group(0).rstrip(_TRAILING)


def urls_in(text: str) -> list[str]:
    return list(dict.fromkeys(url_at(text, m) for m in URL.finditer(text)))


def inline(text: str) -> str:
    """Escape what Markdown would read as markup; make URLs links."""
    out, last = [], 0
    for match in URL.finditer(text):
        url = url_at(text, match)
        out.append(_escape(text[last : match.start()]))
        out.append(f"<{url}>")
        last = match.start() + len(url)
    out.append(_escape(text[last:]))
    return "".join(out)


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;")
    return re.sub(r"([*_`\[\]])", r"\\\1", text)


def _guard(match: re.Match[str]) -> str:
    """Keep a paragraph that starts like a list or heading a paragraph: "1\\." or "\\#"."""
    start = match.group(0)
    return re.sub(r"^(\d+)", r"\1\\", start) if start[0].isdigit() else "\\" + start


def render(blocks: list[Block]) -> str:
    parts: list[str] = []
    previous = ""
    for block in blocks:
        text = inline(block.text)
        if block.kind in ("heading", "ad"):
            chunk = f"## {block.text}"
        elif block.kind == "item":
            chunk = f"{block.number}. {text}"
        elif block.kind == "bullet":
            chunk = f"- {text}"
        elif block.kind == "table":
            # A list rather than a pipe table: the site's Markdown has no tables extension.
            chunk = "\n".join(f"- {inline(line)}" for line in block.text.splitlines())
        elif block.kind == "closing":
            chunk = "  \n".join(inline(line) for line in block.text.splitlines())
        else:
            chunk = _LINE_START.sub(_guard, text, count=1)
        # Items of one list and bullets stay together; everything else is a paragraph.
        tight = block.kind in ("item", "bullet") and previous == block.kind
        parts.append(("\n" if tight else "\n\n") + chunk)
        previous = block.kind
    return "".join(parts).strip() + "\n"
