"""Join two lines of one sentence: hyphenation and URLs broken over lines.

A hyphen at the end of a line is either a word split by hyphenation ("ont-" +
"vangen") or a real hyphen that happened to fall there ("niet-" +
"persoonsgerelateerde", "Wob-" + "verzoek"). Pypdf cannot tell; we decide from
the letter itself first (is the word written elsewhere, whole or hyphenated?)
and then from Dutch spelling rules. Guesses that no evidence confirms are
recorded so the report can list them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9'’]+(?:-[A-Za-zÀ-ÿ0-9'’]+)*")
_URL_TAIL = re.compile(r"https?://\S*$")
# "bedrijfs- en fabricagegegevens", "op- of aanmerkingen": a part word, the hyphen stays.
_ELLIPSIS = re.compile(r"^(?:en|of)\b")
_URL_PART = re.compile(r"^[\w./%?=&#~+:-]+")
# Words that keep their hyphen in compounds: "niet-openbaar", "ex-medewerker".
_KEEP_PREFIXES = {"niet", "ex", "oud", "vice", "non", "loco", "pro"}
# Vowel pairs that would read as one sound when joined, so Dutch writes a hyphen.
_CLASH = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oi", "oo", "ou", "ui", "uu"}


@dataclass
class Joiner:
    evidence: str  # the letter's text, one line at a time, to look words up
    unconfirmed: list[str] = field(default_factory=list)  # joined words nothing confirmed

    @classmethod
    def for_lines(cls, lines: list[str]) -> Joiner:
        return cls("\n".join(lines).lower())

    def join(self, left: str, right: str) -> str:
        """`left` and the next line `right` as one run of text."""
        if not left:
            return right
        if not right:
            return left
        url = _URL_TAIL.search(left)
        if url and self._continues_url(url.group(0), right):
            return left + right
        if left.endswith("\u00ad"):  # a soft hyphen is hyphenation by definition
            return left[:-1] + right
        if left.endswith("-") and _ELLIPSIS.match(right):
            return left + " " + right  # "bedrijfs- en fabricagegegevens": no hyphenation
        if left.endswith("-") and len(left) > 1 and left[-2].isalnum():
            keep = self._keeps_hyphen(left[:-1], right)
            return left + right if keep else left[:-1] + right
        return left + " " + right

    def _continues_url(self, url: str, right: str) -> bool:
        part = _URL_PART.match(right)
        if not part:
            return False
        token = part.group(0)
        # A URL cut after "/" or "-" continues on the next line when that line
        # starts with something path-like, not with an ordinary word.
        return url.endswith(("-", "/", ".", "_")) and (
            url.endswith("-") or any(c in token for c in "/.-_") or token[0].isdigit()
        )

    def _keeps_hyphen(self, left_text: str, right_text: str) -> bool:
        lefts = _WORD.findall(left_text)
        rights = _WORD.findall(right_text)
        if not lefts or not rights:
            return True
        left = lefts[-1].split("-")[-1]
        right = rights[0].split("-")[0]
        stem = right[: max(4, len(right) - 3)].lower()
        low = left.lower()
        if re.search(rf"\b{re.escape(low + stem)}", self.evidence):
            return False
        if re.search(rf"\b{re.escape(low)}-{re.escape(stem)}", self.evidence):
            return True
        if not left.isalpha() or not right[0].isalpha() or right[0].isupper():
            return True  # "2021-", "CAS-" with digits, "anti-Amerikaans"
        if (len(left) > 1 and left.isupper()) or low in _KEEP_PREFIXES:
            return True
        if left[0].isupper() and re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", self.evidence):
            return True  # "Wob-verzoek": the left part is a name used on its own
        if (low[-1] + right[0].lower()) in _CLASH:
            return True  # "politie-inzet"
        self.unconfirmed.append(left + right)
        return False
