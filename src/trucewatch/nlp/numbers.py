"""Quantities: the named numbers an event carries (prisoners per side, killed, 30-day, six-kilometre-wide).

Patterns run over one sentence; which names an event may take depends on its type, so a "30-day" ceasefire gets
`duration_days` while the 24 hours of a report window do not become an attack's count.
"""

from __future__ import annotations

import re

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
         "once": 1, "twice": 2, "thrice": 3, "half a dozen": 6, "two dozen": 24, "three dozen": 36,
         "four dozen": 48}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10}
# The ordinals a day of the month is said with: "the second of September", "the twenty-first of May"
DAY_ORDINALS = {**ORDINALS, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                **{f"twenty-{word}": 20 + n for word, n in ORDINALS.items() if n < 10}, "thirtieth": 30,
                "thirty-first": 31}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "forty-four": a ten and a unit, hyphened (tried before the ten alone)
COMPOUND = rf"(?:{'|'.join(TENS)})[- ](?:{'|'.join(UNITS)})\b"
N = r"(?:\d[\d,]*(?:\.\d+)?|" + COMPOUND + "|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"
Q = r"(?:at least |more than |over |about |around |nearly |almost |some |up to |roughly |all )?"
# A people named by the plural of its demonym: "Americans", "Israelis", "Lebanese"
PEOPLES = r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese))"
PRISONERS = r"(?:prisoners?(?: of war)?|POWs?|captives?|detainees?|soldiers|servicemen|hostages?|bodies|rebels|" \
            r"fighters|militants|combatants)"
# Who a side hands over, counted side by side: "the sides swapped 390 people each"
EACH_SIDE = PRISONERS[:-1] + r"|people|persons|civilians)"
SIDES = r"(?:sides|parties|countries|nations|governments|armies|neighbours|neighbors)\b"

# How long a war went on is not how long a truce lasts: "ending a 12-day air war", "a nine-month political process";
# nor how long a process after the truce is to run, nor how long it was held up ("after a three-hour delay"); but a
# pause named between ("a four-day pause in fighting", "a 30-day halt to fighting") is the truce's own length
# ("a 30-day ceasefire at talks in Jeddah": the truce's too)
NOT_WAR = r"(?!(?:\s(?!pause|halt|lull|cessation|break|ceasefire|cease-fire|truce|armistice)[\w-]+){0,2}?\s" \
          r"(?:war|conflict|fighting|offensive|campaign|battle|siege|bombardment|process|transition|talks|" \
          r"negotiations|dialogue|delay|wait|standoff)\b)"
# Nor how long something was held up: "came into effect after a delay of nearly three hours"
NOT_DELAY = "".join(f"(?<!delay of {q})" for q in ("", "nearly ", "about ", "almost ", "some ", "over ", "more than "))
# Nor when something ended: "the talks broke up after less than two hours"
NOT_AFTER = "".join(f"(?<!after {q})" for q in ("", "less than ", "more than ", "nearly ", "about ", "almost ", "some ",
                                                 "over ", "just "))
