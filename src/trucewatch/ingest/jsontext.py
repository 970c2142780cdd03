"""A document that is a JSON answer (a news search service's, an archive's export): its text fields read as lines.

The keys, the punctuation and the fields that hold no text (links, ids, the source) are not read; each text field
(a title, a description, the content) is a line of its own, spanning its value where it stands in the document, so
offsets still point into it. Escapes are read as the character they stand for ("\\u2026": an ellipsis, '\\"': a
quote mark) and a service's note of what it cut ("[+1840 chars]") as blank. Where an article's day field stands right
before its text, the text is read as led by that day ("26 August 1998: The government … signed a ceasefire … on
Wednesday"), so its weekdays and bare days are the article's own, not the answer's.
"""

from __future__ import annotations

import json
import re

TEXT_KEYS = {"title", "headline", "description", "summary", "content", "text", "body", "lead", "standfirst",
             "abstract", "snippet", "teaser"}
TITLE_KEYS = {"title", "headline"}
DAY_KEYS = {"publishedat", "published_at", "published", "pubdate", "date", "datepublished", "firstpublished"}
PAIR = re.compile(r'"(?P<key>[^"\\]{1,40})"\s*:\s*"(?P<value>(?:[^"\\]|\\.)*)"')
ESCAPE = re.compile(r"\\(?:u(?P<code>[0-9a-fA-F]{4})|(?P<char>.))")
SIMPLE = {"n": " ", "t": " ", "r": " ", "/": "/", "\\": "\\", '"': '"', "b": "", "f": ""}
CUT = re.compile(r"\s*\[\+\d+ chars\]\s*$")
ISO_DAY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def is_json(text: str) -> bool:
    """Is the whole text one JSON object or array?"""
    if text.lstrip()[:1] not in ("{", "["):
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _escapes(value: str, at: int) -> list[tuple[int, int, str]]:
    blank = []
    for m in ESCAPE.finditer(value):
        words = chr(int(m.group("code"), 16)) if m.group("code") else SIMPLE.get(m.group("char"), m.group("char"))
        blank.append((at + m.start(), at + m.end(), words if words.isprintable() else " "))
    if (cut := CUT.search(value)) is not None:
        blank = [s for s in blank if s[1] <= at + cut.start()] + [(at + cut.start(), at + cut.end(), "")]
    return blank


def day_words(day: re.Match[str], short: bool = False) -> str | None:
    """A matched day (groups year, month, day) as the words of a line's lead: "26 August 1998:" ("26 Aug 1998:",
    `short`, where the blank it is written in is small); None for no month."""
    month = int(day.group("month"))
    if not 1 <= month <= 12:
        return None
    return f"{int(day.group('day'))} {MONTHS[month - 1][:3] if short else MONTHS[month - 1]} {day.group('year')}:"


def text_fields(text: str) -> list[tuple[int, int, tuple[tuple[int, int, str], ...], bool]] | None:
    """(start, end, blank, is_title) of each text field of a JSON document, in order; None where the text is no
    JSON or holds no text field."""
    if not is_json(text):
        return None
    out = []
    day: tuple[int, str] | None = None  # (where the day field's value starts, the day as words)
    for pair in PAIR.finditer(text):
        key, value = pair.group("key").lower(), pair.group("value")
        start, end = pair.span("value")
        if key in DAY_KEYS and (found := ISO_DAY.match(value)) is not None:
            day = (start, words) if (words := day_words(found)) is not None else None
            continue
        if key not in TEXT_KEYS or not value.strip():
            day = None if key in TEXT_KEYS else day
            continue
        blank = _escapes(value, start)
        led = day is not None and key not in TITLE_KEYS and len(day[1]) < start - day[0]
        if led:
            blank.insert(0, (day[0], start, day[1]))  # (the gap from the day to the text: the day, read as words)
        out.append((day[0] if led else start, end, tuple(blank), key in TITLE_KEYS))
        day = None
    return out or None
