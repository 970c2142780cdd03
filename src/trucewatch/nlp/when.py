"""Dates and times: find the expressions in a sentence and resolve them against the article's date.

Handles absolute dates with and without a year ("Jan. 7", "15 March", "March 6th, 2020"), ranges ("from midday on
Jan. 6 to midnight on Jan. 7", "Jan. 6 to 7"), weekdays ("on Monday", "Thursday's"), relative expressions ("a week
ago", "a day beforehand", "tonight"), clock times ("00.01", "midnight") and months ("the end of June", "March
2022"). A date without a year takes the year that puts it nearest the article's date, a future date counting double:
"Dec. 25" in a January article is last December. "since March 2022" is a reference point, not an event date, and is
marked so (`When` is still produced, `anchor` false).
"""

from __future__ import annotations

import calendar
import re
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from trucewatch.model import When
from trucewatch.nlp.lexicon import load
from trucewatch.nlp.numbers import DAY_ORDINALS

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
          "nov": 11, "dec": 12}
FULL_MONTHS = {name.lower() for name in calendar.month_name if name}
ZONES = ("GMT", "UTC", "CET", "EET", "EEST", "MSK", "IST", "EST", "EDT", "ET", "PST", "PT", "BST")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "couple of": 2, "eleven": 11, "twelve": 12,
                "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90, "hundred": 100}
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"  # "thirty years ago today", "twenty-five years"
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}

MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
       r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:19|20)\d\d"
# A time of day, with the zone it is told in, which is kept as written: "12:00 Moscow time (0900 GMT)", "4 a.m. local
# time", "2100 GMT". Times are recorded in the text's own zone, as the article gives them.
ZONE = (r"(?:\s(?:[A-Z][a-z]+\s|local\s)?time|\s(?:" + "|".join(ZONES) + r")(?![a-z]))?"
        r"(?:\s\(\d{4}\s(?:GMT|UTC)\))?")
CLOCK = (r"(?:(?:\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?"
         r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s(?:GMT|UTC))|midnight|midday|noon)" + ZONE + ")")
PART = r"(?:morning|afternoon|evening|night)"
NUM = (r"(?i:" + TENS + r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a hundred|a|an|one|two|three|four"
       r"|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|several|few|couple of|\d+)")  # "A day earlier"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
OF_YEAR = r"\s(?:last|this|next)\syear"  # "on July 22 last year": the day, in the year before the article's

# A day of the month said as a word: "the second of September", "the twenty-first of May"
ORDINAL_DAY = "(?i:" + "|".join(sorted(DAY_ORDINALS, key=len, reverse=True)) + ")"

# A single point in time; the named group says which kind.
POINT = (
    rf"(?:(?P<clock>{CLOCK})\s(?:on\s|of\s)?(?:{WEEKDAY},?\s(?={MON}\s{DAY}|{DAY}\s{MON}))?)?"  # "midnight on
    # Saturday, June 30": the date's
    rf"(?:(?P<md>{MON}\s+{DAY}(?:,?\s+{YEAR}|{OF_YEAR})?)|(?P<dm>{DAY}\s+(?:of\s)?{MON}(?:,?\s+{YEAR}|{OF_YEAR})?)"
    # (a day whose month a wrapped line carries on the next: "a ceasefire from 1" / "  August")
    rf"|(?P<om>(?:the\s)?{ORDINAL_DAY}\s+of\s+{MON}(?:,?\s+{YEAR})?)"  # ("on the second of september 1996", as said)
    rf"|(?P<iso>{YEAR}-\d\d-\d\d)"
    rf"|(?P<num>(?<![\d/.])\d{{1,2}}/\d{{1,2}}/{YEAR}(?![\d/]))"  # ("26/04/2006", "4/26/2006")
    rf"|(?P<wd>{WEEKDAY})(?!,?\s(?:{MON}\s{DAY}|{DAY}\s{MON}))(?:'s|’s)?"  # ("Friday, March 21": the calendar day)
    # (at a sentence's start too: "Yesterday, 10:15 p.m. ET: …"; not the newspaper "USA Today")
    rf"|(?P<rel>(?<!USA\s)[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast night"
    rf"|[Tt]his (?:morning|afternoon|evening)|[Oo]vernight(?!\s(?:into|to|on|before|after|of)\b))"
    rf"|(?P<span>(?:[Nn]ext|[Ll]ast|[Tt]his|[Tt]he (?:following|previous)) (?:week|month|year))"
    rf"|(?P<ago>{NUM}\s(?:day|week|fortnight|month|year)s?\s(?:ago(?:\s(?:today|this\sweek))?|earlier|beforehand|before|later"
    rf"|after))"
    rf"|(?P<nextday>(?i:the\s(?:next|following|previous)\s(?:day|morning|afternoon|evening|night)"
    rf"|the\s(?:day|morning|afternoon|evening|night)\s(?:before|after)"
    rf"(?!\s(?!(?:by|in|at|on|with|and|but|when|as|from)\b)\w)))"  # ("the evening before by 10 votes to one", not
    # "the day before the vote")
    rf"|(?P<soon>(?i:within\s(?:a\sfew\s|several\s)?days)(?!\s(?:of|after)\b))"  # "declared a truce within days"
    rf"|(?P<sameday>(?i:(?:a\sfew\s|several\s|two\s|three\s|\d+\s)?hours\s(?:earlier|later)"  # "Hours earlier"
    rf"|within\s(?:a\sfew\s|several\s)?(?:hours|minutes)(?!\s(?:of|after)\b)"  # "Within hours the army and …"
    rf"|(?:later\s|earlier\s)?that\s(?:day|night|evening|morning|afternoon)\b|the\ssame\s(?:day|night|evening)"
    rf"|(?:earlier|later)\sin\sthe\sday))"  # ("Earlier in the day an Israeli air strike brought down a tower")
    rf"|(?P<my>(?:the\s(?:end|beginning|start|middle)\sof\s)?{MON}(?:\s{YEAR}|{OF_YEAR})?)(?![\w-])"
    rf"|(?P<clockonly>{CLOCK}))"
    rf"(?:\s(?P<part>{PART}))?"
    rf"(?:,?\s(?:at\s)?(?P<clock2>{CLOCK}))?"
)
RANGE = re.compile(
    rf"(?:from\s)?(?P<a>{POINT.replace('(?P<', '(?P<a_')})"
    rf"\s?(?:to|until|till|through|-|–|and)\s?"
    rf"(?:(?P<b>{POINT.replace('(?P<', '(?P<b_')})|(?P<bday>\d{{1,2}})(?![\d:]|\.\d))",
)
SINGLE = re.compile(POINT)
# Does the text being read write a day in figures day first ("26/04/2006", as most of the world does) or month
# first ("4/26/2006")? Set for each document from the days it writes whose order is plain (`day_first_in`).
DAY_FIRST: ContextVar[bool] = ContextVar("day_first", default=True)
FIGURES = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(?:19|20)\d\d(?![\d/])")