# Nor a year after its month: "13 Jun 2025 - Israel strikes Iran"
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
YEAR_NOT_A_TOLL = r"(?!(?:19|20)\d\d\b)(?<![\w,.])"  # a year is no count of the dead
NOT_A_DAY = rf"(?!(?:{'|'.join(MONTHS)})\.?\b)"  # a day of a month is no count: "on 19 June 1992 killed hundreds"
NOT_A_YEAR = "".join(f"(?<!{m} )(?<!{m}\\. )" for m in MONTHS)
PATTERNS: dict[str, list[re.Pattern[str]]] = {
    "prisoners_per_side": [
        re.compile(rf"(?P<n>{N}) (?:to|for) (?P=n) (?:\w+ )?{PRISONERS[3:-1]}", re.I),
        re.compile(rf"(?P<n>{N}) (?:\w+ ){{0,2}}{EACH_SIDE} each", re.I),
        re.compile(rf"(?P<n>{N}) {PRISONERS} (?:from|on) each side", re.I),
        re.compile(rf"(?P<n>{N}) (?:to|for) (?P=n) (?:exchange|swap)", re.I),
        re.compile(rf"(?:exchange|swap) of (?P<n>{N}) (?:to|for) (?P=n)\b", re.I),  # "a swap of 175 for 175"
        # "each returned 103 prisoners of war", "each handing over 1,000 soldiers"
        re.compile(rf"\beach (?:side )?(?:[\w-]+ ){{1,2}}(?P<n>{N}) (?:\w+ ){{0,2}}{EACH_SIDE}", re.I),
    ],
    "prisoners_total": [
        # "33 of the 98 remaining hostages": the 33 freed, not the 98 held
        re.compile(rf"{Q}(?P<n>{N}) of (?:the |its )?{N} (?:\w+ ){{0,2}}{PRISONERS}(?! each)", re.I),
        # "215 Ukrainian and foreign fighters"
        # (not "let the two sides exchange prisoners": the sides are counted, not the prisoners)
        # a figure leading its line: "90 - Palestinian prisoners, most of them women, released from Ofer prison"
        # (not a year leading a line of a timeline: "2006 - …")
        re.compile(rf"^(?!(?:19|20)\d\d\b)(?P<n>{N}) [-–—] (?:(?!{SIDES})\w+ ){{0,2}}{PRISONERS}(?! each)", re.I),
        # a people's own, by its name: "230 Ukrainians had come home"
        re.compile(rf"{Q}(?P<n>{N}) (?-i:[A-Z][a-z]+(?:ians|ans|is)) (?:had |have )?(?:come|came) home\b",
                   re.I),
        # a people held: "Five Americans who had been held in Iran"
        re.compile(rf"{Q}(?P<n>{N}) {PEOPLES} (?:who (?:had |have )?(?:been|were) )?(?:held|detained|jailed|"
                   rf"imprisoned)\b", re.I),
        # (kept last: both sides' counts are summed over this one)
        re.compile(rf"{Q}(?P<n>{N}) (?:(?!{SIDES})\w+ ){{0,2}}(?:and \w+ )?{PRISONERS}(?! each)", re.I)],
    "killed": [
        re.compile(rf"(?:killed|killing|kills|kill|left) {Q}(?P<n>{N})\b", re.I),
        re.compile(rf"{YEAR_NOT_A_TOLL}(?P<n>{N}) {NOT_A_DAY}(?:[\w-]+ ){{0,3}}(?:were |was |have been |had been )?"
                   rf"(?:killed|dead|died)\b", re.I),  # (not "since 2009 that has killed tens of thousands")
        # past the unit they served in: "44 police commandos of the Special Action Force were killed"
        re.compile(rf"{YEAR_NOT_A_TOLL}(?P<n>{N}) (?:[\w-]+ ){{1,3}}of (?:the )?(?-i:(?:[A-Z][\w-]* ){{1,4}})"
                   rf"(?:were |was |have been |had been )(?:killed|dead|died)\b", re.I),
        re.compile(rf"death toll (?:\w+ ){{0,3}}(?:to|of|at) {Q}(?P<n>{N})\b", re.I),
        # past an aside on who they were: "at least 32 people, including seven civilians, had been killed"
        re.compile(rf"(?P<n>{N}) (?:[\w-]+ ){{0,2}}?[\w-]+, (?:including|among them) [^,]{{1,60}}, "
                   rf"(?:were |was |have been |had been )?(?:killed|dead)\b", re.I),
        # one person, named as such: "An 80-year-old woman was killed"
        re.compile(r"\b(?:an?|one) (?:[\w-]+ ){0,3}(?:man|woman|girl|boy|child|baby|civilian|soldier|person|teenager|"
                   r"journalist|worker|officer|policeman|resident|farmer|student|guard|leader|commander|official|activist|"
                   r"priest|doctor|nurse|member|teacher|driver)(?P<n>) "
                   r"(?:was|has been|had been) (?:killed|shot dead)\b", re.I),
    ],
    "injured": [
        # (not "killed two people and wounded 15": the count before "and" is the dead)
        re.compile(rf"(?P<n>{N}) (?:(?!and )[\w-]+ ){{0,3}}(?:were |was |have been )?(?:wounded|injured|hurt)\b",
                   re.I),
        re.compile(rf"(?:wounded|injured|wounding|injuring) {Q}(?P<n>{N})\b", re.I),
        # one person, named as such: "A 7-year-old girl was seriously wounded by shrapnel"
        re.compile(r"\b(?:an?|one) (?:[\w-]+ ){0,3}(?:man|woman|girl|boy|child|baby|civilian|soldier|person|teenager|"
                   r"journalist|worker|officer|policeman|resident|farmer|student|guard|driver)(?P<n>) "
                   r"(?:was|has been|had been) (?:seriously |badly |critically |severely |slightly |lightly )?"
                   r"(?:wounded|injured|hurt)\b", re.I),
        # one more, after one killed: "A police officer was killed and another wounded"
        re.compile(r"\b(?:killed|shot dead) and another(?P<n>) (?:was |has been )?(?:wounded|injured|hurt)\b", re.I),
    ],
    "attacks": [re.compile(rf"(?P<n>{N}) times\b|(?P<w>once|twice|thrice)\b", re.I),
                # "more than 100 drone and missile attacks"
                re.compile(rf"(?<![\w:.-]){NOT_A_YEAR}(?P<n>\d[\d,]*)\s(?:(?!after |before |since |on |in |at |of |by )"
                           r"[a-z][a-z-]*\s){0,3}(?:attacks|strikes|raids|air ?strikes|clashes|assaults)\b", re.I)],
    # (not "Oct. 11 after … strikes", nor the year of "13 Jun 2025 - Israel strikes")
    # not "four days of strikes" (how long something else went on) nor "two days ago"
    # not a deadline: "withdraw within 90 days"
    "duration_days": [re.compile(rf"(?<!within )(?<!after ){NOT_DELAY}(?<![\w,.])(?P<n>{N})[- ]days?(?:[- ]long)?\b"
                                 rf"(?! ago| after| before| later| of| into){NOT_WAR}", re.I),
                      re.compile(rf"\bfor {Q}(?P<n>{N}) days\b{NOT_WAR}", re.I)],  # "for 30 days after a call"
    # how long talks went on ("after ten days of talks"), for the talks alone: the deal they led to lasts its own time
    "talks_days": [re.compile(rf"(?<![\w,.])(?P<n>{N}) (?P<unit>days?|weeks?) of (?:intense |intensive |indirect |"
                              rf"direct )?(?:talks|negotiations)\b", re.I)],
    "talks_hours": [re.compile(rf"(?<![\w,.])(?P<n>{N}) hours? of (?:intense |intensive |indirect |direct )?"
                               rf"(?:talks|negotiations)\b", re.I)],  # "after some sixteen hours of talks"
    "duration_months": [re.compile(rf"(?<!space of )(?<![\w,.])(?P<n>{N})[- ](?:additional |more |further )?"
                                   rf"months?(?:[- ]long)?\b"
                                   rf"(?! ago| after| before| later| of| into){NOT_WAR}", re.I)],
    "duration_weeks": [re.compile(rf"(?<!within )(?<!after ){NOT_DELAY}(?<![\w,.])(?P<n>{N})[- ]weeks?(?:[- ]long)?\b"
                                  rf"(?! ago| after| before| later| of| into){NOT_WAR}", re.I),
                       re.compile(rf"\bfor {Q}(?P<n>{N}) weeks\b{NOT_WAR}", re.I),
                       re.compile(r"\b(?:an?|the) (?P<n>)week[- ]long\b", re.I)],  # "a week-long pause": one week
    "duration_hours": [re.compile(rf"(?<!within ){NOT_DELAY}{NOT_AFTER}(?<![\w,.:])(?P<n>{N})[- ]hours?(?:[- ]long)?\b"
                                  rf"(?! ago| after| before| later| of| into)"
                                  rf"{NOT_WAR}", re.I)],
    "width_km": [re.compile(rf"(?P<n>{N})[- ](?:kilomet(?:er|re)s?|km)[- ]wide", re.I)],
    "round": [re.compile(r"(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                         r" (?:round|session|cycle)\b", re.I)],  # ("the third cycle of their peace talks": Colombia's
    # talks with the ELN count their rounds as cycles)
}
# The dead counted, then named one by one after them: "killed six Jesuit priests, their housekeeper and her daughter"
KIN_ONE = re.compile(r"(?:,|,? and) (?:his|her|their) (?![\w-]+s\b)[a-z-]+")
KIN_AFTER = re.compile(rf"(?:killed|killing|kills|kill) {Q}(?P<n>{N}) (?:[\w-]+ ){{0,2}}[\w-]+s"
                       rf"(?P<kin>(?:(?:,|,? and) (?:his|her|their) (?![\w-]+s\b)[a-z-]+)+)", re.I)
# What lies between one side's count and the other's: "33 hostages in exchange for 1,900 prisoners"
# what one side gives for the other's people, told at some length: "50 hostages held by militants in the enclave will
# be freed in exchange for 150 Palestinian prisoners"; a bare "for" only near
# "Hamas frees 105 hostages and Israel releases 240 prisoners", "… and Israel began releasing nearly 2,000
# prisoners": the other side's release, told in its own clause
LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # between the items of a list: "A, B and C"
OTHER_SIDE = re.compile(r"(?:,?\s+[\w.,'-]+){0,14}?,?\s+and\s+(?:[A-Z][\w'-]*\s+){1,3}"  # (also past an aside:
# "11 more hostages, all from the Nir Oz kibbutz, to the Red Cross in Gaza, and Israel freed 33 …")
                        r"(?:(?:began|started|is\s+to|was\s+to|will|would)\s+)?"
                        r"(?:free[sd]?|freeing|releas(?:es|ed|e|ing)|return(?:s|ed|ing)?|hand(?:s|ed|ing)\s+over)\s+")
# A second group the same side frees, named beside the first: "about 250 prisoners serving life sentences and 1,700
# Gazans detained during the war"
ALSO = re.compile(r"(?:\s+[\w-]+){0,4}?\s+and\s+")
TRADED = re.compile(r"(?:(?:\s+[\w-]+){0,10}?\s+(?:in exchange for|in return for)|(?:\s+[\w-]+){0,6}?\s+for)\s+", re.I)
ALLOWED: dict[str, tuple[str, ...]] = {
    "ceasefire": ("duration_days", "duration_months", "duration_hours", "width_km"),
    "talks": ("round", "duration_hours", "talks_days", "talks_hours"),
    "prisoner_exchange": ("prisoners_per_side", "prisoners_total"),
    "agreement": ("width_km", "duration_days"),
    "attack": ("killed", "injured", "attacks"),
    "proposal": ("duration_days",),
    "demand": (),
    "sanction": (),
    "accusation": (),
}


ONE = r"(?:the|a|an|its|their) (?:[\w'’-]+ ){0,4}?[\w'’-]+"  # one person, named by a role and maybe a name
KILLED_ONE_BY_ONE = re.compile(rf"\bkill(?:ed|ing) (?P<list>{ONE}(?:, {ONE})*,? and {ONE})(?=[.;]|$)")
VAGUE = re.compile(r"\b(?:several|a few|many|some few)\s$", re.I)  # before "hundred", "dozen": how many, unsaid


def to_number(text: str) -> int | float | None:
    text = text.lower().strip()
    if text in WORDS:
        return WORDS[text]
    if re.fullmatch(COMPOUND, text):
        return sum(WORDS[part] for part in re.split(r"[- ]", text))
    if text in ORDINALS:
        return ORDINALS[text]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    if m:
        return int(m.group(1))
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def quantities(text: str, event_type: str) -> dict[str, int | float]:
    """The named numbers in `text` that an event of `event_type` may carry."""
    found: dict[str, int | float] = {}
    for name in ALLOWED.get(event_type, ()):
        for pattern in PATTERNS[name]:
            m = pattern.search(text)
            if not m:
                continue
            raw = m.groupdict().get("n") or m.groupdict().get("w") or m.groupdict().get("o")
            value = to_number(raw) if raw else 1 if m.groupdict().get("n") == "" else None  # (an empty count: one)
            if raw and m.groupdict().get("n") and VAGUE.search(text, 0, m.start("n")):
                value = None  # "several hundred people were killed": no count
            if value is None and raw:
                continue
            if value is not None and (m.groupdict().get("unit") or "").lower().startswith("week"):
                value *= 7  # "two weeks of talks": 14 days
            if value is not None:
                found[name] = value
                break
    if "killed" in ALLOWED.get(event_type, ()) and "killed" not in found and \
            (listed := KILLED_ONE_BY_ONE.search(text)) is not None:
        people = LIST_SEPARATOR.split(listed.group("list"))
        if not any(re.search(r"\b[a-z]+s$", one) for one in people):  # (each one: not "the soldiers and the police")
            found["killed"] = len(people)  # "killed the driver, the assistant coach Amelete Abalo and the press
            # officer Stanislas Ocloo": three, each named
    if "killed" in found and (more := KIN_AFTER.search(text)) and to_number(more.group("n")) == found["killed"]:
        found["killed"] += len(KIN_ONE.findall(more.group("kin")))  # "killed six Jesuit priests, their housekeeper
        # and her daughter": eight
    if "duration_days" in ALLOWED.get(event_type, ()) and "duration_days" not in found:
        # a length told in weeks or months is given in days too, as most datasets count it ("a two-week pause": 14,
        # "a three-month truce": 90, a month taken as 30 days)
        for name, days in (("duration_weeks", 7), ("duration_months", 30)):
            n = found.get(name) if name in found else _first(name, text)
            if n is not None:
                found["duration_days"] = n * days
                break
    if "talks_days" in found:
        found["duration_days"] = found.pop("talks_days")
    if "talks_hours" in found:
        found["duration_hours"] = found.pop("talks_hours")
    if "prisoners_per_side" in found:
        found.pop("prisoners_total", None)
    elif "prisoners_total" in found and (halves := _both_sides(text)):
        del found["prisoners_total"]
        found.update(counted(*halves))
    return found


def counted(one: int | float, other: int | float) -> dict[str, int | float]:
    """Two halves of a swap: as many a side where each gave back as many as it got ("13 prisoners for 13
    hostages"), else the two counts added up."""
    return {"prisoners_per_side": one} if one == other else {"prisoners_total": one + other}


def _first(name: str, text: str) -> int | float | None:
    for pattern in PATTERNS[name]:
        m = pattern.search(text)
        if m and (value := to_number(m.group("n")) if m.group("n") else 1) is not None:
            return value  # (an empty count: "a week-long pause", one week)
    return None


# The other side's count may name its people instead: "31 soldiers in return for 15 Russians"
PEOPLE = re.compile(rf"(?i:{Q}(?P<n>{N})) (?:(?i:(?:\w+ ){{0,2}}{PRISONERS})|[A-Z][a-z]+s\b)")


def _both_sides(text: str) -> tuple[int | float, int | float] | None:
    """ "33 hostages in exchange for about 1,900 prisoners", "Hamas frees 105 hostages and Israel releases 240
    prisoners": each side's count."""
    for first in PATTERNS["prisoners_total"][-1].finditer(text):
        link = TRADED.match(text, first.end()) or OTHER_SIDE.match(text, first.end())
        second = PEOPLE.match(text, link.end()) if link else None
        if second is None and (link := ALSO.match(text, first.end())):
            second = PEOPLE.match(text, link.end())
        if second is not None:
            a, b = to_number(first.group("n")), to_number(second.group("n"))
            return (a, b) if a is not None and b is not None else None
    return None
