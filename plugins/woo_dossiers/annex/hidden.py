"""Hidden text (visibility.py's spots) as findings: what hides it, where, and what to do.

The message never quotes the hidden words: the build log and a pull request's
checks are read by more people than the annex will be.
"""

from __future__ import annotations

from .facts import Finding
from .visibility import UNREADABLE_GROUND, Spot

CODE = "hidden-text"
# Each kind of hiding (visibility.py) is worded in messages/annex.py (HIDDEN).
_MAX_BOXES = 50  # outlined in a picture of the page; the count says how many there are


def hidden_text_findings(spots: tuple[Spot, ...] | list[Spot]) -> list[Finding]:
    return [
        Finding(
            "unreadable-ground" if spot.kind == UNREADABLE_GROUND else CODE,
            "warning" if spot.kind == UNREADABLE_GROUND else "error",
            page=spot.page,
            boxes=spot.boxes[:_MAX_BOXES],
            params=_spot(spot),
        )
        for spot in spots
    ]


def _spot(spot: Spot) -> dict[str, object]:
    """Where the first word starts, as a person measures on the page (cm from the top left)."""
    left, top = spot.boxes[0][0], spot.boxes[0][1]
    params: dict[str, object] = {"page": spot.page, "top": _cm(top), "left": _cm(left),
                                 "words": spot.words}
    if spot.kind != UNREADABLE_GROUND:
        params["kind"] = spot.kind
    return params


def _cm(points: float) -> str:
    return f"{points * 2.54 / 72:.1f}"