def day_first_in(text: str) -> bool:
    """Does `text` write its days in figures day first? Yes where one of them can only be read so ("26/04/2006"), no
    where one can only be read month first ("4/26/2006"), and yes where none tells (most of the world's way)."""
    pairs = [(int(a), int(b)) for a, b in FIGURES.findall(text)]
    return not any(b > 12 >= a for a, b in pairs) or any(a > 12 >= b for a, b in pairs)
YEAR_IN = re.compile(r"\b\d{4}\b")


def in_the_year_of(start: str, end: str) -> str:
    """`start`'s month and day in the year of `end`, or of the year before where that falls after `end`."""
    year = int(end[:4])
    try:
        moved = date(year, int(start[5:7]), int(start[8:10]))
        if moved.isoformat() > end[:10]:
            moved = moved.replace(year=year - 1)
    except ValueError:
        return start
    return moved.isoformat() + start[10:]

# Two days before their one month: "Between 11 and 13 April", "11-13 April 2025"
DAYS_RANGE = re.compile(rf"(?:(?:[Bb]etween|[Ff]rom)\s)?(?P<aday>\d{{1,2}})(?:\s(?:and|to)\s|\s?[-–]\s?)"
                        rf"(?P<b>{DAY}\s{MON}(?:,?\s{YEAR})?)(?![\w-])")
YEAR_ALONE = re.compile(rf"(?:\b(?i:in|since|by|of|early|late|mid-?|the)|['’]s)\s(?P<year>{YEAR})\b(?!\s?[-–]\s?\d)")
# the end or start of a year is its last or first month: "declared a truce at the end of 2016"
YEAR_EDGE = re.compile(r"\bthe\s(?P<edge>end|beginning|start)\sof\s$", re.IGNORECASE)
# (at a sentence's start too, "In 2020, …"; and a side's year: "Russia's 2022 invasion")
# ("the 2015 peace deal", "the 2022 Black Sea Grain Initiative": a deal named by its year)
CLOCK_ON_DAY = re.compile(r"(?:midnight|noon|midday|dawn|daybreak|dusk) on \w", re.IGNORECASE)
DEADLINE = re.compile(r"(?:before|by)\s*$", re.IGNORECASE)
# (but a toll "since" a day dates the fighting it counts: "80 people have been killed since Thursday")
TOLL_SINCE = re.compile(r"(?:killed|died|dead|wounded|injured)\s+since\s*$", re.IGNORECASE)
# and a truce kept "since" a day began to hold then: "the FARC has observed a unilateral ceasefire since July 2015",
# "the ceasefire that has held along the front line since May 2003"
KEPT_SINCE = re.compile(r"\b(?:observ|respect|honou?r|in (?:force|effect|place)|talks\b[\w\s,-]{0,20}\bheld"
                        r"|\b(?:that|which|truce|ceasefire|it) ha(?:s|d) held)"
                        r"[\w\s-]{0,60}\bsince\s*$", re.IGNORECASE)  # (talks "held … since April 1994" opened then)
# and attacks a fronted "since" a day counts began that day: "Since 1 January an armed group has attacked the towns …"
FRONTED_SINCE = re.compile(r"(?:^|[.!?]\s+)Since\s*$")
ATTACKING_SINCE = re.compile(r",?\s*(?:[\w'’-]+\s){0,4}ha(?:s|ve)\s(?:attacked|shelled|bombed|struck|raided|stormed)\b")
NOT_ANCHOR = re.compile(r"(?:since|for the first time since|as of|until|before|by|compared (?:with|to)|than"
                        r"|since (?:the |its )?[a-z]+ in)\s*$",
                        re.IGNORECASE)  # ("an increase in violations compared with the previous day": not its day;
# nor the day of what a "since" names: "the first … since independence in 1948")


@dataclass
class Found:
    start: int
    end: int
    when: When
    anchor: bool = True  # false: a reference point ("since 2015"), not when something happened
    clause_offset_days: int | None = None  # "a day after X": the date of what X describes
    deadline: bool = False  # "before the end of June", "by Friday": when a planned event is due
    since: bool = False  # "has observed a ceasefire since 1 August 1997": when what goes on began, no day the story
    # is on


def _month(text: str) -> int:
    return MONTHS[text.strip(".").lower()[:3]]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def nearest_year(month: int, day: int, ref: date) -> date | None:
    """The year that puts month/day nearest `ref`; a date in the future counts double the distance."""
    best: tuple[float, date] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = date(year, month, day)
        except ValueError:
            continue
        delta = (cand - ref).days
        cost = abs(delta) * (2 if delta > 0 else 1)
        if best is None or cost < best[0]:
            best = (cost, cand)
    return best[1] if best else None


