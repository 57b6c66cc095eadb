"""Earlier decisions the letter cites, matched to dossiers already on the site.

A cited URL matches a dossier when its last path segment is the dossier's slug
(publishers name both after the decision) or when a dossier lists that URL; a
dossier also matches when the letter names its title or its kenmerk.
Unmatched decision URLs stay external references.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import yaml

from ..loader import DOSSIER_FILE, find_dossier_folders
from ..messages.said import Said

# A decision on a Wob/Woo request, not any "besluit": publishers file them under /wob/ or /woo/
# or name them "besluit-wob-verzoek-...". The plural is a page about requests in general
# ("aanpak-vws-wob-verzoeken-corona"), not a decision.
_DECISION_URL = re.compile(r"/(?:wob|woo)(?:/|-(?!verzoeken|besluiten))"
                           r"|\b(?:wob|woo)-?(?:verzoek|besluit)(?!en)", re.I)


@dataclass(frozen=True)
class Known:
    slug: str
    title: str
    reference: str
    urls: frozenset[str]


@dataclass(frozen=True)
class Match:
    url: str | None
    slug: str | None  # a dossier on this site, or None: published elsewhere
    title: str | None  # for an external reference: taken from the URL
    why: str  # how it was matched, for the comment and the report


def _dossier_files(dossiers_dir: Path) -> list[Path]:
    if not dossiers_dir.is_dir():
        return []
    return [folder / DOSSIER_FILE for folder in find_dossier_folders(dossiers_dir)]


def known_dossiers(dossiers_dir: Path) -> list[Known]:
    found = []
    for path in _dossier_files(dossiers_dir):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, OSError, UnicodeDecodeError):
            continue  # a broken dossier is the build's to report, not the importer's
        if not isinstance(data, dict):
            continue
        urls = {value for value in data.values() if isinstance(value, str) and "://" in value}
        found.append(Known(path.parent.name, str(data.get("title") or ""),
                           str(data.get("reference") or ""), frozenset(urls)))
    return found


def is_decision_url(url: str) -> bool:
    return bool(_DECISION_URL.search(urlparse(url).path))


def match_url(url: str, known: list[Known]) -> Match:
    last = _last_segment(url)
    for dossier in known:
        if url in dossier.urls:
            return Match(url, dossier.slug, None, Said("ref-url-in-dossier", slug=dossier.slug))
        if last and last.lower() == dossier.slug:
            return Match(url, dossier.slug, None, Said("ref-url-slug", slug=dossier.slug))
    return Match(url, None, title_from_url(url), Said("ref-title-from-url"))


def match_text(text: str, known: list[Known]) -> list[Match]:
    """Dossiers whose title or kenmerk the letter names."""
    flat = " ".join(text.split()).lower()
    found = []
    for dossier in known:
        if dossier.title and " ".join(dossier.title.split()).lower() in flat:
            found.append(Match(None, dossier.slug, None,
                               Said("ref-title-in-letter", title=dossier.title)))
        elif dossier.reference and re.search(
            rf"kenmerk\s*:?\s*{re.escape(dossier.reference.lower())}\b", flat
        ):
            why = Said("ref-reference-in-letter", reference=dossier.reference)
            found.append(Match(None, dossier.slug, None, why))
    return found


def _last_segment(url: str) -> str:
    path = urlparse(url).path.rstrip("/")
    return re.sub(r"\.(html?|php|aspx?|pdf)$", "", path.rsplit("/", 1)[-1], flags=re.I)


def title_from_url(url: str) -> str:
    """A readable title from the URL's own words: the person replaces it with the real one."""
    last = _last_segment(url)
    words = re.sub(r"[-_]+", " ", last).strip()
    if not re.search(r"[A-Za-z]{3}", words):
        return (urlparse(url).netloc + urlparse(url).path).rstrip("/")
    return words[0].upper() + words[1:]
