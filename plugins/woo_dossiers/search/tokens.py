"""Tokens and scores of the search index; the browser client must do exactly the same.

Spec ("Tokens"): NFKD, drop combining marks (category M*), lower-case, characters
outside the BMP are separators, tokens are maximal runs of letters and digits of
2..40 characters. Reference codes are tokens too, whole: runs joined by ".", "/" or
"-" that hold a digit (grounds 5.1.2.e and 10.2.e, case numbers 2021/0017 and
woo-2023-0145), and an article reference ("artikel 151c", "art. 5.1") as "art.151c".
Stop words are dropped by the writer and the query, not here.
"""

from __future__ import annotations

import math
import re
import unicodedata

MIN_LEN = 2
MAX_LEN = 40
K1 = 1.2
B = 0.75

# The spec's tokens are the runs of [^\W_]+ of 2..40 characters. With "_" turned into a
# space first, \b\w{2,40}\b finds exactly those in one pass (a run of 41+ has no \b inside),
# ~10% faster than filtering findall's list; tests compare the two on tricky strings.
SPEC_WORD = re.compile(r"[^\W_]+")
_WORD = re.compile(rf"\b\w{{{MIN_LEN},{MAX_LEN}}}\b")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]+")
# Reference codes: two or more runs joined by single ".", "/" or "-", at least one ASCII digit.
# (Starting only where a run starts, and possessive: the same matches as the plain
# [^\W_]+(?:[./-][^\W_]+)+ that FORMAT.md and zoeken.js use, without backtracking through
# every word of the text.)
_CODE = re.compile(r"(?<![^\W_])[^\W_]++(?:[./-][^\W_]++)+")
_DIGIT = re.compile("[0-9]")
# "artikel 151c", "art. 5.1": the word, an optional dot, spaces, a number (perhaps a code).
_ARTICLE = re.compile(r"(?<![^\W_])(?:artikel|art)(?![^\W_])\.?[ \t\r\n]+([0-9][^\W_]*(?:[./-][^\W_]+)*)")
ARTICLE_PREFIX = "art."

# Dutch function words: frequent, carry no meaning of their own. Content words that are
# frequent on this site (besluit, verzoek, documenten, woo) stay searchable on purpose.
_STOP_TEXT = """
    aan al alle alles als altijd ander andere anders bij binnen dan dat de der deze
    die dit doch doen door dus een eens en er ge geen had heb hebben heeft hem het hier
    hij hoe hun ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar
    niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit
    uw van veel voor want waren was wat we wel welk welke werd wie wij wil worden wordt
    zal ze zelf zich zij zijn zo zonder zou zullen
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_TEXT.split())


class _WithoutMarks(dict[int, int | None]):
    """A `str.translate` table that drops every combining mark (category M*): each code
    point is looked up once, when first met. (A character class of every mark, built by
    going through all 1.1 million code points, cost 0.5 s CPU in every process that folded
    any non-ASCII text.)"""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code)).startswith("M") else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def fold(text: str) -> str:
    """NFKD, combining marks dropped, lower-cased, astral characters turned into spaces."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS).lower()
    return _ASTRAL.sub(" ", text)


def _spans(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, token, kind) of the folded text: kind 0 a word, 1 a code, 2 an article."""
    found = [(m.start(), m.end(), m.group(), 0) for m in _WORD.finditer(text)]
    found += [(m.start(), m.end(), m.group(), 1) for m in _CODE.finditer(text)
              if len(m.group()) <= MAX_LEN and _DIGIT.search(m.group())]
    found += [(m.start(), m.end(), ARTICLE_PREFIX + m.group(1), 2) for m in _ARTICLE.finditer(text)
              if len(m.group(1)) + len(ARTICLE_PREFIX) <= MAX_LEN]
    return found


def tokens(text: str) -> list[str]:
    """The tokens of text (stop words kept): the words in order, then the codes, then the articles."""
    folded = fold(text).replace("_", " ")
    words = _WORD.findall(folded)
    if "art" not in folded and not any(c in folded for c in "./-"):  # no code: the fast path
        return words
    # The same tokens as _spans() gives, without its tuples: this runs over all annex text.
    if any(c in folded for c in "./-"):
        words += [c for c in _CODE.findall(folded) if len(c) <= MAX_LEN and _DIGIT.search(c)]
    if "art" in folded:
        words += [ARTICLE_PREFIX + n for n in _ARTICLE.findall(folded)
                  if len(n) + len(ARTICLE_PREFIX) <= MAX_LEN]
    return words


def query_tokens(text: str) -> list[str]:
    """The tokens of a query in the order typed; a code or article stands for the words inside it.

    "10.2.e" is one word, not "10" and "2"; "artikel 151c" is "art.151c" alone.
    """
    spans = _spans(fold(text).replace("_", " "))
    kept = [s for s in spans
            if not any(c[3] > s[3] and c[0] <= s[0] and s[1] <= c[1] for c in spans)]
    return [token for _, _, token, _ in sorted(kept, key=lambda s: (s[0], -s[1]))]


def impact(tf: int, dl: int, avgdl: float, df: int, n: int) -> int:
    """BM25 of one term in one doc, scaled to 1..255 (one byte per posting).

    The writer computes the same expression in the same order (so the same float); halves round up.
    """
    scale = 10 * math.log(1 + (n - df + 0.5) / (df + 0.5)) * (K1 + 1)
    norm = K1 * (1 - B + B * dl / avgdl) if avgdl else K1
    return min(255, max(1, int(scale * tf / (tf + norm) + 0.5)))