def _clock(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    t = text.lower().replace(" ", "")
    if t in ("midday", "noon"):
        return 12, 0
    if t == "midnight":
        return 0, 0
    m = re.match(r"(\d{2})(\d{2})(?=gmt|utc)", t) or re.match(r"(\d{1,2})(?:[.:](\d{2}))?([ap])?", t)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if (hour, minute) == (24, 0):
        return 23, 59  # "to 24:00 on Jan. 7": the day's last minute
    meridiem = m.group(3) if m.lastindex and m.lastindex >= 3 else None
    if meridiem == "p" and hour < 12:
        hour += 12
    if meridiem == "a" and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else None


def _count(text: str) -> int:
    text = text.lower().removeprefix("a ")
    if "-" in text:  # "twenty-five"
        return sum(NUMBER_WORDS.get(part, 0) for part in text.split("-")) or 1
    return int(text) if text.isdigit() else NUMBER_WORDS.get(text, 1)


def resolve_point(groups: dict[str, str | None], ref: date, future: bool, role: str = "start") -> When | None:
    """One POINT match, resolved against `ref`. `role` is "end" when it closes a range (midnight = end of day)."""
    g = {k: v for k, v in groups.items() if v}
    precision, day_value = "day", None
    if "md" in g or "dm" in g or "om" in g:
        text = g.get("md") or g.get("dm") or g.get("om")
        mon = re.search(MON, text)
        day_m = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", text.replace(mon.group(), " "))
        said = re.search(ORDINAL_DAY, text) if "om" in g else None
        year_m = re.search(YEAR, text)
        if not day_m and not said:
            return None
        month = _month(mon.group())
        day = DAY_ORDINALS[said.group().lower()] if said else _day(day_m.group())
        relative = re.search(r"(last|this|next)\syear", text)
        if year_m or relative:
            year = int(year_m.group()) if year_m else ref.year + {"last": -1, "this": 0, "next": 1}[relative.group(1)]
            try:
                day_value = date(year, month, day)
            except ValueError:
                return None
        else:
            day_value = nearest_year(month, day, ref)
    elif "num" in g:
        first, second, year = (int(part) for part in g["num"].split("/"))
        day, month = (first, second) if first > 12 or second <= 12 and DAY_FIRST.get() else (second, first)
        try:
            day_value = date(year, month, day)
        except ValueError:
            return None
    elif "iso" in g:
        try:
            day_value = date.fromisoformat(g["iso"])
        except ValueError:
            return None
    elif "wd" in g:
        target = WEEKDAYS[g["wd"].lower()]
        delta = (ref.weekday() - target) % 7
        day_value = ref + timedelta(days=(-delta % 7) if future and delta else -delta)
    elif "rel" in g:
        word = g["rel"].lower()
        day_value = ref + timedelta(days={"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0))
        # ("overnight": the night that ended on the report's day, dated by that day)
    elif "soon" in g:
        day_value = ref  # (read again from the story's last date: `DateTagger`)
    elif "sameday" in g:
        day_value = ref  # "Hours earlier, Hamas freed …": the day the story last named
    elif "nextday" in g:
        day_value = ref + timedelta(days=-1 if re.search(r"previous|before", g["nextday"]) else 1)
    elif "ago" in g:
        m = re.match(rf"({NUM})\s(day|week|fortnight|month|year)s?\s(\w+)", g["ago"], re.IGNORECASE)
        days = _count(m.group(1)) * UNIT_DAYS[m.group(2).lower()]
        sign = 1 if m.group(3).lower() in ("later", "after") else -1
        day_value = ref + timedelta(days=sign * days)
        if g["ago"].lower().endswith(("ago today", "ago this week")):  # "ten years ago today": this very day, so
            # many years back
            back = _count(m.group(1)) * {"year": 12, "month": 1}.get(m.group(2).lower(), 0)
            if back:
                months = ref.year * 12 + ref.month - 1 - back
                day_value = date(months // 12, months % 12 + 1, min(ref.day, 28 if months % 12 == 1 else 30
                                                                     if months % 12 in (3, 5, 8, 10) else 31))
            if back and g["ago"].lower().endswith("week"):  # "Twenty years ago this week": the week around that day
                return When(start=(day_value - timedelta(days=3)).isoformat(),
                            end=(day_value + timedelta(days=3)).isoformat(), precision="day")
        elif m.group(2).lower() in ("month", "year"):
            precision = "month"  # "a year after the truce", said in November 2025: November 2024, give or take
    elif "span" in g:
        return _calendar_span(g["span"].lower(), ref)
    elif "my" in g:
        mon = re.search(MON, g["my"])
        year_m = re.search(YEAR, g["my"])
        month = _month(mon.group())
        relative = re.search(r"(last|this|next)\syear", g["my"])
        if year_m:
            year = int(year_m.group())
        elif relative:  # "in August last year"
            year = ref.year + {"last": -1, "this": 0, "next": 1}[relative.group(1)]
        else:
            year = nearest_year(month, 15, ref).year
        return When(start=f"{year:04d}-{month:02d}", precision="month")
    clock = _clock(g.get("clock") or g.get("clock2") or g.get("clockonly"))
    if day_value is None:
        if clock is None:
            return None
        day_value = ref
        if clock == (0, 0) and role == "start":  # "at midnight" said during a day: the one that ends it
            day_value = ref + timedelta(days=1)
    if clock is not None:
        hour, minute = clock
        raw = (g.get("clock") or g.get("clock2") or g.get("clockonly") or "").lower()
        if raw == "midnight" and role == "end":
            hour, minute = 23, 59
        elif "tonight" in (g.get("rel") or "").lower() and hour < 6:
            day_value += timedelta(days=1)  # "00.01 tonight" is the first minute of tomorrow
        stamp = datetime(day_value.year, day_value.month, day_value.day, hour, minute)
        return When(start=stamp.strftime("%Y-%m-%dT%H:%M"), precision="minute")
    if precision in ("month", "year"):
        return When(start=day_value.isoformat()[: 7 if precision == "month" else 4], precision=precision)
    return When(start=day_value.isoformat(), precision="day")


def _calendar_span(text: str, ref: date) -> When:
    """ "next week" (Monday to Sunday), "last month", "this year": the calendar unit, as precise as it is."""
    which, unit = text.split()[-2:]
    step = {"next": 1, "following": 1, "last": -1, "previous": -1, "this": 0}[which]  # ("the following week" is
    # counted from the day the story last named)
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return When(start=monday.isoformat(), end=(monday + timedelta(days=6)).isoformat(), precision="day")
    if unit == "month":
        month = ref.month - 1 + step
        return When(start=f"{ref.year + month // 12:04d}-{month % 12 + 1:02d}", precision="month")
    return When(start=f"{ref.year + step:04d}", precision="year")


def _sub(groups: dict[str, str | None], prefix: str) -> dict[str, str | None]:
    return {k[len(prefix):]: v for k, v in groups.items() if k.startswith(prefix) and k != prefix[:-1]}


PART_OF = re.compile(rf"\b(?:[Tt]he\s)?(?:early\s|late\s)?{PART}\sof\s")
# Days named for the feast on them: "On New Year's Eve President Gustavo Petro announced …"
HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
            "christmas day": (12, 25), "orthodox christmas": (1, 7), "boxing day": (12, 26)}
HOLIDAY = re.compile(r"\b(?i:new year['’]s (?:eve|day)|christmas (?:eve|day)|orthodox christmas|boxing day)\b")


def find_dates(text: str, ref: date, future: bool = False) -> list[Found]:
    """Every date expression in `text`, resolved against `ref` (the article's date)."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or b <= s for a, b in taken)

    for m in HOLIDAY.finditer(text):
        day = nearest_year(*HOLIDAYS[m.group().lower().replace("’", "'")], ref)
        if day is not None:
            found.append(Found(m.start(), m.end(), When(start=day.isoformat(), precision="day", text=m.group())))
            taken.append((m.start(), m.end()))

    for m in DAYS_RANGE.finditer(text):
        b = SINGLE.fullmatch(m.group("b"))
        last = resolve_point(b.groupdict(), ref, future) if b else None
        if last is None or last.precision != "day" or int(m.group("aday")) >= int(last.start[8:10]):
            continue
        first = date.fromisoformat(last.start[:10]).replace(day=int(m.group("aday")))
        found.append(Found(m.start(), m.end(), When(start=first.isoformat(), end=last.start[:10], precision="day",
                                                    text=m.group().strip())))
        taken.append((m.start(), m.end()))
    for m in RANGE.finditer(text):
        groups = m.groupdict()
        a = resolve_point(_sub(groups, "a_"), ref, future, "start")
        if a is None or not free(m.start(), m.end()):
            continue
        if groups.get("bday") and a.start.endswith("T00:00") and "midnight" in (m.group("a") or "").lower():
            night = date.fromisoformat(a.start[:10]) + timedelta(days=1)
            if night.day == int(groups["bday"]):  # "from midnight on Feb. 24-25": the night between, as the 25th
                # begins
                found.append(Found(m.start(), m.end(), When(start=f"{night.isoformat()}T00:00", precision="minute",
                                                            text=m.group().strip())))
                taken.append((m.start(), m.end()))
            continue
        if groups.get("bday"):
            if a.precision != "day" or ("-" in m.group() and not re.search(MON, m.group("a") or "")):
                continue
            try:
                end = date.fromisoformat(a.start[:10]).replace(day=int(groups["bday"]))
            except ValueError:
                continue
            b = When(start=end.isoformat())
        else:
            b = resolve_point(_sub(groups, "b_"), ref, future, "end")
            if b is not None and a.precision == "day" and not YEAR_IN.search(m.group("a")) and \
                    YEAR_IN.search(m.group("b") or ""):
                a = replace(a, start=in_the_year_of(a.start, b.start))  # "from 31 October to 2 November 1992":
                # the first day in the year the range ends in, or the one before
        if b is None or b.start < a.start:
            continue
        when = When(start=a.start, end=b.start, precision=a.precision if a.precision == b.precision else "day",
                    text=m.group().strip())
        found.append(Found(m.start(), m.end(), when))
        taken.append((m.start(), m.end()))
    for m in SINGLE.finditer(text):
        if not m.group().strip() or not free(m.start(), m.end()):
            continue
        groups = m.groupdict()
        if groups.get("my") and not re.search(YEAR, groups["my"]) and _looks_like_may_verb(text, m):
            continue
        ahead = future
        if groups.get("wd"):
            before = text[max(0, m.start() - 12):m.start()].lower()
            ahead = future or re.search(r"\b(?:next|coming)\s+$", before) is not None  # "by next Monday"
            ahead = ahead and re.search(r"\b(?:last|past|previous)\s+$", before) is None  # "last Monday"
        when = resolve_point(groups, ref, ahead)
        if when is None:
            continue
        when.text = m.group().strip()
        item = Found(m.start(), m.end(), when)
        if groups.get("ago") and re.search(r"(after|before)$", groups["ago"].lower()):
            # "a day after <clause>": the clause happened N days before the main clause (here, the reference;
            # `_carry_day` counts from the sentence's own day, or the story's last one, where it has them)
            item.when = clause_day(m.group().strip(), ref) or item.when
            item.clause_offset_days = -1 if groups["ago"].lower().endswith("after") else 1
        found.append(item)
        taken.append((m.start(), m.end()))
    for item in found:  # "on the evening of 22 May": the part of the day is the date's, and what it hangs on
        part = PART_OF.search(text, max(0, item.start - 30), item.start)
        if part is not None and part.end() == item.start and item.when.precision == "day":
            item.start = part.start()
    for m in YEAR_ALONE.finditer(text):
        if free(m.start("year"), m.end("year")):
            edge = YEAR_EDGE.search(text[max(0, m.start("year") - 20):m.start("year")])
            found.append(Found(m.start("year"), m.end("year"), When(
                start=m.group("year"), precision="year", text=m.group("year")) if edge is None else When(
                start=f"{m.group('year')}-{'12' if edge.group('edge').lower() == 'end' else '01'}",
                precision="month", text=m.group("year"))))
    for item in found:
        before = text[max(0, item.start - 30):item.start]
        kept = KEPT_SINCE.search(text[max(0, item.start - 100):item.start]) is not None
        if NOT_ANCHOR.search(before) and kept:
            item.since = True
        if NOT_ANCHOR.search(before) and not TOLL_SINCE.search(before) and not kept and \
                not (FRONTED_SINCE.search(before) and ATTACKING_SINCE.match(text, item.end)):
            item.anchor = False
            item.deadline = DEADLINE.search(before) is not None
            if re.search(r"\b(?:just|shortly|minutes|moments)\s+before\s*$", before, re.I) and \
                    CLOCK_ON_DAY.match(item.when.text or "") and item.when.precision == "minute":
                item.anchor = True  # "Just before midnight on December 31, 1991, the two sides signed": that day
                item.when = When(start=item.when.start[:10], precision="day", text=item.when.text)
    found.sort(key=lambda f: f.start)
    for counted, named in zip(found, found[1:]):
        if _kinds(counted.when.text) == {"ago"} and re.search(YEAR, named.when.text or "") and \
                re.fullmatch(r",\s*(?:on|in)?\s*", text[counted.end:named.start]):
            counted.anchor = False  # "two years earlier, on July 10, 1951": the day named outright, not a count
            # from the article's day
    return found


def _looks_like_may_verb(text: str, m: re.Match[str]) -> bool:
    """ "Russia may agree" rather than the month; "in May", "since May", "last May" are the month."""
    word = m.group("my").strip()
    if re.search(r"\b(?:in|since|until|till|by|from|to|early|late|mid|of|last|next|this|during|before|after)[\s-]+$",
                 text[:m.start()], re.I):
        return False
    return word.lower() == "may" and not text[m.start():m.start() + 1].isupper() or (
        word == "May" and not re.match(rf"\s+(?:{YEAR}|\d)", text[m.end():]))


# "are to meet", "is due to take effect": what these verbs govern is still to come (the status reader reads them
# too); and, for dating only, what one agrees, decides or promises to do ("agreed to meet on Friday")
SCHEDULING = {"be", "set", "due", "plan", "schedule", "expect"}
COMMITTING = {"agree", "decide", "promise", "pledge", "intend",
              "order", "instruct", "direct", "command", "urge", "ask"}  # (and what one is told to do: "ordered
# Russian forces to observe a 36-hour ceasefire from noon on Friday", said on Thursday, is the coming Friday)


TIMETABLED = {"meet", "begin", "start", "resume", "open", "convene", "visit", "travel", "arrive", "hold", "sign",
              "expire", "gather", "vote", "fly"}  # verbs whose simple present with a weekday tells a plan


def timetabled(verb: Token) -> bool:
    """ "Trump and Putin meet in Anchorage on Friday", "the truce expires on Sunday": a simple present (no auxiliary)
    of a verb of scheduled things, with a weekday, tells what is set to happen."""
    scheduled = verb.lemma_.lower() in TIMETABLED or verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ in ("effect", "place", "hold") for c in verb.children) or \
        verb.lemma_.lower() == "come" and any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)
    # ("the truce takes effect on Tuesday", "comes into force on Sunday")
    return verb.tag_ in ("VBP", "VBZ") and scheduled and not any(
        c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) and any(
        g.lower_ in WEEKDAYS or g.lower_ in ("week", "month") and any(
            d.dep_ == "det" and d.lower_ in ("this", "next") for d in g.children)
        for c in verb.children if c.dep_ in ("prep", "npadvmod")
        for g in (c, *c.children) if g.dep_ in ("pobj", "npadvmod"))  # (also "resume … this week")


def committed_before(token: Token) -> bool:
    """Is the clause of `token` what a side had already agreed or pledged to do ("had agreed to observe a ceasefire
    from midnight on Wednesday"), so that its weekday may as well be past as to come?"""
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            break
        head = head.head
    start = any(t.lower_ in ("from", "since") for t in token.doc[max(token.i - 4, token.sent.start):token.i])
    # (the start of a state: "from midnight on Wednesday"; not "agreed to meet on Friday", a meeting to come)
    return start and head.tag_ == "VB" and head.dep_ in ("xcomp", "conj") and \
        head.head.lemma_.lower() in COMMITTING and head.head.tag_ in ("VBD", "VBN")


def nearer_back(back: str, ahead: str, ref: date) -> bool:
    """Is the past day nearer the report's day than the day to come (a weekday told of a commitment made: the
    nearer one, the coming one if they are as near)?"""
    return (ref - date.fromisoformat(back[:10])).days < (date.fromisoformat(ahead[:10]) - ref).days


def is_future(token: Token) -> bool:
    """Is the clause of `token` about the future ("will meet", "were to meet", "is due to take effect", "plans to",
    "Ceasefire to begin on Monday")?"""
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            break
        head = head.head
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo") for c in head.children) or timetabled(head):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in head.children) and \
            not any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
        return True  # "all hostages should be released by Saturday noon": a deadline still to come
    if (head.tag_ == "VB" or head.dep_ == "ccomp" and head.head.lemma_.lower() in ("say", "tell", "announce",
                                                                                   "confirm")) and any(
            c.dep_ == "aux" and c.lower_ == "would" for c in head.children):
        return True  # "said he would be waiting for Putin in Turkey on Thursday": a reported "will"; "under the
        # deal, a ceasefire would begin on Sunday": the plan's
    if head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in SCHEDULING | COMMITTING or \
            head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN")
    return False


def calendar_word(word: str) -> bool:
    """A month, a weekday or a time zone, as a date writes it ("Sept.", "Sunday", "GMT")."""
    bare = word.lower().rstrip(".")
    return bare in MONTHS or bare in FULL_MONTHS or bare == "sept" or bare in WEEKDAYS or \
        bare.upper() in ZONES


def _year_before(when: When) -> When:
    """The same date a year earlier (29 February becomes the 28th)."""
    def back(stamp: str | None) -> str | None:
        if not stamp:
            return stamp
        year = int(stamp[:4]) - 1
        rest = stamp[4:].replace("-02-29", "-02-28") if not (year % 4 == 0 and year % 100 or year % 400 == 0) \
            else stamp[4:]
        return f"{year:04d}{rest}"
    return When(start=back(when.start), end=back(when.end), precision=when.precision, text=when.text)


def is_past(token: Token) -> bool:
    """Is the clause of `token` told in the past ("the truce took effect at midnight": the midnight just gone)?"""
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            break
        head = head.head
    return head.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" or c.dep_ in ("aux", "auxpass") and
                                     c.tag_ == "VBD" for c in head.children)  # "were suspended at midnight"


YEAR_LEAD = re.compile(r"\s*((?:1[89]|20)\d\d)\s*[-–—:]\s")  # "1995 - …", "2012: …"


class DateTagger:
    """Doc in, Doc out: writes `doc._.tw_dates`, a list of (span, Found) for the doc's text."""

    def __call__(self, doc: Doc) -> Doc:
        ref = _ref_date(doc)
        results: list[tuple[Span, Found]] = []
        if ref is not None:
            for item in find_dates(doc.text, ref):
                span = doc.char_span(item.start, item.end, alignment_mode="expand")
                if span is None:
                    continue
                if item.when.precision in ("day", "minute") and "wd" in _kinds(item.when.text) and is_future(span.root):
                    redo = find_dates(item.when.text, ref, future=True)
                    if redo and not (committed_before(span.root) and nearer_back(item.when.start, redo[0].when.start,
                                                                                  ref)):
                        item.when = redo[0].when
                if item.when.start.endswith("T00:00") and _kinds(item.when.text) == {"clockonly"} and \
                        told_as_past(span):
                    item.when = When(start=f"{ref.isoformat()}T00:00", precision="minute", text=item.when.text)
                ahead = (ref + timedelta(days=31)).isoformat() if item.when.precision != "month" else \
                    ref.isoformat()[:7]  # (a month wholly after the report's: "signed … in January", in December)
                if item.when.start[:10] > ahead and \
                        not re.search(YEAR, item.when.text or "") and is_past(span.root):
                    # "ended its embargo in March", said in January; a day or two ahead is a late report
                    item.when = _year_before(item.when)
                results.append((span, item))
            ctx = getattr(doc._, "tw_ctx", None)
            if (lead := YEAR_LEAD.match(doc.text)) is not None and not any(
                    item.start <= lead.start(1) < item.end for _, item in results):
                # "1995 - The presidents of Bosnia, Croatia and Serbia initial a peace agreement": a list's point led
                # by its year; in an "On this day" column, the article's own month and day of that year
                year = lead.group(1)
                when = When(start=year + ref.isoformat()[4:10], precision="day",
                            text=f"{ref.strftime('%B')} {ref.day}, {year}") \
                    if ctx is not None and ctx.this_day else When(start=year, precision="year", text=year)
                span = doc.char_span(lead.start(1), lead.end(1), alignment_mode="expand")
                if span is not None:
                    results.insert(0, (span, Found(lead.start(1), lead.end(1), when)))
            if ctx is not None:
                _carry_day(doc, results, ctx)
        doc._.tw_dates = results
        return doc


def told_as_past(span: Span) -> bool:
    """Is a time told in the past ("took effect at midnight": the midnight just gone), or in the present of a line led
    by a past day ("28 Dec 1979: The ceasefire comes into force at midnight", a chronicle's present: the midnight that
    opens the line's day)?"""
    return is_past(span.root) or chronicle_present(span.doc)


def chronicle_present(doc: Doc) -> bool:
    """Is the doc a line led by a day before the report's, told in a chronicle's present (`doc._.tw_then`)?"""
    return bool(getattr(doc._, "tw_then", False))


def _carry_day(doc: Doc, results: list[tuple[Span, Found]], ctx) -> None:
    """A clock time with no day of its own is on the day the sentence just before named: "the truce took hold late
    on Sunday. It came into force at 11:30 pm" is Sunday's 11:30 pm, not the article's day; and "the next day", "two
    days later" count from that day. `ctx.last_day` carries the day from one sentence (and segment) to the next,
    past sentences that name none; `ctx.unread` holds the passages the parser skipped since, whose days are read
    only when such a time asks for the last day."""
    by_sentence: dict[int, list[tuple[Span, Found]]] = {}
    for span, item in results:
        by_sentence.setdefault(span.sent.start, []).append((span, item))
    story: dict[int, str] = {}  # sentence start -> the last day the passage has named by its end
    doc._.tw_story_day = story
    background: When | None = None  # the day a "came two days after <attack>" clause of the sentence before told
    for sent in doc.sents:
        items = by_sentence.get(sent.start, [])
        again = next((t for t in sent if t.lemma_.lower() in attack_words() and t.dep_ in ("dobj", "pobj", "nsubj") and
                      any(d.dep_ == "det" and d.lower_ in ("the", "that") for d in t.children)), None)
        if not items and background and again is not None and is_past(sent.root):
            # "The announcement came two days after a drone attack killed three U.S. soldiers … Washington blamed
            # the attack on Iran-backed militias and vowed to respond": the attack's story goes on, on its day
            results.append((doc[again.i:again.i + 1], Found(again.idx, again.idx + len(again.text), When(
                start=background.start[:10], precision="day", text=background.text))))
            items = by_sentence.setdefault(sent.start, [])
            items.append(results[-1])
        background = None
        also = next((t for t in sent.root.children if t.dep_ == "advmod" and t.lower_ == "also"), None)
        if not items and also is not None and ctx.last_day and is_past(sent.root):
            # "… agreed on Thursday to continue the ceasefire. The two sides also agreed to set up a mechanism": the
            # same occasion, on the day the sentence before named
            results.append((doc[also.i:also.i + 1], Found(also.idx, also.idx + 4, When(
                start=ctx.last_day, precision="day", text=also.text))))
        days = [item for _, item in items if item.anchor and item.when.precision in ("day", "minute") and
                _kinds(item.when.text) - {"clockonly", "part", "soon"} and item.clause_offset_days is None and
                not item.since]  # ("within days": no day the story moves on to)
        own_days = [item for item in days if not narrated(item.when.text or "")]  # (not "a day later")
        if len(items) == 1 and items[0][1].when.precision == "day" and \
                len([t for t in sent if not t.is_punct]) == len([t for t in items[0][0] if not t.is_punct]):
            ctx.stamp_day = items[0][1].when.start[:10]  # a line that is only a day: the entries below are on it
        if len(items) == 1 and items[0][1].when.precision == "month" and re.search(YEAR, items[0][1].when.text or "") \
                and items[0][0].start == sent.start and all(t.is_punct for t in doc[items[0][0].end:sent.end]):
            ctx.stamp_month = items[0][1].when.start[:7]  # a line that is only a month ("December 2012. Trend: …"):
            ctx.last_day, ctx.last_dated = None, ctx.stamp_month + "-15"  # the entries below tell its days
        for span, item in items:
            if (_kinds(item.when.text) & {"md", "dm", "om", "num"} and item.when.precision in ("day", "minute") or
                    _kinds(item.when.text) == {"my"} and item.when.precision == "month") and \
                    not re.search(YEAR, item.when.text or "") and not re.search(OF_YEAR, item.when.text or ""):
                # (a month alone too: "… first met at Burnham in July 1997 … A second round in October")
                month_alone = _kinds(item.when.text) == {"my"}
                last = ctx.last_dated if month_alone else ctx.last_day or ctx.last_dated  # ("In November 1989 …
                # On November 16, soldiers killed …": the day of the month the story told with its year)
                told = [it for sp, it in items if sp.end <= span.start and re.search(YEAR, it.when.text or "") and
                        it.when.precision in ("day", "minute", "month")] or ([] if last is None else [
                            Found(0, 0, When(start=last))])
                base = told[-1].when.start[:10] if told else None
                if base is not None and len(base) == 7:
                    base += "-15"
                if base is not None and ctx.reference and abs(
                        (date.fromisoformat(base) - date.fromisoformat(ctx.reference[:10])).days) > 180:
                    # "had agreed on June 23, 2016, to a ceasefire, which took effect on Aug. 29", told in 2026: the
                    # year the story is telling of, not the article's
                    if month_alone:  # a month told after it is that month or the next of its kind ("began in
                        # April 2022 and expired in October"); under a tracker's month, that month or one before
                        month = int(item.when.start[5:7])
                        year = int(base[:4]) + (month < int(base[5:7])) if ctx.stamp_month is None else \
                            int(base[:4]) - (month > int(base[5:7]))
                        item.when = When(start=f"{year:04d}-{month:02d}", precision="month", text=item.when.text)
                        continue
                    redo = find_dates(item.when.text or "", date.fromisoformat(base))
                    if redo:
                        redo[0].when.text = item.when.text
                        item.when = _nearer_year(redo[0].when, date.fromisoformat(base))
            if (item.when.text or "").lower() == "today" and ctx.last_day and ctx.reference and \
                    ctx.last_day < ctx.reference[:10] and \
                    (date.fromisoformat(ctx.reference[:10]) - date.fromisoformat(ctx.last_day)).days <= 3 and \
                    any(t.text in ('"', "“") for t in doc[sent.start:span.start]):
                item.when = When(start=ctx.last_day, precision="day", text=item.when.text)
                continue  # "Within hours of the ceremony on Friday, the leaders took to social media. 'Today
                # Azerbaijan and Armenia initialled …'": the quoted day is the one the story is on, not the paper's
            if _kinds(item.when.text) == {"soon"}:
                told = [it.when for sp, it in items if sp.end <= span.start and re.search(YEAR, it.when.text or "")]
                last = told[-1].start if told else ctx.last_dated
                item.when = When(start=last[:7], precision="month", text=item.when.text) if last else item.when
                item.anchor = last is not None
                continue  # "After nineteen days of street protest in April 2006, the king gave way … The Maoists
                # declared a three-month ceasefire within days": within days of what the story last dated, in its
                # month as far as this tells (and no date the story moves on to)
            if _kinds(item.when.text) == {"sameday"} and own_days:
                item.when = When(start=own_days[0].when.start[:10], precision="day", text=item.when.text)
                continue  # "accused Pakistan late on Saturday of violating a truce agreed only hours earlier"
            if _kinds(item.when.text) == {"clockonly"} and span.start <= sent.start + 1 and span.end < sent.end and \
                    (doc[span.end].text in ("-", "–", "—", ":") or _opens_entry(doc, span)) and \
                    (ctx.stamp_day or ctx.reference):
                # a live blog entry's stamp ("09:10 — Russian drones hit Sumy"): on the blog's day, not on the last
                # day an entry above named ("warned Trump in a call on Wednesday")
                base = ctx.stamp_day or ctx.reference[:10]
                redo = find_dates(item.when.text or "", date.fromisoformat(base))
                if redo:
                    redo[0].when.text = item.when.text
                    item.when = redo[0].when
                ctx.last_day, ctx.unread = base, []
                continue
            earlier = [it for sp, it in items if sp.end <= span.start and any(it is o for o in own_days)]
            month = [it for sp, it in items if sp.end <= span.start and it.anchor and it.when.precision == "month"
                     and re.search(YEAR, it.when.text or "")]
            if not earlier and month and item.anchor and narrated(item.when.text or "") and \
                    re.search(r"\bdays?\b", item.when.text or "", re.I):
                item.when = When(start=month[-1].when.start, precision="month", text=item.when.text)
                continue  # "In March 1996 the URNG suspended its offensive actions, and the army halted its
                # operations a few days later": days after a month are in that month, as near as it says
            if earlier and item.anchor and narrated(item.when.text or ""):
                redo = find_dates(item.when.text or "", date.fromisoformat(earlier[-1].when.start[:10]))
                if redo:  # "brokered a truce on Oct. 10, and the two sides declared a second one a week later":
                    redo[0].when.text = item.when.text  # a week after the day the same sentence named
                    item.when = redo[0].when
                    continue
            clock = _kinds(item.when.text) == {"clockonly"} and not days
            if item.anchor and (clock or narrated(item.when.text or "")) and ctx.unread:
                ctx.last_day = next(filter(None, (named_day(text, ctx.reference) for text in reversed(ctx.unread))),
                                    ctx.last_day)  # the day a skipped passage named, if any, is the last one told
                ctx.unread = []
            if ctx.last_day and item.anchor and (clock or narrated(item.when.text or "")):
                redo = find_dates(item.when.text or "", date.fromisoformat(ctx.last_day))
                if redo:
                    redo[0].when.text = item.when.text
                    item.when = redo[0].when
                    if (item.when.text or "").lower() == "midnight" and (
                            doc.text[:span.start_char].rstrip().lower().endswith("after") or
                            chronicle_present(doc)):
                        item.when.start = f"{ctx.last_day}T00:00"  # "early on Saturday … shortly after midnight":
                        # the midnight that opened that day; so in a chronicle's present (told_as_past)
        for _, item in items:
            if item.clause_offset_days is not None and item.anchor:
                base = days[0].when.start[:10] if days else ctx.lead_day if ctx.lead_day and the_news_came(sent) \
                    else ctx.last_day
                if base:
                    item.when = clause_day(item.when.text or "", date.fromisoformat(base)) or item.when
                    background = item.when if not days and item.when.precision == "day" else None
        dated = [item.when.start[:10] if item.when.precision != "month" else item.when.start[:7] + "-15"
                 for _, item in items if item.anchor and item.when.precision in ("day", "minute", "month") and
                 not item.since and re.search(rf"{YEAR}|\byears? ago\b|{OF_YEAR}", item.when.text or "", re.I)]
        # ("Twenty years ago", too; and "the end of June this year", after a story of 2007)
        if dated:
            ctx.last_dated = dated[-1]  # the last day or month the story told with its year, for a month told
            # without one after it ("… in July 1997 … A second round in October")
        if days:  # (the main clause's, before "a day after …"); a sentence naming no day leaves it as it was: "said
            # on Thursday it had accepted … The army did not respond. A day later, drones struck" is Friday
            ctx.last_day, ctx.unread = days[0].when.start[:10], []
            ctx.lead_day = ctx.lead_day or ctx.last_day
            story[sent.start] = ctx.last_day
        elif (later := [item.when.start[:7] + "-01" for _, item in items if item.anchor and
                        item.when.precision == "month" and ctx.last_day and _kinds(item.when.text) != {"soon"} and
                        item.when.start[:7] > ctx.last_day[:7]]):
            ctx.last_day = later[-1]  # a month told after the story's last day moves the story on: "… on April 10,
            # 2008. He failed to come again in November. … On December 14 the armies … attacked" is December 2008
            if story:
                story[sent.start] = story[max(story)]
        elif story:
            story[sent.start] = story[max(story)]


MONTH_HEAD = re.compile(rf"\s*(?P<month>{MON})\.? (?P<year>{YEAR})[.:](?:\s|$)")


def month_heading(text: str) -> str | None:
    """The month a tracker's entry is headed by ("December 2012. Trend: improved situation."), as "2012-12"; None
    for a line that does not open with a month and its year alone."""
    m = MONTH_HEAD.match(text)
    if m is None:
        return None
    found = find_dates(f"{m.group('month')} {m.group('year')}", date(int(m.group("year")), 12, 31))
    return found[0].when.start[:7] if found and found[0].when.precision == "month" else None


def _opens_entry(doc: Doc, span: Span) -> bool:
    """A clock time that opens a paragraph, a capitalised word after it, is a live page's entry stamp with no dash:
    "19:45 Iran fires about 180 ballistic missiles at Israel"."""
    before = doc.text[:span.start_char].rstrip(" \t")
    after = doc[span.end]
    return (not before or before.endswith("\n")) and after.text[:1].isupper() and \
        after.text.upper() not in ("GMT", "UTC", "CET", "EST", "ET", "BST", "AM", "PM", "A.M.", "P.M.")


@cache
def attack_words() -> frozenset[str]:
    """The words that name an attack told before again ("the attack", "the shooting"): triggers.json."""
    return frozenset(load("triggers")["referring"]) | {"attack", "strike", "airstrike"}


def the_news_came(sent: Span) -> bool:
    """Is the sentence "The talks came a day after …", "The announcement followed …": the article's own news, named
    again, on the day the story first told (not the day a paragraph before it named: "… the exchange agreed at the
    first round on May 16. … The talks came a day after Ukraine hit Russian air bases")?"""
    root = sent.root
    return root.lemma_.lower() in ("come", "follow") and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that")
                                                         for d in c.children) for c in root.children)


