"""The public body's identity from mkdocs.yml (`extra.organisation`): name, logo, colours,
the footer's contact lines and links.

Under `extra`, not the plugin's options, because the theme's templates read it there
(`config.extra.organisation`, templates/partials/footer.html). The colours become a
small stylesheet of the theme's colour variables (`identity_css`); colours that miss
WCAG AA contrast are reported (`contrast_problems`) so a strict build fails on them.
The defaults are the Rijkshuisstijl's "lintblauw" and "hemelblauw".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

IDENTITY_CSS = "assets/woo/organisation.css"
# Material's "slate" background and the white of the header's text.
_WHITE, _SLATE = "#ffffff", "#1e2129"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_COLOURS = {
    "primary": "#154273",  # header, links on light pages: 10.2:1 with white
    "accent": "#01689b",  # hover and focus: 6.1:1 on white
    "link_dark": "#8fcae7",  # links on the dark scheme: 9.0:1 on slate
}


@dataclass(frozen=True)
class Identity:
    name: str
    colours: dict[str, str]


def identity(extra: dict[str, Any], site_name: str) -> Identity:
    organisation = extra.get("organisation") or {}
    colours = {**DEFAULT_COLOURS, **(organisation.get("colours") or {})}
    return Identity(str(organisation.get("name") or site_name), colours)


def identity_css(ident: Identity) -> str:
    c = ident.colours
    return (
        "/* The body's colours (extra.organisation.colours in mkdocs.yml). */\n"
        f":root > * {{\n  --md-primary-fg-color: {c['primary']};\n"
        f"  --md-primary-fg-color--light: {c['primary']};\n"
        f"  --md-primary-fg-color--dark: {c['primary']};\n"
        f"  --md-accent-fg-color: {c['accent']};\n"
        f"  --md-typeset-a-color: {c['primary']};\n}}\n"
        f'[data-md-color-scheme="slate"] {{\n  --md-typeset-a-color: {c["link_dark"]};\n'
        f"  --md-accent-fg-color: {c['link_dark']};\n}}\n"
    )


def contrast_problems(ident: Identity) -> list[str]:
    """One line per colour that is not a #rrggbb value or misses 4.5:1 where it is used."""
    problems = []
    uses = {"primary": (_WHITE, "white text in the header and as link colour on white"),
            "accent": (_WHITE, "hover and focus colour of links on white"),
            "link_dark": (_SLATE, "link colour on the dark scheme's background")}
    for key, (background, use) in uses.items():
        value = ident.colours[key]
        if not _HEX.match(value):
            problems.append(f"extra.organisation.colours.{key}: {value!r} is not a colour "
                            "written as #rrggbb")
        elif (ratio := contrast(value, background)) < 4.5:
            problems.append(f"extra.organisation.colours.{key}: {value} has a contrast of "
                            f"{ratio:.2f}:1 as {use}; WCAG AA asks at least 4.5:1")
    return problems


def contrast(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
