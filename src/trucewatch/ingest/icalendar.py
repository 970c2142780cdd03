"""A document that is, or holds, a calendar file (iCalendar, RFC 5545): each entry read as its title and its text.

A calendar's entries ("BEGIN:VEVENT" … "END:VEVENT") carry their words in properties: the summary, a title, and the
description, the text. Each is read as a line led by the entry's own day, the summary by its place too ("In London,
21 Dec 1979: Lancaster House Agreement signed", "21 Dec 1979: The agreement … is signed by Lord Carrington for
Britain …"), so its events are dated and placed by the entry, not by the page. The day and place are written in the
blank before the words (the property's name and the lines before it); the other properties (ids, stamps, links) and
the calendar's own lines are not read, a folded line's break is blank, and the escapes ("\\,", "\\;", "\\n") are
read as the characters they stand for. Lines outside the calendar (a page's heading above it) are read as they
stand. Offsets still point into the document: nothing is moved, only read otherwise, so a line folded inside a word
is read as two words.
"""

from __future__ import annotations

import re

from trucewatch.ingest.jsontext import day_words

BEGIN, END = "BEGIN:VCALENDAR", "END:VCALENDAR"
PROPERTY = re.compile(r"(?P<name>[A-Z][A-Z0-9-]*)(?P<params>(?:;[^:\r\n]*)?):")
TEXT_NAMES = ("SUMMARY", "DESCRIPTION")
DAY = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})")
ESCAPE = re.compile(r"\\(?P<char>[,;nN\\])")
ESCAPED = {",": ",", ";": ";", "n": " ", "N": " ", "\\": "\\"}
Blank = tuple[int, int, str]
Property = tuple[str, int, int, int, list[Blank]]  # (name, its line's start, its value's start, its end, its folds)


def is_calendar(text: str) -> bool:
    """Does the text hold a calendar with at least one entry?"""
    return BEGIN in text and "BEGIN:VEVENT" in text


def _physical(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, its break left out."""
    out, at = [], 0
    for line in text.splitlines(keepends=True):
        out.append((at, at + len(line.rstrip("\r\n"))))
        at += len(line)
    return out


def _properties(text: str, lines: list[tuple[int, int]]) -> list[Property]:
    """(name, where the property starts, where its value starts, where it ends, its folds) of each property, a
    folded line (one that opens with a space or a tab) joined to the property before it."""
    out: list[Property] = []
    for a, b in lines:
        if text[a:a + 1] in (" ", "\t") and out:
            name, start, value, end, folds = out[-1]
            folds.append((end, a + 1, ""))  # (the break and the fold's one space: nothing)
            out[-1] = (name, start, value, b, folds)
        elif (m := PROPERTY.match(text, a, b)) is not None:
            out.append((m.group("name"), a, m.end(), b, []))
    return out


def _day_words(value: str) -> str | None:
    return day_words(m, short=True) if (m := DAY.match(value)) is not None else None


def _value(text: str, prop: Property) -> str:
    """A property's value as words: its folds joined, its escapes read."""
    _, _, value, stop, folds = prop
    read = text[value:stop]
    for a, b, words in sorted(folds, reverse=True):
        read = read[:a - value] + words + read[b - value:]
    return ESCAPE.sub(lambda m: ESCAPED[m.group("char")], read).strip()


def _entry(text: str, begin: int, props: list[Property]) -> list[tuple[int, int, tuple[Blank, ...], bool]]:
    """An entry's lines: its summary, a title, and its description, prose, each led by the entry's day where it has
    one, written in the blank before its words (the property's name and the lines before it); the summary led by
    the entry's place too, where there is room ("In London, 21 Dec 1979: Lancaster House Agreement signed")."""
    day = next((_day_words(text[p[2]:p[3]]) for p in props if p[0] == "DTSTART"), None)
    where = next((_value(text, p) for p in props if p[0] == "LOCATION" and p[3] > p[2]), "")
    out = []
    at = begin
    for name, _, value, stop, folds in props:
        if name not in TEXT_NAMES or not text[value:stop].strip():
            continue
        lead = day or ""
        if name == "SUMMARY" and where and day is not None and len(f"In {where}, {day}") < value - at:
            lead = f"In {where}, {day}"
        blank: list[Blank] = [(at, value, lead if len(lead) < value - at else "")]
        blank.extend(folds)
        blank.extend((m.start(), m.end(), ESCAPED[m.group("char")]) for m in ESCAPE.finditer(text, value, stop))
        out.append((at, stop, tuple(blank), name == "DESCRIPTION"))
        at = stop  # (the next text's blank runs from here: the break and the property's name)
    return out


def entries(text: str) -> list[tuple[int, int, tuple[Blank, ...], bool]] | None:
    """(start, end, blank, prose) of each line a text holding a calendar is read as: its calendar's entries'
    summaries and descriptions, and the lines outside the calendar as they stand; None where it holds no calendar."""
    if not is_calendar(text):
        return None
    out: list[tuple[int, int, tuple[Blank, ...], bool]] = []
    inside, begin = False, None  # (inside the calendar; where the entry being read begins)
    held: list[tuple[int, int]] = []  # the lines of the entry being read
    for a, b in _physical(text):
        line = text[a:b].strip()
        if line == BEGIN:
            inside = True
        elif line == END:
            inside = False
        elif not inside:
            if line:
                out.append((a, b, (), False))
        elif line == "BEGIN:VEVENT":
            held, begin = [], a
        elif line == "END:VEVENT" and begin is not None:
            out.extend(_entry(text, begin, _properties(text, held)))
            begin = None
        elif begin is not None:
            held.append((a, b))
    return out or None
