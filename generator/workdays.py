"""Working days on the real Chinese calendar: public holidays and make-up working days (调休).

The data comes from chinese-calendar, which follows the State Council's yearly notices. It
covers a fixed range of years; outside it we refuse to guess, since a wrong due date for a
statutory time limit is worse than none.
"""
from __future__ import annotations

import datetime as dt

import chinese_calendar

FIRST_YEAR = min(chinese_calendar.constants.holidays).year
LAST_YEAR = max(max(chinese_calendar.constants.holidays), max(chinese_calendar.constants.workdays)).year
ONE_DAY = dt.timedelta(days=1)


class CalendarGap(Exception):
    """A date outside the years the calendar knows."""

    def __init__(self, day: dt.date) -> None:
        super().__init__(f"the working-day calendar covers {FIRST_YEAR}–{LAST_YEAR}, not {day.year}")
        self.day = day


def is_working_day(day: dt.date) -> bool:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise CalendarGap(day)
    return chinese_calendar.is_workday(day)


def add_working_days(start: dt.date, count: int) -> dt.date:
    """Return the date `count` working days after `start` (start itself not counted)."""
    day = start
    while count > 0:
        day += ONE_DAY
        if is_working_day(day):
            count -= 1
    return day


def working_days_between(first: dt.date, last: dt.date) -> int:
    """Return the working days after `first` up to and including `last`; negative when last < first."""
    if last < first:
        return -working_days_between(last, first)
    count, day = 0, first
    while day < last:
        day += ONE_DAY
        count += is_working_day(day)
    return count
