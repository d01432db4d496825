"""Working days of an organisation: Monday to Friday, less the ``Holiday`` rows of the
organisation and of its ancestors (national holidays sit on the root, a province adds its
own), in Vietnam's time zone (``TIME_ZONE``, Asia/Ho_Chi_Minh).

A working-day window counts whole working days: the clock runs from 00:00 to 24:00 local
time on working days and stops on weekends and holidays. A 24-hour window opened on Friday
at 10:00 therefore ends on Monday at 10:00; one opened on Saturday ends on Tuesday at 00:00.
(Office hours, 8:00-17:00, are not modelled: the union's commitment is "within one working
day", and a day-based clock is what a worker can check by hand.)
"""

from __future__ import annotations

import datetime
import math
from zoneinfo import ZoneInfo

from django.conf import settings

from voice.models import Holiday

WORKING_WEEKDAYS = frozenset(range(5))  # Monday .. Friday


def _prefixes(path: str) -> list[str]:
    from voice.routing import prefixes

    return prefixes(path)


class Calendar:
    """The days off of one organisation (its own and its ancestors' holidays), read in
    chunks of dates as far as a deadline needs (one statement per chunk)."""

    CHUNK_DAYS = 120

    def __init__(self, org_path: str):
        self.paths = _prefixes(org_path)
        self.holidays: set[datetime.date] = set()
        self.loaded_from: datetime.date | None = None
        self.loaded_to: datetime.date | None = None  # exclusive
        self.statements = 0

    def _load(self, day: datetime.date) -> None:
        if self.loaded_from is not None and self.loaded_from <= day < self.loaded_to:
            return
        if self.loaded_to is not None and day >= self.loaded_to:
            start = self.loaded_to  # extend the range read so far
        else:
            start, self.loaded_from = day, day  # before it (or nothing read): start again
        end = day + datetime.timedelta(days=self.CHUNK_DAYS)
        self.statements += 1
        self.holidays.update(
            Holiday.objects.filter(
                organization__path__in=self.paths, date__gte=start, date__lt=end
            ).values_list("date", flat=True)
        )
        self.loaded_to = end

    def is_working_day(self, day: datetime.date) -> bool:
        if day.weekday() not in WORKING_WEEKDAYS:
            return False
        self._load(day)
        return day not in self.holidays

    def add_working_hours(self, start: datetime.datetime, hours: float) -> datetime.datetime:
        """``start`` plus ``hours`` of clock time counted on working days only."""
        tz = ZoneInfo(settings.TIME_ZONE)
        t = start.astimezone(tz)
        remaining = datetime.timedelta(hours=hours)
        for _ in range(366 * 20):  # bounded: never loop forever on a calendar of holidays
            next_midnight = datetime.datetime.combine(
                t.date() + datetime.timedelta(days=1), datetime.time(0), tz
            )
            if self.is_working_day(t.date()):
                available = next_midnight - t
                if remaining <= available:
                    return (t + remaining).astimezone(datetime.UTC)
                remaining -= available
            t = next_midnight
        raise ValueError("Lịch làm việc không có ngày làm việc nào trong 20 năm tới.")

    def working_days_between(self, start: datetime.date, end: datetime.date) -> int:
        days = (end - start).days
        return sum(
            1 for n in range(max(days, 0)) if self.is_working_day(start + datetime.timedelta(n))
        )


def calendar_for(org, cache: dict | None = None) -> Calendar:
    """The calendar of ``org`` (an ``Organization`` or its path), from ``cache`` when given."""
    path = org if isinstance(org, str) else org.path
    if cache is None:
        return Calendar(path)
    if path not in cache:
        cache[path] = Calendar(path)
    return cache[path]


def span_days(hours: float) -> int:
    return math.ceil(hours / 24)
