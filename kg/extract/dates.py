"""Dates as news writes them, and their precision: "Thursday, March 24th, 2022", "March 2022", "Spring
2022" (the year only), "2022", "1944-07-28", "07-28-1944", "March 24" (the year from the article's date).

Rules find date spans with `DATE_RE`; `parse_date` reads one span, never searching the text for dates
(dateparser's `search_dates` finds dates in words that are none).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import regex as re

from kg.model import PartialDate

MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
# A month named alone ("in June") must be spelled out and not end a name ("Gianna Jun", "Kim May").
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
FULL_MONTHS = rf"(?:{'|'.join(_MONTH_NAMES)})"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?"
# A weekday alone ("opens in theaters Friday"): the next such day after the article's date (or the last before it,
# for what is past); not after a capitalized word ("Freaky Friday", "Black Friday").
_FULL_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The names of the months and the days of the week, as words ("Iskall on Friday", "in March").
DAY_NAMES = frozenset(_MONTH_NAMES) | frozenset(day.title() for day in _WEEKDAYS)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
# 1944-07-28, and the American 07-28-1944 or 7/28/1944.
_ISO = r"(?<![\d-])(?:19|20)\d{2}-[01]\d-[0-3]\d(?![\d-])"
_NUMERIC = r"(?<![\d/-])[01]?\d[-/][0-3]?\d[-/](?:19|20)\d{2}(?![\d/-])"
SEASONS = r"(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)"
# A time told from the article's date: "last year", "September last year", "last autumn", "next month", "this
# fall" (the groups are read by parse_date; DATE, which other patterns embed, takes the same words without them).
# ("the next year" after a past year is the one after it, and "next year's Oscars" dates the awards)
_RELATIVE_RE = re.compile(rf"(?:(?P<month>{FULL_MONTHS})\s+)?(?<![Tt]he\s)(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+"
                          rf"(?P<unit>year|month|spring|summer|fall|autumn|{_FULL_WEEKDAY})\b(?!['’])")
_RELATIVE = re.sub(r"\?P<\w+>", "", _RELATIVE_RE.pattern)
_SEASON_STARTS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}
DATE = (rf"(?:{_RELATIVE}"
        rf"|{_ISO}|{_NUMERIC}|(?:{_WEEKDAY}\s+)?(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?{MONTHS}(?:,?\s+{_YEAR})?"
        rf"|{MONTHS}\s+{_DAY}\b(?:,?\s+{_YEAR})?"
        rf"|(?:early|mid|late|mid-)?\s*{MONTHS}(?:\s+of)?\s+{_YEAR}"
        rf"|(?:early|mid|late|mid-)?\s*{SEASONS}(?:\s+of)?\s+{_YEAR}"
        rf"|(?<![\d,$])\b{_YEAR}\b(?![\d,])"
        rf"|(?<!\p{{Lu}}\p{{L}}*\s){FULL_MONTHS}(?=\s*(?:[,.;]|$)|\s+(?:and|or)\b)|{SEASONS}(?!\s+(?:of\s+)?\d)"
        rf"|(?<!\p{{Lu}}\p{{L}}*\s){_FULL_WEEKDAY}\b(?!\s*,?\s*(?:the\s+)?(?:\d|{MONTHS}))))")
DATE_RE = re.compile(DATE)
# A word that is a year a film could come from: "a 1936 film", "in 2008".
YEAR_WORD = re.compile(r"^(?:18[89]\d|19\d\d|20\d\d)$")


def is_listing_day(text: str) -> bool:
    """"Wednesday, October 1", "Oct. 3": a day of a month and nothing else, as a listing dates its items (a
    dateline, which has its year, is the masthead's)."""
    return bool(DATE_RE.fullmatch(text)) and bool(re.search(MONTHS, text)) and bool(_HAS_DAY.search(text)) \
        and not HAS_YEAR.search(text)


_SEASON_YEAR = re.compile(r"(?i)(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:19|20)\d{2})")
# A year written in a date ("March 2022", "2021-03-04").
HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_HAS_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)")
_MONTH_WORD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def names_a_date(text: str) -> bool:
    """A date, or a month, abbreviated or not, with a day or a year after it ("Nov 3, 2025", "Oct. 2024")."""
    return bool(DATE_RE.search(text) or _MONTH_THEN_NUMBER.match(text))


_MONTH_THEN_NUMBER = re.compile(rf"{MONTHS}\s+\d")


