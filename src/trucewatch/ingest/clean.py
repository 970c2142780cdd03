"""Cleaning before NLP, without ever rewriting the text.

The evidence offsets we publish point into the document's own `text`, so cleaning does not produce a new string:
it cuts the text into `Segment`s (a headline, a paragraph, a list item) and leaves page furniture out. Each segment
is parsed on its own, so a headline never fuses with the body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from trucewatch.ingest import icalendar, jsontext, markup, verdicts

BULLET = re.compile(r"^(\s*)([•·▪◦*]|[-–](?=\s))\s*")
AS_OF = re.compile(r"\bas of (?:\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?,? )?(?:on )?(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}|"
                   r"[A-Z][a-z]+\.? \d{1,2}, \d{4})")
# A picture's credit after its caption: "… on May 12. Photo: AFP", "… (Photo: Reuters)"
CREDIT = re.compile(r"(?<=[.!?”\"])\s+\(?(?:photo|photograph|picture|image)s?(?: credit)?:\s*[^.()]{1,60}\)?\s*$",
                    re.IGNORECASE)
TABLE_ROW = re.compile(r"\|\s*(?P<cells>.*?)\s*\|?")  # "| April 18 | A 24-hour truce … collapses. |"
# "row,month,day,location,actor1,actor2,fatalities,notes": the header of rows of comma-separated values
CSV_HEADER = re.compile(r"[A-Za-z_][\w ]{0,23}(?:,[A-Za-z_][\w ]{0,23}){2,}")
TEXT_HEADS = frozenset({"notes", "note", "description", "event", "events", "summary", "details", "text", "what"})
# "24 Jun 2025 - Ceasefire takes hold", "June 22, 2025 | U.S. bombs three sites": a feed's or a list's line led by its
# own full day, which tells its event whether or not it reads like a headline
DATED_LINE = re.compile(r"(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})"
                        r"(?:,? \d{1,2}[:.]\d{2}(?: ?(?:GMT|UTC|[A-Z]{2,4}T))?)?\s*[-–—|:]\s")  # (an agency's snap:
# "10 Dec 2024 14:20 GMT - …")
# "1. Ukraine must withdraw …", "Article 1 — The parties agree to …": a numbered point of a list
NUMBERED_POINT = re.compile(r"\s*(?:\d{1,2}[.)]|Article \d{1,3}\s?[—–:-])\s")
# A transcript's speaker, named in capitals before a colon: "SHEIKH MOHAMMED BIN ABDULRAHMAN AL THANI: …", "Q: …"
SPEAKER = re.compile(r"(?P<speaker>[A-Z][A-Z.'’ -]{0,60}[A-Z.]|[A-Z])\s*:\s+(?=\S)")
TIMESTAMP = re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\]\s*")  # "[00:00:41] HOST: …": a transcript's clock, no time
# "06:30 Operation Storm: …", "13:30  Panel 2: The General Agreement …": a podcast's chapter marks or a programme's
# times down the margin, each line a point of a list; the clock tells where in the episode or the day, not when (a
# live page's "16:05 — Two soldiers killed", its clock set off by a dash, or its entries in sentences, tells when)
CLOCK_MARK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s+(?=[^\s—–|-])")
CLOCK_LINES = 3  # lines led by a clock that make a list of them
# "KYIV, Jan 7 (Reuters) -", "MOSCOW (AP) —", "ISTANBUL, June 2 —", "JEDDAH, Saudi Arabia, March 11 (AP) -",
# "MOSCOW/WASHINGTON, March 18 (Reuters) -", "ADDIS ABABA, 12 September 2018 -", "MOSCOW, March 5 (Xinhua) --": a
# capitalised place (or two), maybe its country or state, a date and an agency.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’/-]{2,40}?)(?:, (?P<region>[A-Z][a-z.]+(?: [A-Z][a-z.]+){0,2}))?"
    r"(?:, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?))?"
    r"(?: \((?P<agency>[A-Za-z .]{2,30})\))? ?[-—–]{1,2} "
)
# A statement's own line of place and day, alone before its text: "Ankara, 11 December 2024", "Public Notice, Department
# of State, 5 March 2025"
DATE_LINE = re.compile(r"(?:[A-Z][\w .'’-]{1,40}, ){1,2}(?P<date>\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|"
                       r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})")
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str  # "headline", "body", "item", "claim" (what a fact check checks)
    speaker: str | None = None  # a transcript's label for who says it ("AL THANI", "QUESTION"), cut off the text
    dateline: str | None = None  # the country of a later item's own dateline ("BISHKEK — …" in a world briefing)
    columns: tuple[str, ...] | None = None  # a table row's column headings, lower-cased ("date", "place", "killed")
    separator: str = "|"  # what parts a table row's cells ("," in rows of comma-separated values)
    blank: tuple[tuple[int, int, str], ...] = ()  # (start, end, words) from the segment's start: spans read as
    # the words given, kept in length ("" for none): the cue numbers and time codes inside a sentence of subtitles


@dataclass
class Cleaned:
    segments: list[Segment]
    dateline_date: str | None = None
    date_line: str | None = None  # a statement's line of place (or issuer) and day, cut from the text
    dateline_place: tuple[str, str | None] | None = None  # a wire story's dateline: its city and region or country


@lru_cache(maxsize=1)
def furniture_patterns() -> tuple[re.Pattern[str], ...]:
    raw = json.loads(resources.files("trucewatch.data").joinpath("furniture.json").read_text("utf-8"))
    return tuple(re.compile(p, re.IGNORECASE) for p in raw["lines"])


# Page furniture is short: a line longer than this is prose that happens to hold an embed or a byline-like phrase
# (a paragraph quoting a tweet), and is kept.
FURNITURE_MAX = 300


@lru_cache(maxsize=1)
def link_list_headings() -> tuple[re.Pattern[str], ...]:
    raw = json.loads(resources.files("trucewatch.data").joinpath("furniture.json").read_text("utf-8"))
    return tuple(re.compile(p, re.IGNORECASE) for p in raw["link_lists"])


@lru_cache(maxsize=1)
def paragraph_label() -> re.Pattern[str]:
    """ "Summary: Russia's truce took effect …": a live page's label before the paragraph's own first word."""
    raw = json.loads(resources.files("trucewatch.data").joinpath("furniture.json").read_text("utf-8"))
    words = "|".join(sorted((re.escape(w) for w in raw["labels"]), key=len, reverse=True))
    return re.compile(rf"(?P<label>{words})\s*[:—–-]\s+(?=\S)", re.IGNORECASE)


@lru_cache(maxsize=1)
def operative_verbs() -> frozenset[str]:
    """ "calls", "demands", "decides": the verbs that open a resolution's numbered paragraphs."""
    raw = json.loads(resources.files("trucewatch.data").joinpath("furniture.json").read_text("utf-8"))
    return frozenset(raw["operative_verbs"])


