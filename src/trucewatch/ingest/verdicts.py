"""A reviewer's verdict on the numbered points of a draft: "The first two lines stand. The third is wrong: …".

A fact check often comes back as a reply that quotes the draft's lines, numbered, and says which of them hold. A
point the reply calls wrong, false or inaccurate is no report of what happened but a claim set right: its names are
kept, its events are not (the reply's own words tell what is true). A point called right, or not named, stands.
"""

from __future__ import annotations

import re

from trucewatch.nlp.numbers import ORDINALS

POINT = re.compile(r"[>\s]*(?P<n>\d{1,2})[.)]\s+\S")  # "> 3. The 93,000 prisoners … were freed"
_ORDINAL = "|".join([*ORDINALS, "last"])
_WHAT = r"(?:line|point|claim|item|sentence|statement|one)"
VERDICT = re.compile(
    rf"\b(?:the (?P<ord>{_ORDINAL})(?: {_WHAT})?|{_WHAT}s? (?P<num>\d{{1,2}}))"
    r" (?:is|was) (?:(?:simply|plainly|just|also) )?"
    r"(?:wrong|false|incorrect|inaccurate|mistaken|untrue|not (?:right|correct|true|accurate))\b",
    re.IGNORECASE)


def refuted(lines: list[str]) -> set[int]:
    """The indices of the lines that are numbered points a verdict among the other lines calls wrong."""
    points = {int(m.group("n")): n for n, line in enumerate(lines) if (m := POINT.match(line)) is not None}
    if not points:
        return set()
    out = set()
    for n, line in enumerate(lines):
        if n in points.values():
            continue
        for verdict in VERDICT.finditer(line):
            word = (verdict.group("ord") or "").lower()
            number = int(verdict.group("num")) if verdict.group("num") else max(points) if word == "last" else \
                ORDINALS[word]
            if number in points:
                out.add(points[number])
    return out