@lru_cache(maxsize=4096)
def parse_date(span: str, article_date: date | None, *, future: bool) -> PartialDate | None:
    """A date span as found by a rule, at the precision it was written; no year and no article date: None.

    Seasons keep only their year. Spans without a year take it from the
    article's date, preferring the next such day for future events.
    """
    span = span.strip()
    relative = _RELATIVE_RE.fullmatch(span)
    if relative is not None:
        return _relative_date(relative, article_date, future=future)
    numeric = _numeric_date(span)
    if numeric is not None:
        return numeric
    if span.lower() in _WEEKDAYS:
        return _weekday(_WEEKDAYS.index(span.lower()), article_date, future=future)
    season = _SEASON_YEAR.search(span)
    if season:
        return PartialDate(int(season.group(1)))
    has_year = bool(HAS_YEAR.search(span))
    has_month = bool(_MONTH_WORD.search(span))
    without_year = HAS_YEAR.sub("", span)
    has_day = has_month and bool(_HAS_DAY.search(without_year))
    if not has_month:
        return PartialDate(int(HAS_YEAR.search(span).group(0))) if has_year else None
    if not has_year and article_date is None:
        return None
    from datetime import datetime

    import dateparser

    base = datetime.combine(article_date, datetime.min.time()) if article_date else datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past",
                "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "MDY"}
    cleaned = re.sub(r"(?i)\b(?:early|mid|late|the|of)\b|-|,", " ", span)
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if has_day:
        year = parsed.year if has_year else _year_of_weekday(span, parsed.date(), article_date) or parsed.year
        return PartialDate(year, parsed.month, parsed.day)
    return PartialDate(parsed.year, parsed.month)


def _year_of_weekday(span: str, parsed: date, article_date: date | None) -> int | None:
    """"after opening on Thursday, March 12", in an article of Sunday, March 15, 2026: the year, of the one
    before, this one and the next, in which that day is that weekday, nearest the article's date (the tense
    of a participle says too little)."""
    named = next((n for n, day in enumerate(_WEEKDAYS) if re.search(rf"(?i)\b{day}\b", span)), None)
    if named is None or article_date is None:
        return None
    fitting = []
    for year in (article_date.year - 1, article_date.year, article_date.year + 1):
        try:
            candidate = parsed.replace(year=year)
        except ValueError:  # February 29
            continue
        if candidate.weekday() == named:
            fitting.append(candidate)
    nearest = min(fitting, key=lambda d: abs(d - article_date), default=None)
    return nearest.year if nearest is not None and abs(nearest - article_date) <= _WEEKDAY_REACH else None


_WEEKDAY_REACH = timedelta(days=183)  # (a weekday that fits no date within half a year is a slip: not trusted)


def _relative_date(found: re.Match, article_date: date | None, *, future: bool = True) -> PartialDate | None:
    """"September last year" in an article of March 2026: 2025-09; "next month": 2026-04; "next Sunday": the
    Sunday after the article's day, a week on if that is a Sunday ("this Sunday" by the tense); "last autumn": the
    autumn before the article's date (this year's if it has ended, else last year's), its year only; "next
    spring" said once spring has begun, next year's (said before, it is either); no article date, no date."""
    if article_date is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[found.group("which").lower()]
    unit, year = found.group("unit"), article_date.year
    if unit.lower() in _WEEKDAYS:  # "next Sunday" said on a Sunday is a week on; "last Friday" the one before
        weekday = _WEEKDAYS.index(unit.lower())
        if step > 0 and weekday == article_date.weekday():
            week_on = article_date + timedelta(days=7)
            return PartialDate(week_on.year, week_on.month, week_on.day)
        # ("this Monday": the coming one, or for what is past the one gone; "last Friday" the one before)
        return _weekday(weekday, article_date, future=future if step == 0 else step > 0)
    if unit == "year":
        month = _MONTH_NAMES.index(found.group("month")) + 1 if found.group("month") else None
        return PartialDate(year + step, month)
    if unit == "month":
        months = year * 12 + article_date.month - 1 + step
        return PartialDate(months // 12, months % 12 + 1)
    start = _SEASON_STARTS[unit]
    if step < 0:
        return PartialDate(year if article_date.month > start + 2 else year - 1)
    if step == 0:
        return PartialDate(year)
    # ("next summer" said in February may be this year's or next year's)
    return PartialDate(year + 1) if article_date.month >= start else None


def _weekday(weekday: int, article_date: date | None, *, future: bool) -> PartialDate | None:
    """The day a weekday named alone means: the next one on or after the article's date, or for what is past
    the last one before it."""
    if article_date is None:
        return None
    shift = (weekday - article_date.weekday()) % 7 if future else -((article_date.weekday() - weekday) % 7 or 7)
    day = article_date + timedelta(days=shift)
    return PartialDate(day.year, day.month, day.day)


def _numeric_date(span: str) -> PartialDate | None:
    """1944-07-28, 07-28-1944 or 7/28/1944 (month first, as American text writes it, unless it cannot be)."""
    iso = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", span)
    if iso:
        year, month, day = map(int, iso.groups())
    else:
        found = re.fullmatch(r"(\d{1,2})[-/](\d{1,2})[-/]((?:19|20)\d{2})", span)
        if not found:
            return None
        month, day, year = map(int, found.groups())
        if month > 12:
            month, day = day, month
    try:
        date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day)