OPERATIVE = re.compile(r"(?:\(?\d{1,2}[.)]|\([a-z]\))\s+(?P<verb>[A-Z][a-z]+)\b")


def operative_at(line: str) -> int | None:
    """Where the verb of a resolution's numbered paragraph starts ("1. Calls for an immediate ceasefire …": 3), or
    None where the line is no such paragraph."""
    m = OPERATIVE.match(line)
    return m.start("verb") if m and m.group("verb").lower() in operative_verbs() else None


# A glossary's entry: its head term (a few words, no verb in the lower case) and a full stop, then the definition.
GLOSSARY_ENTRY = re.compile(r"(?P<head>[A-Z0-9][\w'’()-]*(?: [\w'’()-]+){0,5})\. (?P<defn>[A-Z])")
GLOSSARY_MIN = 4  # entries in alphabetical order that make a passage a glossary


def glossary_heads(lines: list[str]) -> list[int | None]:
    """For each line, where its glossary head ends (the offset of the full stop after "Malaysia" in "Malaysia. The
    facilitator of the talks since 2001"), or None. A line is an entry only in a run of at least GLOSSARY_MIN entries
    whose heads go in alphabetical order: a bulletin's "Yemen. A third day of prisoner releases …" stays a bulletin."""
    heads = [GLOSSARY_ENTRY.match(line) for line in lines]
    out: list[int | None] = [None] * len(lines)
    run: list[int] = []
    for n, head in enumerate([*heads, None]):
        key = head.group("head").casefold() if head is not None else None
        if key is not None and (not run or heads[run[-1]].group("head").casefold() < key):
            run.append(n)
            continue
        if len(run) >= GLOSSARY_MIN:
            for k in run:
                out[k] = heads[k].end("head")
        run = [n] if key is not None else []
    return out


# A quiz: numbered questions, each with its lettered options on the next line, and a key that gives each question's
# letter ("1 a) NATO began bombing on 24 March 1999 … 2 b) The Rambouillet talks ran from 6 February.")
QUIZ_QUESTION = re.compile(r"(?P<n>\d{1,2})[.)] .*\?\s*$")
QUIZ_OPTION = re.compile(r"(?:^|\s)(?P<letter>[a-e])\) ")
QUIZ_MARK = re.compile(r"(?:^|(?<=[.!?] ))(?P<n>\d{1,2}) (?P<letter>[a-e])\) ")
QUIZ_MIN = 2  # questions the key must answer


