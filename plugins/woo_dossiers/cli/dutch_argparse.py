"""argparse in Dutch: its own words (usage, options, errors) for the communications team.

argparse looks its words up through gettext at the moment it uses them (`argparse._`),
so a table of the words a user can meet is all it takes; a word missing here stays English.
"""

from __future__ import annotations

import argparse

WORDS = {
    "usage: ": "gebruik: ",
    "positional arguments": "wat je opgeeft",
    "options": "opties",
    "show this help message and exit": "laat deze hulp zien en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "unrecognized arguments: %s": "onbekende opties of woorden: %s",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "expected one argument": "hier hoort één waarde achter",
    "expected at most one argument": "hier hoort hooguit één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "%(value)r kan niet; kies uit %(choices)s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "de optie %(option)s is niet eenduidig: %(matches)s",
    "not allowed with argument %s": "kan niet samen met %s",
    "one of the arguments %s is required": "geef een van deze op: %s",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): ("hier hoort %s waarde achter",
                                                        "hier horen %s waarden achter"),
}


def _dutch(text: str) -> str:
    return WORDS.get(text, text)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    one, many = PLURALS.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def speak_dutch() -> None:
    argparse._ = _dutch  # type: ignore[attr-defined]
    argparse.ngettext = _dutch_plural  # type: ignore[attr-defined]
