"""The legal deadline of a decision: the rule of woo_dossiers.analyse.timeliness, case by case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from woo_dossiers.analyse.timeliness import (
    assess,
    easter_sunday,
    general_holidays,
    kings_day,
    next_working_day,
)
from woo_dossiers.model.dossier import Dates, Dossier, Item, Suspension


def dossier(law: str, received: date, decided: date, adjourned: date | None = None) -> Dossier:
    return Dossier(
        slug="x", folder=Path("x"), source="dossiers/x/dossier.yml", title="x", organisation="x",
        law=law, dates=Dates(received=received, decided=decided, adjourned=adjourned),
        items=(Item((1,), "x", "not-held", answer="x"),), letter="", letter_file="decision.md",
    )


MON = date(2021, 5, 10)  # a Monday without holidays in the following weeks

CASES = [
    # (id, law, received, adjourned, decided, deadline, days late)
    ("wob-on-last-day", "Wob", MON, None, date(2021, 6, 7), date(2021, 6, 7), 0),
    ("wob-one-day-late", "Wob", MON, None, date(2021, 6, 8), date(2021, 6, 7), 1),
    ("wob-adjourned-adds-4-weeks", "Wob", MON, date(2021, 5, 18), date(2021, 7, 5), date(2021, 7, 5), 0),
    ("wob-adjourned-late-by-22", "Wob", MON, date(2021, 5, 18), date(2021, 7, 27), date(2021, 7, 5), 22),
    ("woo-on-time", "Woo", MON, None, date(2021, 5, 20), date(2021, 6, 7), 0),
    ("woo-adjourned-adds-2-weeks", "Woo", MON, date(2021, 6, 1), date(2021, 6, 22), date(2021, 6, 21), 1),
    ("adjourned-on-last-day-counts", "Woo", MON, date(2021, 6, 7), date(2021, 6, 21), date(2021, 6, 21), 0),
    ("adjourned-after-term-does-not-count", "Woo", MON, date(2021, 6, 8), date(2021, 6, 21),
     date(2021, 6, 7), 14),
    # Saturday 4 March 2023 + 4 weeks is Saturday 1 April: the term ends on Monday 3 April.
    ("weekend-moves-to-monday", "Woo", date(2023, 3, 4), None, date(2023, 4, 3), date(2023, 4, 3), 0),
    # Monday 28 November 2022 + 4 weeks is Boxing Day (tweede kerstdag): the term ends the 27th.
    ("holiday-moves-to-next-day", "Wob", date(2022, 11, 28), None, date(2022, 12, 27), date(2022, 12, 27), 0),
    # Thursday 30 March 2023 + 4 weeks is King's Day, Thursday 27 April.
    ("kings-day", "Woo", date(2023, 3, 30), None, date(2023, 4, 29), date(2023, 4, 28), 1),
]


@pytest.mark.parametrize(("law", "received", "adjourned", "decided", "deadline", "late"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_deadline(law, received, adjourned, decided, deadline, late):
    result = assess(dossier(law, received, decided, adjourned))
    assert result.deadline == deadline
    assert result.days_late == late
    assert result.on_time == (late == 0)
    assert result.handling_days == (decided - received).days


def test_counted_adjournment_is_reported():
    counted = assess(dossier("Wob", MON, date(2021, 7, 1), date(2021, 5, 18)))
    assert (counted.adjourned, counted.adjournment_counted, counted.weeks) == (True, True, 8)
    too_late = assess(dossier("Wob", MON, date(2021, 7, 1), date(2021, 6, 8)))
    assert (too_late.adjourned, too_late.adjournment_counted, too_late.weeks) == (True, False, 4)
    none = assess(dossier("Woo", MON, date(2021, 7, 1)))
    assert (none.adjourned, none.adjournment_counted, none.weeks) == (False, False, 4)


@pytest.mark.parametrize(("year", "easter"), [
    (2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)), (2021, date(2021, 4, 4)),
    (2022, date(2022, 4, 17)), (2023, date(2023, 4, 9)), (2024, date(2024, 3, 31)),
    (2025, date(2025, 4, 20)), (2038, date(2038, 4, 25)),
])
def test_easter(year, easter):
    assert easter_sunday(year) == easter


def test_holidays_of_2023():
    assert sorted(general_holidays(2023)) == [
        date(2023, 1, 1), date(2023, 4, 10), date(2023, 4, 27), date(2023, 5, 5),
        date(2023, 5, 18), date(2023, 5, 29), date(2023, 12, 25), date(2023, 12, 26)]


@pytest.mark.parametrize(("year", "day"), [
    (2023, date(2023, 4, 27)),
    (2014, date(2014, 4, 26)),  # 27 April 2014 was a Sunday
    (2013, date(2013, 4, 30)),  # Koninginnedag
    (2006, date(2006, 4, 29)),  # 30 April 2006 was a Sunday
])
def test_kings_day(year, day):
    assert kings_day(year) == day


@settings(deadline=None)  # no timing assertions: a loaded CI machine is slow
@given(st.dates(min_value=date(1992, 1, 1), max_value=date(2060, 12, 31)))
def test_next_working_day_is_a_working_day_within_a_few_days(day):
    result = next_working_day(day)
    assert result.weekday() < 5 and result not in general_holidays(result.year)
    # Christmas on a Friday is the longest run: Friday 25 to Sunday 27 December.
    assert day <= result <= day + timedelta(days=4)
    if day.weekday() < 5 and day not in general_holidays(day.year):
        assert result == day


@settings(deadline=None)  # no timing assertions: a loaded CI machine is slow
@given(st.dates(min_value=date(1992, 1, 1), max_value=date(2060, 12, 31)),
       st.sampled_from(["Wob", "Woo"]), st.booleans())
def test_deadline_is_at_least_the_term(received, law, adjourned):
    base = dossier(law, received, received + timedelta(days=60))
    if adjourned:
        base = replace(base, dates=replace(base.dates, adjourned=received + timedelta(days=7)))
    weeks = 4 + ({"Wob": 4, "Woo": 2}[law] if adjourned else 0)
    result = assess(base)
    assert received + timedelta(weeks=weeks) <= result.deadline <= received + timedelta(weeks=weeks, days=4)


# Received Monday 6 March 2023: the Woo's four weeks end on Monday 3 April 2023.
RECEIVED_2023 = date(2023, 3, 6)


def suspended(decided: date, *spans: tuple[date, date], adjourned: date | None = None):
    base = dossier("Woo", RECEIVED_2023, decided, adjourned)
    return assess(replace(base, suspensions=tuple(Suspension(a, b, "zienswijze") for a, b in spans)))


@pytest.mark.parametrize(("spans", "adjourned", "decided", "deadline", "late", "days"), [
    # 14 days suspended in the term: the deadline moves 14 days, to Monday 17 April
    ([(date(2023, 3, 20), date(2023, 4, 3))], None, date(2023, 4, 17), date(2023, 4, 17), 0, 14),
    ([(date(2023, 3, 20), date(2023, 4, 3))], None, date(2023, 4, 18), date(2023, 4, 17), 1, 14),
    # starting on the term's last day still counts; 3 + 7 days is Easter Monday 2023 -> Tuesday
    ([(date(2023, 4, 3), date(2023, 4, 10))], None, date(2023, 4, 11), date(2023, 4, 11), 0, 7),
    # starting the day after the term ran out does not revive it
    ([(date(2023, 4, 4), date(2023, 4, 11))], None, date(2023, 4, 11), date(2023, 4, 3), 8, 0),
    # a second suspension counts when it starts within the term the first one extended
    ([(date(2023, 3, 20), date(2023, 3, 27)), (date(2023, 4, 7), date(2023, 4, 12))], None,
     date(2023, 4, 15), date(2023, 4, 17), 0, 12),
    # an adjournment sent after four weeks but within the suspended first term counts:
    # the first term ends 10 April (Easter Monday) -> 11 April; 6 weeks + 7 days -> 24 April
    ([(date(2023, 3, 10), date(2023, 3, 17))], date(2023, 4, 5), date(2023, 4, 24),
     date(2023, 4, 24), 0, 7),
    # ... and without the suspension the same adjournment is too late
    ([], date(2023, 4, 5), date(2023, 4, 24), date(2023, 4, 3), 21, 0),
], ids=["extends", "one-day-late", "starts-on-last-day", "starts-after-term", "two",
        "adjournment-within-suspended-term", "adjournment-too-late-without"])
def test_suspension(spans, adjourned, decided, deadline, late, days):
    result = suspended(decided, *spans, adjourned=adjourned)
    assert (result.deadline, result.days_late, result.suspended_days) == (deadline, late, days)