@dataclass
class QuizKey:
    answers: dict[int, str]  # line index of a question -> the text of the option its key gives
    marks: dict[int, list[tuple[int, int]]]  # line index of a key -> where its marks ("2 b) ") stand in it


def quiz_key(lines: list[str]) -> QuizKey:
    """The answers a quiz's key gives its questions, and where its marks stand: the marks are no words of the text
    (a sentence of the key runs on across "February. 3 b) Ahtisaari" otherwise), and a question's answer is what its
    "where" or "when" asks. Empty where the lines are no quiz."""
    options: dict[int, tuple[int, dict[str, str]]] = {}  # question number -> (its line, letter -> option)
    for n, line in enumerate(lines[:-1]):
        question = QUIZ_QUESTION.match(line.strip())
        opened = list(QUIZ_OPTION.finditer(lines[n + 1]))
        if question is None or len(opened) < 2 or not lines[n + 1].lstrip().startswith("a)"):
            continue
        texts = {m.group("letter"): lines[n + 1][m.end():(opened[k + 1].start() if k + 1 < len(opened) else None)]
                 .strip() for k, m in enumerate(opened)}
        options[int(question.group("n"))] = (n, texts)
    answers: dict[int, str] = {}
    marks: dict[int, list[tuple[int, int]]] = {}
    last = max((n for n, _ in options.values()), default=len(lines))
    for k, line in enumerate(lines[last + 2:], start=last + 2):
        found = [m for m in QUIZ_MARK.finditer(line) if int(m.group("n")) in options]
        if not found:
            continue
        marks[k] = [(m.start(), m.end()) for m in found]
        for m in found:
            at, texts = options[int(m.group("n"))]
            if m.group("letter") in texts:
                answers[at] = texts[m.group("letter")]
    if len(answers) < QUIZ_MIN:
        return QuizKey({}, {})
    return QuizKey(answers, marks)


# A piece of a paper's, cited by the day it ran and its page: "Our report on the truce in Yemen (World, 2 April, page
# 14) said …", "A picture caption on 2 April said …", "Your article on the anniversary of the agreement (15 October) was
# right …". The day is the piece's, not the day of what it told.
PIECE = re.compile(r"\b(?:[Oo]ur|[Yy]our|[Aa]n?|[Tt]his|[Tt]hat) (?:[\w-]+ ){0,2}?(?:report|article|story|editorial|"
                   r"leader|column|piece|profile|obituary|review|caption|headline|graphic|map|analysis|feature|"
                   r"interview|letter|explainer)s?\b")
CITED_DAY = r"(?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.? \d{1,2})\b(?:,? \d{4})?"
RAN_ON = re.compile(rf" (?:on|of|dated) {CITED_DAY}")  # right after the piece: "A picture caption on 2 April"
CITATION = re.compile(rf""" \((?=[^()"“”]*(?:{CITED_DAY}|\bpages? \d))[^()"“”]{{1,120}}\)""")  # (not the piece's
# headline, quoted: "Missiles hit Odesa fuel depots" is where "the city" of the claim is)
CITING_VERB = re.compile(r"[.!?](?:\s|$)| (?:wrongly |incorrectly |mistakenly )?(?:said|says|was|were|is|gave|"
                         r"called|described|stated|reported|misstated|suggested|claimed|referred)\b")


# A thread's numbered posts: "1/ Done. At 1300 today …", "8/ Next: … I'll be in Tetovo. /end"
POST_NUMBER = re.compile(r"\s*(?P<n>\d{1,2})/(?:\d{1,2})?(?=\s)")
THREAD_END = re.compile(r"\s/end\.?\s*$", re.IGNORECASE)


