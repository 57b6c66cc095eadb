"""feed.xml: an Atom feed (RFC 4287) of new and changed decisions.

Every date comes from the dossiers (publication, and `dates.updated` for a
change), never from the clock, so that two builds of the same dossiers give
the same bytes and feed readers do not see phantom updates.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from xml.etree import ElementTree as ET

from ..addresses import dossier_url
from ..analyse import Analysis
from ..model.dossier import Dossier
from ..model.status import is_withdrawn
from ..wording import dutch_date

ATOM = "http://www.w3.org/2005/Atom"
FEED_PATH = "feed.xml"
FEED_TITLE_SUFFIX = "nieuwe en gewijzigde besluiten"
# Readers need a bounded feed; the JSON export has everything.
MAX_ENTRIES = 50


def atom_time(day: date) -> str:
    """Dossiers carry days, Atom wants instants: the start of the day, in UTC."""
    return f"{day.isoformat()}T00:00:00Z"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


class FeedEntries:
    """Each dossier's <entry>, made and serialised once a build for every feed it is in
    (its topics' and its organisation's): 3,400 entries of 1,000 dossiers at N = 1,000."""

    def __init__(self) -> None:
        self._texts: dict[tuple[str, str], str] = {}  # (base URL, slug) -> the entry's XML

    def text(self, analysis: Analysis, base_url: str, d: Dossier) -> str:
        key = (base_url, d.slug)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = _entry_text(_entry(analysis, base_url, d))
        return text


def atom_feed(analysis: Analysis, base_url: str, site_name: str, *,
              dossiers: Iterable[Dossier] | None = None, path: str = FEED_PATH,
              title: str | None = None, page: str = "", entries: FeedEntries | None = None) -> str:
    """The feed, newest change first; `base_url` is the absolute site URL ending in '/'.

    The site's feed by default; a topic's or organisation's feed gives its `dossiers`, its
    own `path`, `title` and `page` (the site URL of the page it follows). `entries`: the
    build's, shared by its feeds."""
    ET.register_namespace("", ATOM)
    entries = entries or FeedEntries()
    changes = analysis.changes
    chosen = analysis.dossiers.values() if dossiers is None else dossiers
    ordered = sorted(chosen, key=lambda d: (changes[d.slug].day, d.slug), reverse=True)
    ordered = ordered[:MAX_ENTRIES]
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "nl"})
    _sub(feed, "id", base_url + path)
    _sub(feed, "title", title or f"{site_name}: {FEED_TITLE_SUFFIX}")
    # An empty site still needs a valid <updated>; the epoch says "nothing yet".
    newest = changes[ordered[0].slug].day if ordered else date(1970, 1, 1)
    _sub(feed, "updated", atom_time(newest))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=base_url + path)
    _sub(feed, "link", rel="alternate", type="text/html", href=base_url + page)
    author = _sub(feed, "author")
    _sub(author, "name", site_name)
    ET.indent(feed)
    head = ET.tostring(feed, encoding="unicode", xml_declaration=True)
    # The entries go where ElementTree would have written them, each on its own line
    # indented one level: the same bytes as the whole feed serialised at once.
    body = "".join(f"\n  {entries.text(analysis, base_url, d)}" for d in ordered)
    return head.removesuffix(_END) + body + _END + "\n"


_END = "\n</feed>"


def _entry(analysis: Analysis, base_url: str, d: Dossier) -> ET.Element:
    url = base_url + dossier_url(d.slug)
    entry = ET.Element(f"{{{ATOM}}}entry")
    # The dossier URL never changes (slugs are permanent), so it serves as the id.
    _sub(entry, "id", url)
    change = analysis.changes[d.slug]
    _sub(entry, "title", f"{change.prefix}: {d.title}" if change.prefix else d.title)
    _sub(entry, "link", rel="alternate", type="text/html", href=url)
    _sub(entry, "published", atom_time(d.dates.publication))
    _sub(entry, "updated", atom_time(change.day))
    entry_author = _sub(entry, "author")
    _sub(entry_author, "name", d.organisation)
    _sub(entry, "category", term=d.law, label=d.law)
    for topic in d.topics:
        _sub(entry, "category", term=topic)
    note = f"{change.label} op {dutch_date(change.day)}." if change.label else None
    outcomes = (None if is_withdrawn(d)
                else f"Uitkomst per onderdeel: {analysis.outcome_summary(d)}.")
    summary = " ".join(part for part in (note, d.summary, outcomes) if part)
    _sub(entry, "summary", summary)
    return entry


def _entry_text(entry: ET.Element) -> str:
    """An entry as ElementTree writes it inside the feed: indented as a child of the feed,
    without the namespace declaration the feed element carries."""
    ET.indent(entry, level=1)
    return ET.tostring(entry, encoding="unicode").replace(f' xmlns="{ATOM}"', "", 1)
