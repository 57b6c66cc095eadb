"""Was a decision taken within its legal term?

The rule, in full (the statistics page explains it to visitors in Dutch):

1. The term starts the day after the request was received and lasts four
   weeks, under both laws (Wob art. 6 lid 1, Woo art. 4.4 lid 1). Counted in
   calendar days that is `received + 28 days`: a request received on a Monday
   must be decided by the Monday four weeks later.
2. An adjournment (`dates.adjourned`) extends the term by four weeks under the
   Wob (art. 6 lid 2) and by two weeks under the Woo (art. 4.4 lid 2). It only
   counts when it was sent on or before the last day of the original term: a
   late adjournment cannot extend a term that has already run out.
3. A term that ends on a Saturday, a Sunday or a general holiday of the
   Algemene termijnenwet (art. 1 and 3) ends on the next day that is none of
   these. This is applied to the end of the original term (to judge an
   adjournment) and to the end of the final term.
4. A suspension (`suspensions`: from, to) stops the clock: while a third party
   is asked for its view (Woo art. 4.4 lid 3: from the day after the requester is
   told up to and including the day the view comes in or its term runs out) or
   while the body waits for the requester (Awb art. 4:15). The term is extended
   by `to - from` calendar days per suspension. A suspension only counts when it
   starts on or before the last day of the term as it stands at that moment
   (earlier suspensions included): like a late adjournment, it cannot revive a
   term that has already run out. Suspensions extend the original term (to judge
   an adjournment) and the final term alike.
5. The decision is on time when `decided <= deadline`; otherwise it is
   `decided - deadline` calendar days late.

Not modelled: terms agreed with the requester; the dossier format has no field
for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..model.dossier import Dossier, Suspension


@dataclass(frozen=True)
class Term:
    weeks: int
    adjournment_weeks: int
    article: str  # where the term is set, for the explanation on the site


TERMS: dict[str, Term] = {
    "Wob": Term(4, 4, "artikel 6 Wob"),
    "Woo": Term(4, 2, "artikel 4.4 Woo"),
}


@dataclass(frozen=True)
class Timeliness:
    deadline: date
    weeks: int  # the term in weeks, adjournment included when it counts
    adjourned: bool  # the dossier records an adjournment
    adjournment_counted: bool  # ... and it extended the term (sent in time)
    handling_days: int  # calendar days from receipt to decision
    days_late: int  # 0 when on time
    suspended: tuple[Suspension, ...] = ()  # the suspensions that extended the term

    @property
    def suspended_days(self) -> int:
        return sum(s.days for s in self.suspended)

    @property
    def on_time(self) -> bool:
        return self.days_late == 0


def assess(dossier: Dossier) -> Timeliness:
    """The deadline of `dossier` and whether it was met (the rule in the module docstring)."""
    term = TERMS[dossier.law]
    dates = dossier.dates
    original_end, _ = term_end(dates.received, term.weeks, dossier.suspensions)
    counted = dates.adjourned is not None and dates.adjourned <= original_end
    weeks = term.weeks + (term.adjournment_weeks if counted else 0)
    deadline, suspended = term_end(dates.received, weeks, dossier.suspensions)
    return Timeliness(
        deadline=deadline,
        weeks=weeks,
        adjourned=dates.adjourned is not None,
        adjournment_counted=counted,
        handling_days=(dates.decided - dates.received).days,
        days_late=max(0, (dates.decided - deadline).days),
        suspended=suspended,
    )


def term_end(received: date, weeks: int, suspensions: tuple[Suspension, ...],
             ) -> tuple[date, tuple[Suspension, ...]]:
    """The last day of a term of `weeks` and the suspensions that extended it (rules 3 and 4)."""
    end = received + timedelta(weeks=weeks)
    counted = []
    for suspension in suspensions:  # in date order
        if suspension.start <= next_working_day(end):
            end += timedelta(days=suspension.days)
            counted.append(suspension)
    return next_working_day(end), tuple(counted)


def next_working_day(day: date) -> date:
    """`day`, or the first later day that is no Saturday, Sunday or general holiday."""
    while day.weekday() >= 5 or day in general_holidays(day.year):
        day += timedelta(days=1)
    return day


def general_holidays(year: int) -> set[date]:
    """The general holidays of Algemene termijnenwet art. 3 lid 1 in `year`.

    Easter Sunday and Whit Sunday are Sundays anyway; Good Friday is not in the list.
    """
    easter = easter_sunday(year)
    return {
        date(year, 1, 1),
        easter + timedelta(days=1),  # tweede paasdag
        easter + timedelta(days=39),  # Hemelvaartsdag
        easter + timedelta(days=50),  # tweede pinksterdag
        kings_day(year),
        date(year, 5, 5),
        date(year, 12, 25),
        date(year, 12, 26),
    }


def kings_day(year: int) -> date:
    """The day the monarch's birthday is celebrated; moved a day earlier when it falls on a Sunday."""
    day = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    return day - timedelta(days=1) if day.weekday() == 6 else day


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous Gregorian algorithm, as in Meeus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)
