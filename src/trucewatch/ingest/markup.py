"""Markup inside a document's lines: a feed's XML, HTML tags, wiki markup, LaTeX.

A feed item arrives as `<description><![CDATA[<p>Presidents … signed …</p>]]></description>`, an encyclopedia
article as `The '''Lusaka Protocol''' was signed in [[Lusaka]] by the [[Government of Angola|Angolan government]]`.
Cleaning never rewrites the text (our offsets point into it), so markup is read as blank: `Markup.blank` gives the
spans inside a line to read as the words given (kept in length), `Markup.lead` and `Markup.tail` how much markup
opens and closes the line, and `skipped` the lines that are markup and nothing else (a template's body, an element
that holds a link or a date, a category).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What a line's markup is, tried in this order at each place: a reference note, a comment, a script and a style
# (blank with what they hold), a template in one line ("{{cite book |…}}"), a tag, CDATA's wrapping, wiki bold and
# italics, the front of a wiki link ("[[Government of Angola|", "[["), its end, an external link's address
# ("[https://… "), an entity.
MARK = re.compile(
    r"(?P<note><ref\b[^<>\n]{0,300}/>|<ref\b[^<>\n]{0,300}>.{0,2000}?</ref>|<!--.{0,2000}?-->"
    r"|<(?P<code>script|style)\b[^<>\n]{0,300}>.{0,5000}?</(?P=code)\s*>)"
    r"|(?P<template>\{\{[^{}\n]*\}\})"
    r"|(?P<cdata><!\[CDATA\[|\]\]>)"
    r"|(?P<tag></?[A-Za-z][\w:.-]*(?:\s[^<>\n]{0,400})?/?>|<\?[^<>\n]*\?>|<![A-Z][^<>\n]*>)"
    r"|(?P<quotes>'{2,5})"
    r"|(?P<link>\[\[(?:[^\[\]|\n]{1,200}\|)?)(?=[^\[\]\n]{1,200}\]\])"
    r"|(?P<close>\]\])"
    r"|(?P<url>\[https?://[^\s\]]{1,400} ?)(?=[^\[\]\n]{0,200}\])"
    r"|(?P<entity>&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,5}|#x[0-9a-fA-F]{1,4});)")
# LaTeX's markup, in a line that holds a command: a command whose argument is no prose ("\label{sec:x}",
# "\citep[p.~212]{anstee1996}", "\ref{tab:deaths}"), read as blank with it; the front of one whose argument is prose
# ("\section{", "\footnote{", "\emph{") and the braces that close it; an accent on a letter ("Jos\'e"), read as
# the letter; a range's double dash ("29--30"), read as one; a tie ("31~May"), read as a space.
TEX_COMMAND = re.compile(r"\\[A-Za-z]+")
TEX = re.compile(
    r"(?P<gone>\\(?:label|ref|eqref|pageref|cite[tp]?|citealp|citeauthor|citeyear|nocite|index)\*?"
    r"(?:\[[^\]\n]{0,100}\]){0,2}\{[^{}\n]{0,200}\})"
    r"|(?P<front>\\[A-Za-z]+\*?(?:\[[^\]\n]{0,100}\])?\{)"
    r"|(?P<accent>\\['`^\"~=.]\{?(?P<letter>[A-Za-z])\}?)"
    r"|(?P<range>(?<=\d)--(?P<to>\d{1,4}))"
    r"|(?P<tie>(?<=\w)~(?=[\w\\]))"
    r"|(?P<brace>[{}])")
ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&nbsp;": " "}
# The elements whose text is the document's: a feed item's title and summary, a page's paragraphs. A line that opens
# with any other element (<link>, <pubDate>, <guid>, <category>) holds no prose.
TEXT_ELEMENTS = frozenset({"title", "description", "summary", "content", "content:encoded", "p", "h1", "h2", "h3",
                           "h4", "h5", "h6", "li", "blockquote", "td", "th", "div", "span", "em", "strong", "b", "i",
                           "a", "ref"})
OPENING_TAG = re.compile(r"\s*<(?P<name>[A-Za-z][\w:.-]*)")
HEADING = re.compile(r"(?P<open>={2,6})\s*[^=\n]+?\s*(?P<close>={2,6})")  # "== Background =="
WIKI_LINE = re.compile(r"\s*\[\[(?:Category|File|Image):", re.IGNORECASE)  # a category or a picture's line


@dataclass(frozen=True)
class Markup:
    lead: int  # characters of markup (and space) that open the line
    tail: int  # … and that close it
    blank: tuple[tuple[int, int, str], ...]  # (start, end, words) from the line's start, inside what is kept


def entity_text(entity: str) -> str:
    if entity in ENTITIES:
        return ENTITIES[entity]
    code = int(entity[3:-1], 16) if entity.startswith("&#x") else int(entity[2:-1])
    char = chr(code) if 0 < code < 0x110000 else " "
    return char if char.isprintable() else " "


def tex_text(m: re.Match[str]) -> str:
    """What a piece of LaTeX's markup reads as: its letter, its range, a space, or nothing."""
    return m.group("letter") if m.lastgroup == "accent" else "-" + m.group("to") if m.lastgroup == "range" else \
        " " if m.lastgroup == "tie" else ""