def thread_marks(lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """The post numbers of a thread, and its closing "/end": marks, no words of the text. Only where two lines or
    more open with such numbers, counting from 1 ("2/3" in a score is no post)."""
    numbered = {n: m for n, line in enumerate(lines) if (m := POST_NUMBER.match(line)) is not None}
    if len(numbered) < 2 or numbered[min(numbered)].group("n") != "1":
        return {}
    marks = {n: [(m.start(), m.end())] for n, m in numbered.items()}
    last = max(numbered)
    if (end := THREAD_END.search(lines[last])) is not None:
        marks[last].append((end.start(), end.end()))
    return marks


# A cable's paragraph marks: its number and its classification, "1. (U) Summary: …", "3. (C) FM Hasanov told …"
CABLE_MARK = re.compile(r"\s*\d{1,2}\.\s+(?P<mark>\((?:U|C|S|SBU|TS|NF|S/NF|C/NF|SBU/NF)\))\s")


def cable_marks(lines: list[str]) -> dict[int, list[tuple[int, int]]]:
    """The numbers and classification marks of a cable's paragraphs, no words of the text; only where two paragraphs
    or more carry one."""
    marked = {n: m for n, line in enumerate(lines) if (m := CABLE_MARK.match(line)) is not None}
    return {n: [(m.start(), m.end("mark"))] for n, m in marked.items()} if len(marked) >= 2 else {}


def citations(line: str) -> list[tuple[int, int]]:
    """Where a line cites a piece by its day and page, up to the verb that says what the piece said; these are no
    day or place of any event the line tells."""
    spans = []
    for piece in PIECE.finditer(line):
        verb = CITING_VERB.search(line, piece.end())
        stop = verb.start() if verb is not None else len(line)
        if (ran := RAN_ON.match(line, piece.end())) is not None:
            spans.append((ran.start(), ran.end()))
        spans += [(m.start(), m.end()) for m in CITATION.finditer(line, piece.end(), stop)]
    return spans


@lru_cache(maxsize=1)
def alert_labels() -> frozenset[str]:
    """ "BREAKING", "UPDATE": labels of a news alert, whose line is a report, not a headline."""
    raw = json.loads(resources.files("trucewatch.data").joinpath("furniture.json").read_text("utf-8"))
    return frozenset(raw["alert_labels"])


@lru_cache(maxsize=1)
def claim_label() -> re.Pattern[str]:
    """ "CLAIM: Posts shared widely on social media say …": the paragraph of a fact check that states what it checks."""
    raw = json.loads(resources.files("trucewatch.data").joinpath("furniture.json").read_text("utf-8"))
    words = "|".join(sorted((re.escape(w) for w in raw["claim_labels"]), key=len, reverse=True))
    return re.compile(rf"(?:{words})\s*:\s+(?=\S)", re.IGNORECASE)


def heads_links(line: str) -> bool:
    """ "Related Coverage", "More on this story": a heading whose list items are links to other stories."""
    stripped = line.strip()
    return len(stripped) <= 60 and any(p.fullmatch(stripped) for p in link_list_headings())


def is_furniture(line: str) -> bool:
    stripped = BULLET.sub("", line).strip()
    return len(stripped) <= FURNITURE_MAX and any(p.fullmatch(stripped) for p in furniture_patterns())


def looks_like_headline(line: str) -> bool:
    """Short, with no closing full stop, and either Title Case or a sentence-case deck: a title or subheading."""
    words = re.findall(r"[A-Za-z][\w’'&.-]*", line)
    if not words or len(line) > 160 or line.rstrip().endswith((".", "?", "!", ":", ",", ";", "”", '"', "’")) \
            and len(words) > 3:
        return False
    if line.lstrip()[:1].islower() and len(words) > 3:
        return False  # ("the tripoli agreement that the government … signed in libya": a caption's words, no title)
    if len(words) <= 20 and line.rstrip()[-1:].isalnum():
        return True
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in long_words)
    return len(words) <= 3 or (bool(long_words) and capitalised / len(long_words) >= 0.6)


def cells(row: str, separator: str = "|") -> list[tuple[int, int]]:
    """Where each cell of a table row lies in its text; a separator inside double quotes parts nothing ("3,Ab'a,\"The
    government and the FRUD signed a peace agreement, ending …\"")."""
    out, start, quoted = [], 0, False
    for i, char in enumerate(row):
        if char == '"' and separator == ",":
            quoted = not quoted
        elif char == separator and not quoted:
            out.append((start, i))
            start = i + 1
    return [*out, (start, len(row))]