def clause_day(text: str, main: date) -> When | None:
    """The day of what a clause after "a day after" or "two days before" tells, counted from the main clause's day:
    "the announcement came a day after the alliance declared a truce" (the announcement on Wednesday: Tuesday);
    "struck two days before the truce took effect" (the strike on Friday: Sunday)."""
    m = re.match(rf"({NUM})\s(day|week|fortnight|month|year)s?\s(after|before)$", text.strip(), re.IGNORECASE)
    if m is None:
        return None
    sign = -1 if m.group(3).lower() == "after" else 1
    turned = "ago" if sign < 0 else "later"
    when = resolve_point({"ago": f"{m.group(1)} {m.group(2)} {turned}"}, main, False)
    if when is not None:
        when.text = text
    return when


def named_day(text: str, reference: str | None) -> str | None:
    """The first day a passage the parser skips names outright ("on Thursday", "Nov. 13"), for "a day later" after
    it; None where it names none, or the article has no date to count from."""
    if not reference:
        return None
    found = [f for f in find_dates(text, date.fromisoformat(reference[:10])) if f.anchor and
             f.when.precision in ("day", "minute") and not narrated(f.when.text or "")]
    return found[0].when.start[:10] if found else None


def calendar_named(text: str, reference: str | None) -> bool:
    """Does the passage name a day on the calendar ("on 23 October"), not only a weekday or a span ("this week")?"""
    if not reference:
        return False
    return any(f.anchor and calendar_day(f.when.text) for f in find_dates(text, date.fromisoformat(reference[:10])))


