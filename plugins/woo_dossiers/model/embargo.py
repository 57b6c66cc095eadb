"""Publication dates still to come: a decision waits, off the public site, until its day.

A decision is sent to the requester (and third parties) before it is published.
Where an interested party is expected to object to disclosure, the information
is disclosed two weeks after the decision was made known (Woo art. 4.4 lid 5),
so `dates.published` may lie after `dates.decided`, and in the future.

The rule, in one place: a dossier whose publication date is after `today` is not
public. A public build leaves it out of every page, feed, open-data file and the
search index (the adapter gives `analyse()` only the public ones); a preview
build (plugin option `preview`) builds it, marked "nog niet openbaar" and
`noindex`. `today` is a date, never a time, so two builds on one day with the
same input give the same bytes; the adapter takes it from the plugin option
`today` (tests, or rebuilding a past day) or from the calendar in the Netherlands.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .dossier import Dossier

# Woo art. 4.4 lid 5: disclosed two weeks after the decision is made known when an
# interested party is expected to object (`objection_expected` in dossier.yml).
WAITING_PERIOD = timedelta(weeks=2)
TIMEZONE = ZoneInfo("Europe/Amsterdam")


def is_public(dossier: Dossier, today: date) -> bool:
    return dossier.dates.publication <= today


def not_yet_public(dossiers: dict[str, Dossier], today: date) -> dict[str, date]:
    """The slugs of the dossiers still waiting on `today`, with their publication date."""
    return {slug: d.dates.publication for slug, d in dossiers.items() if not is_public(d, today)}


def earliest_publication(decided: date) -> date:
    """The first day the documents may be published when an objection is expected."""
    return decided + WAITING_PERIOD


def today_in_the_netherlands(option: str | date = "") -> date:
    """`option` (a date, or yyyy-mm-dd) when given, else today's date in the Netherlands."""
    if isinstance(option, date):
        return option
    return date.fromisoformat(option) if option else datetime.now(TIMEZONE).date()