def read(line: str) -> Markup | None:
    """The markup of one line, or None where it has none (most lines of most documents)."""
    tex = "\\" in line and TEX_COMMAND.search(line) is not None
    if "<" not in line and "[[" not in line and "''" not in line and "{{" not in line and "&" not in line and \
            "==" not in line and "[http" not in line and not tex:
        return None
    spans = [] if not tex else [(m.start(), m.end(), tex_text(m)) for m in TEX.finditer(line)]
    if (heading := HEADING.fullmatch(line.strip())) is not None:
        offset = len(line) - len(line.lstrip())
        spans += [(offset, offset + heading.end("open"), ""), (offset + heading.start("close"), len(line), "")]
    for m in MARK.finditer(line):
        if m.lastgroup == "entity":
            spans.append((m.start(), m.end(), entity_text(m.group())))
        else:
            spans.append((m.start(), m.end(), ""))
    if not spans:
        return None
    spans.sort()
    covered = [False] * len(line)
    for a, b, words in spans:
        if not words:
            covered[a:b] = [True] * (b - a)
    lead = 0
    while lead < len(line) and (covered[lead] or line[lead].isspace()):
        lead += 1
    tail = 0
    while tail < len(line) - lead and (covered[len(line) - 1 - tail] or line[len(line) - 1 - tail].isspace()):
        tail += 1
    inner = tuple((a - lead, b - lead, words) for a, b, words in spans if a >= lead and b <= len(line) - tail)
    return Markup(lead, tail, inner)


def skipped(lines: list[str], marks_of: list[Markup | None]) -> set[int]:
    """The lines that are markup alone: a template's lines ("{{Infobox treaty", "| date_signed = …", "}}"), a wiki
    table's, a category's, a feed's elements that hold no prose (<link>, <pubDate>) and lines of tags only.
    `marks_of` is each line's `read`, read once by the caller, which reads the lines kept with it."""
    out, depth, table = set(), 0, False
    for n, (line, marks) in enumerate(zip(lines, marks_of)):
        stripped = line.strip()
        if depth > 0 or stripped.startswith("{{"):
            depth = max(0, depth + stripped.count("{{") - stripped.count("}}"))
            out.add(n)
            continue
        if stripped.startswith("{|") or table:
            table = not stripped.startswith("|}")
            out.add(n)
            continue
        if WIKI_LINE.match(stripped):
            out.add(n)
            continue
        opening = OPENING_TAG.match(line)
        if opening is not None and opening.group("name").lower() not in TEXT_ELEMENTS and \
                line.rstrip().endswith(f"</{opening.group('name')}>"):
            out.add(n)  # (<link>…</link>, <pubDate>…</pubDate>: an address or a stamp, no prose)
            continue
        if marks is not None and marks.lead + marks.tail >= len(line):
            out.add(n)  # (<item>, </channel>, "]]></description>": markup and nothing else)
    return out