def narrated(text: str) -> bool:
    """ "The next day", "two days later", "the following week", "at 10 p.m. that night", "at midnight the next day":
    counted from the day the story last named, not from the article's."""
    kinds = _kinds(text)
    if kinds == {"span"} and re.match(r"the (following|previous) ", text.lower()):
        return True  # "the following week"
    return kinds in ({"nextday"}, {"nextday", "clock"}, {"sameday"}, {"sameday", "clock"}, {"sameday", "clock2"}) or \
        kinds == {"ago"} and re.search(r"(later|earlier|beforehand)$", text.lower()) is not None


def calendar_day(text: str | None) -> bool:
    """Does the date's text name its day on the calendar ("Sept. 17, 2024", "17 March", "2024-09-17"), not by a
    weekday or a word a report may use for its own day ("on Friday", "yesterday")?"""
    kinds = _kinds(text)
    return bool(kinds) and kinds <= {"md", "dm", "om", "iso", "num", "clock", "clock2", "part"}


def names_a_day(text: str | None) -> bool:
    """Does the date's text name a day ("Aug. 19", "on Saturday", "within hours" of one told), not only an hour of
    the day its sentence is on ("noon", "1600 GMT")?"""
    return not _kinds(text) <= {"clockonly", "clock", "part"}


def _kinds(text: str | None) -> set[str]:
    """The kinds of point a date's text is made of; a range's are its two ends' ("Wednesday until April 22"); a run of
    days in one month, its last day's ("19-21 June")."""
    m = SINGLE.fullmatch(text or "") or RANGE.fullmatch(text or "")
    if m is None and (days := DAYS_RANGE.fullmatch(text or "")) is not None:
        m = SINGLE.fullmatch(days.group("b"))
    return {k.removeprefix("a_").removeprefix("b_") for k, v in (m.groupdict() if m else {}).items()
            if v and k not in ("a", "b")}