def _csv_blank(row: str, heads: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    """A row of comma-separated values read as its text cells alone: the others (its number, day, place, sides and
    toll) are read from the columns, and the quotes around a text are no words."""
    blank = []
    for (a, b), head in zip(cells(row, ","), heads):
        if head not in TEXT_HEADS:
            blank.append((a, b + 1 if b < len(row) else b, ""))  # (with the comma after it)
        elif row[a:b].startswith('"') and row[a:b].endswith('"') and b - a >= 2:
            blank += [(a, a + 1, ""), (b - 1, b, "")]
    return tuple(blank)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, ends excluding the newline and trailing space."""
    spans, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped_end = pos + len(body.rstrip())
        lead = len(body) - len(body.lstrip())
        if body.strip():
            spans.append((pos + lead, stripped_end))
        pos += len(raw)
    return spans


def _year_of(published: str | None) -> int | None:
    return int(published[:4]) if published and published[:4].isdigit() else None


def dateline_date(raw: str, year: int | None) -> str | None:
    m = re.fullmatch(r"(?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2})(?:, (?P<year>\d{4}))?", raw) or \
        re.fullmatch(r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]{2,8})\.?(?: (?P<year>\d{4}))?", raw)
    if not m or m.group("month")[:3].lower() not in MONTHS:
        return None
    y = int(m.group("year")) if m.group("year") else year
    if y is None:
        return None
    try:
        return date(y, MONTHS[m.group("month")[:3].lower()], int(m.group("day"))).isoformat()
    except ValueError:
        return None


CUE_TIME = re.compile(r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3} ?--> ?\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\b.*")
CUE_NUMBER = re.compile(r"\d{1,5}")
CUE_LABEL = re.compile(r"\[[^\]\n]{1,80}\]\s*")  # "[NARRATOR] ", "[MUSIC]": who speaks, or a sound
# A note's number set after a sentence's last word and stop, as a PDF's text gives a raised one: "… as
# facilitator.1 On 19 April …", "… on 25 February 2002.1 On …", "… on the transition.2" at a paragraph's end
NOTE_MARK = re.compile(r"(?:(?<=[a-z]{2}[.,;:])|(?<=\b\d{4}[.,;:]))\d{1,2}(?=\s+[A-Z“\"]|\s*$)", re.MULTILINE)
# A page hard-wrapped at a width: at least this many lines, none wider than WRAP_MAX, half of them at least this
# share of the widest
WRAPPED_LINES, WRAP_MAX, FULL_LINE = 8, 100, 0.8
# A log's line: its day in figures, maybe its time, and a bracketed label of whom it goes to, before the text, and
# the sender's initials after it ("26/04/2006 21:14 [ALL STAFF] Maoist chairman … -SD")
STAMPED = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:,?\s+\d{1,2}:\d{2})?\s+(?P<label>\[[^\]\n]{1,30}\]\s*)?")
SIGNED_OFF = re.compile(r"\s[-–]\s?[A-Z]{1,4}\s*$")
# A listing's field, named before a colon: "City            : Monrovia"
LISTED_FIELD = re.compile(r"[A-Z][\w /&().-]{0,40}?\s*:\s")
LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")  # where a wrapped paragraph's line ends and the next begins
# A Markdown note's mark, in the text ("… that Norway had brokered.[^1]") or before the note itself ("[^1]: Norway's
# role was …")
MARKDOWN_NOTE = re.compile(r"\[\^[\w-]{1,12}\](?::[ \t]*)?")
# A word broken at a line's end, as a printed page (or its text drawn from a PDF) breaks it: "reject-⏎ed"
HYPHEN_BREAK = re.compile(r"(?P<head>[A-Za-z]+)-[ \t]*\r?\n[ \t]*(?P<tail>[a-z]+)")
SENTENCE_DONE = re.compile(r"""[.!?…]["'”’)]*$""")


@dataclass
class Line:
    """A span of the text read as one line, and what in it is read otherwise: (start, end, words) spans of the
    text, read as `words` padded with spaces to the span's length."""
    start: int
    end: int
    blank: tuple[tuple[int, int, str], ...] = ()
    prose: bool = False  # never a headline, however many capitals it has


def _subtitles(spans: list[tuple[int, int]], text: str) -> list[Line] | None:
    """A subtitle file's cues (a number, a time code, a line or two of words) read as running text: the words of
    cues in a row join until a sentence ends or a label opens a new speaker's; numbers, time codes, labels and
    sounds ("[MUSIC]") are blanked or dropped. Lines before the first cue (a title) stay lines of their own. None
    where the text is no subtitle file."""
    if sum(CUE_TIME.fullmatch(text[a:b]) is not None for a, b in spans) < 2:
        return None
    out: list[Line] = []
    cued = joining = False  # past the first time code; inside a sentence that runs on
    for n, (a, b) in enumerate(spans):
        line = text[a:b]
        timed_next = n + 1 < len(spans) and CUE_TIME.fullmatch(text[slice(*spans[n + 1])]) is not None
        if CUE_TIME.fullmatch(line) or CUE_NUMBER.fullmatch(line) and timed_next:
            cued = True
            continue
        label = CUE_LABEL.match(line) if cued else None
        if label is not None:
            joining = False  # (a new speaker, or a sound: what went before has ended)
            if label.end() == len(line):
                continue
        if cued and joining and out:
            last = out[-1]
            out[-1] = Line(last.start, b, (*last.blank, (last.end, a, "")), prose=True)
        else:
            out.append(Line(a, b, prose=cued))
        if label is not None:
            out[-1].blank += ((a, a + label.end(), ""),)
        joining = cued and SENTENCE_DONE.search(line) is None
    return out


# A media advisory's fields: what the event is, then when and where, each on a line of its own under its label in
# capitals. The three are read as one sentence, the labels of when and where as the prepositions they stand for.
FIELD = re.compile(r"(?P<label>WHAT|WHEN|WHERE|DATE|TIME|VENUE|LOCATION|WHO|WHY)\s*:\s+(?=\S)")
FIELD_WORDS = {"WHEN": ", on", "DATE": ", on", "TIME": ", at", "WHERE": ", in", "VENUE": ", in",
               "LOCATION": ", in"}


def _json_fields(text: str) -> list[Line] | None:
    """A JSON answer's text fields, each a line (`ingest.jsontext`); None where the text is no JSON."""
    fields = jsontext.text_fields(text)
    return [Line(a, b, blank, prose=not title) for a, b, blank, title in fields] if fields is not None else None


def _calendar(text: str) -> list[Line] | None:
    """A calendar's entries, each a line of prose led by its day, and the lines outside it (`ingest.icalendar`);
    None where the text holds no calendar."""
    read = icalendar.entries(text)
    return [Line(a, b, blank, prose=entry) for a, b, blank, entry in read] if read is not None else None


def _advisory(spans: list[tuple[int, int]], text: str) -> list[Line] | None:
    """An advisory's "WHAT:" line, with the "WHEN:" and "WHERE:" lines after it, as one line ("Signing of an
    agreement …, on Sunday, 21 October 2018, …, in Asmara"); its other fields ("WHO:") with their labels cut.
    None where the text has no "WHAT:" field followed by a "WHEN:" or "WHERE:"."""
    fields = [FIELD.match(text, a, b) for a, b in spans]
    labels = [f.group("label") if f else None for f in fields]
    if "WHAT" not in labels or not any(lab in FIELD_WORDS for lab in labels[labels.index("WHAT") + 1:]):
        return None
    out: list[Line] = []
    for (a, b), field, label in zip(spans, fields, labels):
        if label in FIELD_WORDS and out and out[-1].prose:
            last = out[-1]
            out[-1] = Line(last.start, b, (*last.blank, (last.end, field.end(), FIELD_WORDS[label])), prose=True)
        elif field is not None:
            out.append(Line(field.end(), b, prose=label == "WHAT"))
        else:
            out.append(Line(a, b))
    return out


def _wrap_width(spans: list[tuple[int, int]], text: str) -> int | None:
    """The width a text was hard-wrapped at, where it was: a narrow page (a teletext page's forty columns, a terminal's
    eighty) whose lines mostly run close to its widest. None for a text of free lines."""
    widths = [end - text.rfind("\n", 0, start) - 1 for start, end in spans]
    if len(widths) < WRAPPED_LINES or max(widths) > WRAP_MAX:
        return None
    width = max(widths)
    return width if sum(w >= width * FULL_LINE for w in widths) * 2 >= len(widths) else None


def _join_wrapped(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Hard-wrapped paragraphs (lines cut mid-sentence, no blank line between) become one span. On a page wrapped
    at a width, a line the next line's first word would not have fitted on was cut there by the wrap ("Liberia's
    three warring factions have" / "signed a peace agreement in Cotonou,"), whatever the case of that word."""
    out: list[tuple[int, int]] = []
    width = _wrap_width(spans, text)
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            gap = text[prev_end:start]
            prev = text[prev_start:prev_end]
            wrapped = gap.count("\n") == 1 and len(prev) >= 50 and text[start].islower() and (
                prev[-1].isalnum() or HYPHEN_BREAK.match(text, prev_end - 2, start + 1) is not None)
            # (or a word broken at the line's end: "… parties reject-" then "ed outright.")
            if not wrapped and width is not None and gap.count("\n") == 1 and prev[-1] not in ":|" and \
                    (text[start].isalnum() or text[start] in "\"'“‘(") and "|" not in text[start:end] and \
                    BULLET.match(text[prev_start:prev_end]) is None and \
                    LISTED_FIELD.match(text, start, end) is None:
                # (not a point of a list, nor a field of a listing: "City            : Monrovia")
                line_width = prev_end - text.rfind("\n", 0, prev_end) - 1
                first_word = len(text[start:end].split(maxsplit=1)[0])
                wrapped = line_width + 1 + first_word > width
            if wrapped:
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def broken_words(text: str, start: int, end: int,
                 word_ok: Callable[[str], bool]) -> tuple[tuple[int, int, str], ...]:
    """Words a printed page broke at a line's end, in text[start:end], read whole where whole they are words:
    (start, end, word) of "reject-⏎ed" read "rejected", of "In-⏎clusive" read "Inclusive"; a compound broken at
    its own hyphen ("power-⏎sharing") stays as printed."""
    return tuple((m.start(), m.end(), m.group("head") + m.group("tail"))
                 for m in HYPHEN_BREAK.finditer(text, start, end) if word_ok(m.group("head") + m.group("tail")))


def clean(text: str, title: str | None = None, published: str | None = None,
          speaker_ok: Callable[[str], bool] | None = None,
          place_of: Callable[[str], str | None] | None = None,
          word_ok: Callable[[str], bool] | None = None) -> Cleaned:
    """Cut `text` into segments worth parsing; furniture, bylines and datelines stay out. `speaker_ok` says whether
    a capitalised label before a colon may name a speaker (a briefing's "SUDAN: …" names its topic, which the
    caller, knowing places, can tell); `place_of` gives the country of a place's name, for the datelines of a
    briefing's later items; `word_ok` whether letters are a word, for words a page broke at a line's end (none is
    joined without it)."""
    result = Cleaned(segments=[])
    first_body = True
    links = False  # inside a list of links to other stories
    spans = _lines(text)  # (split once: every document passes here)
    read = _subtitles(spans, text) or _advisory(spans, text) or _json_fields(text) or _calendar(text)
    lines = [(r.start, r.end) for r in read] if read is not None else list(_join_wrapped(spans, text))
    as_read = {(r.start, r.end): r for r in read or ()}
    columns: tuple[str, ...] | None = None  # the headings of the table being read
    csv_heads: tuple[str, ...] | None = None  # the header of the comma-separated rows being read
    def speaking(line: str) -> re.Match[str] | None:
        m = SPEAKER.match(TIMESTAMP.sub("", line, count=1))
        return m if m is not None and (speaker_ok is None or speaker_ok(m.group("speaker"))) else None

    turns = sum(speaking(text[a:b]) is not None for a, b in lines) >= 2
    # (a transcript gives the floor in turns; one capitalised word before a colon is a dateline: "ISLAMABAD: …")
    marks_of = [markup.read(text[a:b]) for a, b in lines]  # (read once a line: every document passes here)
    markup_only = markup.skipped([text[a:b] for a, b in lines], marks_of)
    marked = [text[a:b].rstrip() for a, b in lines if CLOCK_MARK.match(text, a, b) is not None]
    clocked = len(marked) >= CLOCK_LINES and sum(not SENTENCE_DONE.search(m) for m in marked) * 2 > len(marked)
    # (titles down a clock's margin; a live page's entries under their clock are sentences, "23:40 Israel's military
    # says the attack is over.", each told at its time)
    for n, (s, e) in enumerate(lines):
        start, end = s, e
        line = text[start:end]
        if n in markup_only:
            continue  # (a template's lines, a feed's <link>, a line of tags)
        marked = ()
        if (marks := marks_of[n]) is not None:  # a feed item's "<description><![CDATA[<p>…</p>]]>", a wiki
            start, end = start + marks.lead, end - marks.tail  # link's "[[Lusaka]]": read without the markup
            line = text[start:end]
            marked = tuple((start + a, start + b, words) for a, b, words in marks.blank)
        if csv_heads is not None and len(cells(line, ",")) == len(csv_heads):
            result.segments.append(Segment(start, end, "item", columns=csv_heads, separator=",",
                                           blank=_csv_blank(line, csv_heads)))
            continue  # each row a point of its own, read as its text, dated and placed by its cells
        csv_heads = None
        if CSV_HEADER.fullmatch(line.strip()) and TEXT_HEADS & set(
                heads := tuple(h.strip().lower() for h in line.strip().split(","))):
            csv_heads = heads
            continue  # (a header names the columns; it tells nothing)
        if (row := TABLE_ROW.fullmatch(line)) is not None:
            if not row.group("cells").strip(" -:|"):
                last = result.segments[-1] if result.segments else None
                if last is not None and last.kind == "item" and last.columns is None:
                    result.segments.pop()  # the row above the rule is the table's header, no point of its own
                    columns = tuple(c.strip().lower() for c in text[last.start:last.end].split("|"))
                continue  # the rule under a table's header ("|---|---|")
            result.segments.append(Segment(start + row.start("cells"), start + row.end("cells"), "item",
                                           columns=columns))
            continue  # each row of a table is a point of its own ("| May 29 | The truce is extended … |")
        columns = None  # (a table ends where its rows do)
        bullet = BULLET.match(line)
        links = heads_links(line) or links and bullet is not None
        if links or is_furniture(line):
            continue
        kind = "body"
        if bullet:
            start += bullet.end()
            kind = "item"
            if start >= end:
                continue
            line = text[start:end]
        elif clocked and (clock := CLOCK_MARK.match(line)) is not None:
            start += clock.end()
            kind = "item"
            line = text[start:end]
        if kind == "body" and (claim := claim_label().match(line)) is not None:
            start += claim.end()  # (the claim a fact check checks is no report: its names are kept, not its events)
            line, kind = text[start:end], "claim"
        if (credit := CREDIT.search(line)) is not None:
            end = start + credit.start()  # (the caption without its credit, which is no headline's end)
            line = text[start:end]
        alert = False
        if (stamp := TIMESTAMP.match(line)) is not None:
            start += stamp.end()
            line = text[start:end]
        if (label := paragraph_label().match(line)) is not None and end - start - label.end() > 20:
            alert = label.group("label").lower() in alert_labels()
            start += label.end()
            line = text[start:end]
        speaker = None
        if turns and label is None and kind == "body" and (named := speaking(line)) is not None and \
                end - start - named.end() > 10:
            speaker = named.group("speaker")
            start += named.end()
            line = text[start:end]
        is_title = not result.segments and title is not None and line.strip() == title.strip()
        prose = (s, e) in as_read and as_read[s, e].prose  # (a sentence of subtitles, an advisory's "WHAT:")
        if kind == "body" and not alert and not prose and (
                is_title or looks_like_headline(THREAD_END.sub("", line)) and not DATED_LINE.match(line) and
                not STAMPED.match(line)):
            # (a thread's last post, ending "/end")
            kind = "headline"
        if first_body and result.dateline_date is None and (as_of := AS_OF.search(line)) is not None:
            # "Latest from the OSCE Special Monitoring Mission …, based on information received as of 19:30, 17
            # February 2022": a report's own day, where the paper comes out the next
            result.dateline_date = dateline_date(as_of.group("date"), _year_of(published))
        dateline = None
        if kind in ("body", "headline") and first_body and result.segments and \
                (dated := DATE_LINE.fullmatch(line.strip())) is not None:
            result.dateline_date = dateline_date(dated.group("date"), _year_of(published))  # "Ankara, 11 December
            result.date_line = line.strip()  # 2024", a statement's own line of place and day: its day, no text
            continue
        if kind == "body" and first_body:
            first_body = False
            m = DATELINE.match(line)
            if m and m.group("place").strip().isupper():
                if m.group("date"):  # (the story's day, where a paper of the next day prints it)
                    result.dateline_date = dateline_date(m.group("date"), _year_of(published))
                result.dateline_place = (m.group("place").strip(), m.group("region"))
                start += m.end()
        elif kind == "body" and place_of is not None and (m := DATELINE.match(line)) is not None and \
                m.group("place").strip().isupper() and (dateline := place_of(m.group("place").strip())) is not None:
            start += m.end()  # "BISHKEK — Kyrgyzstan and Tajikistan agreed …": a briefing's next story, from its
            # own place
        broken = broken_words(text, start, end, word_ok) if word_ok is not None and "-" in line else ()
        notes = tuple((m.start(), m.end(), "") for pattern in (NOTE_MARK, MARKDOWN_NOTE)
                      for m in pattern.finditer(text, start, end))
        stamped = STAMPED.match(text, start, end)
        if stamped is not None:  # (the label and the initials: no words of the alert)
            marked += ((stamped.start("label"), stamped.end("label"), ""),) if stamped.group("label") else ()
            marked += tuple((start + m.start(), start + m.end(), "") for m in [SIGNED_OFF.search(line)] if m)
        breaks = tuple((m.start(), m.end(), "") for m in LINE_BREAK.finditer(text, start, end)
                       if not any(a <= m.start() < b for a, b, _ in broken)) if read is None and "\n" in line else ()
        # (a paragraph's lines, joined where a wrap cut them, read as one run of words: no break mid-sentence)
        blank = tuple((a - start, b - start, words) for a, b, words in (
            *(as_read[s, e].blank if (s, e) in as_read else ()), *marked, *broken, *notes, *breaks) if a >= start)
        result.segments.append(Segment(start, end, kind, speaker, dateline, blank=blank))
    for n in verdicts.refuted([text[s.start:s.end] for s in result.segments]):
        result.segments[n] = replace(result.segments[n], kind="claim")  # (a draft's point a reply calls wrong)
    return result
