"""Hidden text (visibility.py's spots) as findings: what hides it, where, and what to do.

The message never quotes the hidden words: the build log and a pull request's
checks are read by more people than the annex will be.
"""

from __future__ import annotations

from .facts import Finding
from .visibility import UNREADABLE_GROUND, Spot

CODE = "hidden-text"
# How each kind of hiding reads after "N word(s) ..."; messages_nl.py has the Dutch.
KINDS = {
    "image": "lie under an image (such as a black bar)",
    "shape": "lie under a filled shape (such as a black box)",
    "annotation": "lie under an annotation drawn on top of the page (a box, stamp, "
                  "highlight or drawing)",
    "same-colour": "have the colour of what lies under them (such as white text on white)",
    "invisible-on-dark": "are invisible text over a blacked-out area (text recognition was "
                         "run before the page was blacked out)",
    "invisible-on-blank": "are invisible text over a blank area (text recognition was run "
                          "before the words were painted out, or the text has no picture under "
                          "it)",
    "hidden-layer": "are in a layer that is switched off",
    "outside": "lie outside the visible part of the page",
    "too-small": "are too small to see (less than 2 points)",
}
_MAX_BOXES = 50  # outlined in a picture of the page; the count says how many there are


def hidden_text_findings(spots: tuple[Spot, ...] | list[Spot]) -> list[Finding]:
    return [
        _unreadable_ground(spot) if spot.kind == UNREADABLE_GROUND else Finding(
            CODE, "error",
            f"page {spot.page}, {_where(spot.boxes[0])}: {spot.words} word(s) "
            f"{KINDS[spot.kind]}; they cannot be seen but are still in the file and can be "
            "copied or found by search. Remove the words themselves (covering or hiding them "
            "is not enough), for instance by applying the redaction in the redaction "
            "software, and export the PDF again",
            page=spot.page,
            boxes=spot.boxes[:_MAX_BOXES],
        )
        for spot in spots
    ]


def _unreadable_ground(spot: Spot) -> Finding:
    return Finding(
        "unreadable-ground", "warning",
        f"page {spot.page}, {_where(spot.boxes[0])}: {spot.words} legal ground(s) written on "
        "a redaction cannot be read (in the colour of the box, or covered); the public must "
        "see why each passage was withheld: print the ground in a contrasting colour (white "
        "on black) in the redaction software and export the PDF again",
        page=spot.page,
        boxes=spot.boxes[:_MAX_BOXES],
    )


def _where(box: tuple[float, float, float, float]) -> str:
    """Where the first word starts, as a person measures on the page: cm from the top left."""
    left, top = box[0], box[1]
    return f"{_cm(top)} cm from the top and {_cm(left)} cm from the left"


def _cm(points: float) -> str:
    return f"{points * 2.54 / 72:.1f}"