def _ref_date(doc: Doc) -> date | None:
    ref = getattr(doc._, "tw_ref", None)
    if not ref:
        return None
    try:
        return date.fromisoformat(ref[:10])
    except ValueError:
        return None


def _nearer_year(when: When, base: date) -> When:
    """A day told without its year, read against a day of the story far from the article's: in the year after, where
    that is nearer ("6 February … NATO suspended its air strikes on 10 June": the same spring, not the one before)."""
    try:
        day = date.fromisoformat(when.start[:10])
        later = day.replace(year=day.year + 1)
    except ValueError:
        return when
    if when.end is not None or abs((later - base).days) >= abs((day - base).days):
        return when
    return When(start=f"{later.year:04d}{when.start[4:]}", precision=when.precision, text=when.text)


def _day_of(reference: str | None) -> date | None:
    """The article's day, as a date; None where it has none or it is no ISO day."""
    try:
        return date.fromisoformat(reference[:10]) if reference else None
    except ValueError:
        return None


# A post's stamp above it, in a channel or a feed: "🔴 BREAKING | 24 July, 09:40", "⚡ 24 July 2025, 11:20"
POST_STAMP = re.compile(r"^\W*(?:(?i:breaking|update|urgent|just in|flash|alert|latest|new)\s*[|:\-–—]?\s*)?"
                        r"(?P<day>\d{1,2} [A-Z][a-z]+\.?(?: \d{4})?|[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?"
                        rf"|{WEEKDAY}(?:,? (?:\d{{1,2}} [A-Z][a-z]+|[A-Z][a-z]+ \d{{1,2}}))?)"  # (a diary's "Monday")
                        r"(?:,? \d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?)?"
                        r"(?:,\s+(?P<place>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}))?\W*$")  # (a diary's "Wednesday 4
