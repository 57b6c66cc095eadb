"""argparse in Dutch: its own words (usage, options, errors) for the communications team.

argparse looks its words up through gettext at the moment it uses them (`argparse._`),
so a table of the words a user can meet is all it takes (messages/cli.py: ARGPARSE_WORDS,
argparse's English beside our Dutch); a word missing there stays English.
"""

from __future__ import annotations

import argparse

from ..messages.cli import ARGPARSE_PLURALS as PLURALS
from ..messages.cli import ARGPARSE_WORDS as WORDS


def _dutch(text: str) -> str:
    return WORDS.get(text, text)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    one, many = PLURALS.get((singular, plural), (singular, plural))
    return one if n == 1 else many


def speak_dutch() -> None:
    argparse._ = _dutch  # type: ignore[attr-defined]
    argparse.ngettext = _dutch_plural  # type: ignore[attr-defined]
