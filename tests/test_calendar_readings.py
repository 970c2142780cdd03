"""Readings batch 50 of our own articles asked for: a calendar file (iCalendar) read as its entries, each led by its
own day and place; a dated line's simple present told as that day's past; an event's evidence from the text's own
words. Each is tested on text written for it (the parse mends the batch led to are tested in test_reparse.py)."""

from records import codes, of_type
from trucewatch.ingest.clean import clean
from trucewatch.ingest.icalendar import entries, is_calendar
from trucewatch.nlp.article import own_words_from

CALENDAR = """Dayton at 30: the days in a calendar

BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teaching Archive//Dayton 30//EN
BEGIN:VEVENT
UID:d30-01@teaching.example
DTSTART;VALUE=DATE:19951101
SUMMARY:Proximity talks open in Dayton
DESCRIPTION:Peace talks on Bosnia begin at an air base near Dayton\\, Ohio\\,
  chaired by the US envoy Richard Holbrooke. Izetbegovic\\, Tudjman and
  Milosevic attend.
LOCATION:Dayton\\, Ohio
END:VEVENT
BEGIN:VEVENT
UID:d30-02@teaching.example
DTSTART;VALUE=DATE:19951121
SUMMARY:Agreement initialled
DESCRIPTION:The agreement\\, covering a new constitution\\, arrangements for
  elections and a ceasefire\\, is initialled by Izetbegovic\\, Tudjman and
  Milosevic.
LOCATION:Dayton\\, Ohio
END:VEVENT
END:VCALENDAR
"""


def _as_read(text, start, end, blank):
    line = text[start:end]
    for a, b, words in blank:
        line = line[:a - start] + words.ljust(b - a) + line[b - start:]
    return " ".join(line.split())


def test_a_calendar_is_read_as_its_entries_each_led_by_its_day():
    assert is_calendar(CALENDAR) and not is_calendar("BEGIN: the talks")
    lines = [_as_read(CALENDAR, a, b, blank) for a, b, blank, _ in entries(CALENDAR)]
    assert lines == [
        "Dayton at 30: the days in a calendar",
        "In Dayton, Ohio, 1 Nov 1995: Proximity talks open in Dayton",
        "1 Nov 1995: Peace talks on Bosnia begin at an air base near Dayton, Ohio, chaired by the US envoy Richard "
        "Holbrooke. Izetbegovic, Tudjman and Milosevic attend.",
        "In Dayton, Ohio, 21 Nov 1995: Agreement initialled",
        "21 Nov 1995: The agreement, covering a new constitution, arrangements for elections and a ceasefire, is "
        "initialled by Izetbegovic, Tudjman and Milosevic.",
    ]
    assert [prose for *_, prose in entries(CALENDAR)] == [False, False, True, False, True]
    assert len(clean(CALENDAR).segments) == 5  # (no "VERSION:2.0", no "UID:…" of its own)
    assert entries("Talks resume in Doha.") is None


def test_a_calendar_s_events_take_their_entry_s_day_and_place(extract):
    events = extract(CALENDAR, published="2025-11-01")
    talks = of_type(events, "talks")
    assert [(t.status, t.date.start) for t in talks] == [("held", "1995-11-01")]
    assert codes(talks[0], "mediator") == {"USA"} and {"BIH", "HRV", "SRB"} <= codes(talks[0], "participant")
    assert talks[0].evidence.text.startswith("Peace talks on Bosnia")  # (not the property lines before it)
    deals = of_type(events, "agreement")
    assert [(d.date.start, d.place.country) for d in deals] == [("1995-11-21", "USA")]
    truces = of_type(events, "ceasefire")  # (one of the terms the agreement covers)
    assert [(t.status, t.date.start) for t in truces] == [("agreed", "1995-11-21")]
    assert codes(truces[0], "participant") == {"BIH", "HRV", "SRB"}


def test_a_dated_line_tells_its_day_s_past_in_the_present(extract):
    told = "Timeline\n\n{}: The peace conference on Zimbabwe opens at Lancaster House in London.\n"
    assert [(t.status, t.date.start) for t in of_type(extract(told.format("10 September 1979"),
                                                              published="2019-09-10"), "talks")] == [
        ("held", "1979-09-10")]
    ahead = of_type(extract(told.format("10 September 2030"), published="2019-09-10"), "talks")
    assert [t.status for t in ahead if t.status == "held"] == []  # (a day to come: not yet held)


def test_evidence_starts_at_the_text_s_own_words():
    text = "UID:x-1\nDTSTART:19791228\nDESCRIPTION:The ceasefire comes into force."
    said = "28 Dec 1979:" + " " * (len(text) - len("28 Dec 1979:") - len("The ceasefire comes into force.")) + \
        "The ceasefire comes into force."
    assert text[own_words_from(said, text, 0):].startswith("The ceasefire")
    assert own_words_from("28, the Democratic Republic", "28. The Democratic Republic", 0) == 0  # (its own, reread)


def test_midnight_in_a_dated_line_s_present_is_the_one_that_opens_its_day(extract):
    told = "Timeline\n\n{}: The ceasefire in Bosnia comes into force at midnight.\n"
    [then] = of_type(extract(told.format("12 October 1995"), published="2020-10-12"), "ceasefire")
    assert then.date.start.startswith("1995-10-12")  # (as "took effect at midnight" is: not the 13th)
    [news] = of_type(extract("The ceasefire in Bosnia comes into force at midnight.", published="1995-10-11"),
                     "ceasefire")
    assert news.date.start == "1995-10-12T00:00"  # (said during a day: the midnight that ends it)