# June, Accra": the day, and where the writer was)


def post_stamp(line: str, reference: str | None, story: str | None = None) -> str | None:
    """The day a post's stamp line gives, as an ISO day (the last such day on or before the article's, where the
    stamp gives no year, or that day in the year the story is telling of: `story`, a day it told with its year, where
    that is far from the article's and the stamp's weekday, if it gives one, falls there); None for any other line."""
    m = POST_STAMP.match(line.strip())
    ref = _day_of(reference)
    if m is None or ref is None:
        return None
    found = find_dates(m.group("day"), ref)
    if not found or found[0].when.precision != "day":
        return None
    day = date.fromisoformat(found[0].when.start[:10])
    told = _day_of(story)
    if told is not None and not re.search(YEAR, m.group("day")) and abs((told - ref).days) > 180:
        # "Twenty years ago this week … Wednesday 4 June, Accra": the diary of that summer, not of this one
        try:
            then = day.replace(year=told.year)
        except ValueError:
            then = None
        weekday = re.match(WEEKDAY, m.group("day"))
        if then is not None and (weekday is None or then.strftime("%A") == weekday.group()):
            day = then
    return day.isoformat() if day <= ref else None


def stamp_place(line: str) -> str | None:
    """The place a post's stamp line names after its day ("Wednesday 4 June, Accra"), as written; None for none."""
    m = POST_STAMP.match(line.strip())
    return m.group("place") if m is not None else None


