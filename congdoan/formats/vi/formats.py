"""Vietnamese date and time formats for forms and the admin (settings.FORMAT_MODULE_PATH).

Django's own ``vi`` formats define no *input* formats, so Django fell back to its defaults,
which read "12/01/2026" month first. Here every date is day/month/year, times are 24-hour;
ISO dates are still accepted (APIs, copy-paste from spreadsheets). A value that matches none
of these (31/02/2026, 2026-13-01) is refused, never read as another date.
"""

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%Hh%M"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y",
    "%d-%m-%Y %H:%M",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d",
]
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
