"""Bar charts as inline SVG, drawn at build time: no script, no external files.

Each chart is an image with a text alternative (role="img", <title> and
<desc>) and always stands beside a data table holding the same figures, for
screen readers and for anyone who wants the exact numbers. Labels sit above
their bars so that long labels fit at phone width. Colours come from CSS
classes (assets/woo.css), so dark mode works and no inline style is needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import esc

WIDTH = 480
VALUE_ROOM = 130  # room right of the longest bar for its value ("10 onderdelen")
ROW = 44  # height of one label + bar


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown, e.g. "3 besluiten" or "40%"


def bar_chart(chart_id: str, title: str, bars: list[Bar], maximum: float | None = None) -> str:
    top = maximum if maximum is not None else max((b.value for b in bars), default=0)
    scale = (WIDTH - VALUE_ROOM) / top if top > 0 else 0
    height = max(ROW * len(bars), ROW)
    shapes = []
    for i, bar in enumerate(bars):
        y = i * ROW
        width = round(bar.value * scale, 1)
        if bar.value > 0:
            width = max(width, 2)  # a small value stays visible
        shapes.append(
            f'<text class="woo-chart-label" x="0" y="{y + 15}">{esc(bar.label)}</text>'
            f'<rect class="woo-chart-bar" x="0" y="{y + 21}" width="{width}" height="16" rx="2"/>'
            f'<text class="woo-chart-value" x="{width + 6}" y="{y + 34}">{esc(bar.text)}</text>'
        )
    description = "; ".join(f"{b.label}: {b.text}" for b in bars) + "." if bars else "Geen gegevens."
    return (
        f'<svg class="woo-chart" id="{chart_id}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" role="img" focusable="false" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">'
        f'<title id="{chart_id}-title">{esc(title)}</title>'
        f'<desc id="{chart_id}-desc">{esc(description)}</desc>'
        f'{"".join(shapes)}</svg>'
    )


def figure(chart: str, table: str) -> str:
    """A chart and its data table side by side (stacked on narrow screens)."""
    return f'<div class="woo-figure">\n<div class="woo-figure-chart">{chart}</div>\n{table}</div>\n'


def data_table(label: str, caption: str, head: list[str], rows: list[list[str]]) -> str:
    """A table whose first cell per row is its header; cells are HTML (escape before)."""
    header = "".join(f'<th scope="col">{h}</th>' for h in head)
    body = "\n".join(
        f'<tr><th scope="row">{row[0]}</th>{"".join(f"<td>{c}</td>" for c in row[1:])}</tr>'
        for row in rows
    )
    return (
        f'<div class="woo-table-wrap" role="region" tabindex="0" aria-label="{esc(label)}">\n'
        f'<table class="woo-table woo-data">\n<caption>{esc(caption)}</caption>\n'
        f"<thead><tr>{header}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n</div>\n"
    )