# A timeline's line led by its date: "Early December 2023 - The Jeddah talks are suspended", "24 Jun 2025 - …"
LINE_LEAD = re.compile(r"^\s*(?P<lead>(?:(?i:early|mid|late)[- ])?[^-–—:|]{3,30}?)\s+[-–—|]\s")


COLON_LEAD = re.compile(r"^\s*(?P<lead>[^:]{6,30}?):\s")
# A log's line, stamped with its day in figures and maybe its time: "26/04/2006 21:14 [ALL STAFF] Maoist chairman …"
STAMP_LEAD = re.compile(r"^\s*(?P<lead>\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?:,?\s+\d{1,2}:\d{2})?\s")


def lead_day(line: str, reference: str | None) -> str | None:
    """The day a dated list's line leads with, "26 August 1998: The government … signed a ceasefire … on Wednesday",
    as the day its weekdays and bare days are read from (that Wednesday is the line's day, not one before the
    report's); None where the line leads with no full date of its own."""
    led = _led_by(COLON_LEAD.match(line) or LINE_LEAD.match(line) or STAMP_LEAD.match(line), reference)
    if led is None or led[1].when.precision != "day" or not re.search(r"\b\d{4}\b", led[0]) or \
            len(led[0].strip()) > led[1].end - led[1].start:
        return None
    return led[1].when.start[:10]


def _led_by(m: re.Match[str] | None, reference: str | None) -> tuple[str, Found] | None:
    """The lead a line's pattern matched, and the one date found in it; None where there is not exactly one."""
    ref = _day_of(reference)
    if m is None or ref is None:
        return None
    found = find_dates(m.group("lead"), ref)
    return (m.group("lead"), found[0]) if len(found) == 1 else None


def line_lead(line: str, reference: str | None) -> When | None:
    """The date a timeline's line leads with, for what the line tells without a date of its own (the model may cut
    "Early December 2023 -" off as a sentence of its own); None where the line leads with no date."""
    led = _led_by(LINE_LEAD.match(line) or STAMP_LEAD.match(line), reference)
    if led is None or led[1].when.precision not in ("day", "month") or \
            len(led[0]) - (led[1].end - led[1].start) > len("early "):
        return None  # (the lead is a date, and only a date)
    when = led[1].when
    return When(start=when.start, precision=when.precision, text=led[0].strip())

