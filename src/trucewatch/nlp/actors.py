"""Actors: who is named in a sentence, and which code stands for them.

Names, demonyms and people come from `data/actors.json`. The tagger writes `doc.spans["tw_actors"]`, each span
labelled with its code; which role an actor plays in an event is decided later, from syntax (see `roles.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from trucewatch.nlp.lexicon import load

SPAN_KEY = "tw_actors"
BORDER_KEY = "tw_border"  # the two states a shared border is named by ("the Kyrgyz-Tajik border"): no actors


# Words for a body's organs, which alone and capitalised ("The Council today adopted …", "The Chamber also issued …")
# name the body an article has named with them
ORGANS = {"chamber", "council", "commission", "court", "committee", "assembly", "tribunal", "house"}
CHAMBERS = {"house"}
FRONTS = {"front", "junta"}  # an armed movement's word for itself: "the front", after the Ogaden National Liberation
# Front; "the military junta", after Brigadier Ansumane Mane, who led Guinea-Bissau's Military Junta


@dataclass(frozen=True)
class ActorInfo:
    code: str
    name: str  # canonical name: "Russia", "Vladimir Putin"
    kind: str  # "state", "organisation", "armed_group", "person", "demonym"


AREA_WORDS = {"province", "region", "district", "governorate", "oblast", "county", "valley", "river"}  # after a name


def one_edit_apart(a: str, b: str) -> bool:
    """Are two words one letter dropped, added, changed or two neighbours swapped apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and \
            a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class ActorBook:
    """Every name we know, with the code and canonical name behind it."""

    def __init__(self, data: dict) -> None:
        self.by_alias: dict[str, ActorInfo] = {}
        self.surfaces: set[str] = set()  # every name as written, for building match patterns
        self.offices: list[tuple[str, str, str, str | None, str]] = []  # (title, of, from, to, name)
        self.bases: dict[str, str] = {g["code"]: g["base"] for g in data["armed_groups"] if g.get("base")}
        self.states: dict[str, str] = {entry["code"]: entry["names"][0] for entry in data["states"]}  # code -> name
        self.organisations: set[str] = {entry["code"] for entry in data["organisations"]}
        self.bare_titles: set[str] = set()  # "the Secretary-General", alone: the organisation's office holder
        self.conveners: set[str] = {entry["code"] for entry in data["organisations"] if entry.get("convenes")}
        self.seats: dict[str, str] = {city.lower(): entry["code"] for entry in data["organisations"]
                                      for city in entry.get("seats", ())}  # "geneva" -> "UN"
        self.organs: dict[str, set[str]] = {}  # "council" -> {"EU", "UN", "GCC"}: whose names hold the word
        for entry, organs in [*((e, ORGANS) for e in data["organisations"]),
                              *((e, ORGANS | FRONTS) for e in data["armed_groups"]),
                              *((e, CHAMBERS) for e in data["states"])]:  # (a state's house of parliament too: "the
            # House of Peoples' Representatives … The House voted"; not its councils, which are many; an armed
            # movement's own organs: "the Supreme Political Council … The Council stresses")
            for word in {w.lower() for name in entry["names"] for w in name.split() if w.lower() in organs}:
                self.organs.setdefault(word, set()).add(entry["code"])
        self.name_words: set[str] = {w.lower() for p in data["people"] for name in [p["name"], *p["aliases"]]
                                     for w in name.split()}  # every word of a person's name
        self.one_word_states: dict[str, str] = {name.lower(): entry["code"] for entry in data["states"]
                                                 for name in entry["names"] if " " not in name and len(name) >= 5}
        self.by_code: dict[str, ActorInfo] = {}  # code -> the first name it is known by
        self.stands_for: dict[str, list[str]] = {g["code"]: g["stands_for"] for g in data["armed_groups"]
                                                 if "stands_for" in g}  # a common name: the groups it may be
        self.members: dict[str, list[str]] = {g["code"]: g["members"] for g in data["armed_groups"] if "members" in g}
        self.kin_in: dict[str, set[str]] = {entry["code"]: set(entry["kin_in"]) for entry in data["states"]
                                             if "kin_in" in entry}  # "ALB" -> the states its demonym's people live in
        self.regions: dict[str, ActorInfo] = {region.lower(): ActorInfo(g["code"], g["names"][0], "armed_group")
                                              for g in data["armed_groups"] for region in g.get("regions", ())}
        for entry in data["states"]:
            canonical = entry["names"][0]
            for name in entry["names"]:
                self._add(name, ActorInfo(entry["code"], canonical, "state"))
            for demonym in entry["demonyms"]:
                self._add(demonym, ActorInfo(entry["code"], canonical, "demonym"))
        for group, kind in (("organisations", "organisation"), ("armed_groups", "armed_group")):
            for entry in data[group]:
                for name in entry["names"]:
                    self._add(name, ActorInfo(entry["code"], entry["names"][0], kind))
                for title in entry.get("bare_titles", ()):  # (a person: "he" is the Secretary-General, "it" not)
                    self._add(title, ActorInfo(entry["code"], f"{entry['names'][0]} {title}", "person"))
                    self.bare_titles.add(self.key(title))
        self.sides: dict[str, list[tuple[str, str, str | None]]] = {}  # name -> (code, from, to): who changed sides
        for person in data["people"]:
            info = ActorInfo(person["code"], person["name"], "person")
            self.sides[person["name"]] = [(s["code"], s["from"], s.get("to")) for s in person.get("sides", ())]
            for name in [person["name"], *person["aliases"]]:
                self._add(name, info)
            for office in person["offices"]:
                self.offices.append((office["title"], office["of"], office["from"], office["to"], person["name"]))

    def _add(self, name: str, info: ActorInfo) -> None:
        self.by_alias.setdefault(self.key(name), info)
        self.by_code.setdefault(info.code, info)
        self.surfaces.add(name.removeprefix("the ").strip())

    def near_state(self, word: str) -> str | None:
        """The code of the one state whose one-word name is one letter off `word` ("Ethopia", "Quatar"), or None."""
        low = word.lower()
        if low in self.name_words:
            return None  # ("Ghani", a name the file knows, is not Ghana)
        codes = {code for name, code in self.one_word_states.items() if name[0] == low[0] and one_edit_apart(low, name)}
        return codes.pop() if len(codes) == 1 else None

    @staticmethod
    def key(name: str) -> str:
        """Short names (US, UN) match as written; longer ones case-insensitively."""
        name = name.removeprefix("the ").strip()
        return name if len(name) <= 3 else name.lower()

    def lookup(self, text: str) -> ActorInfo | None:
        text = text.strip().removeprefix("the ").replace("’", "'").removesuffix("'s")
        return self.by_alias.get(self.key(text))

    def code_on(self, info: ActorInfo, on: str | None) -> str:
        """The side a person stood for on a day (ISO): Riek Machar in 2018 is the SPLM-IO's, in 2021 South Sudan's."""
        for code, start, end in self.sides.get(info.name, ()) if info.kind == "person" and on else ():
            if start <= on[:10] and (end is None or on[:10] <= end):
                return code
        return info.code

    def office_holder(self, title: str, of: str, on: str | None) -> str | None:
        """Who held `title` for `of` on date `on` (ISO): "defence minister", "RUS", "2023-01-06" -> Sergei Shoigu."""
        title = title.lower().replace("defense", "defence")
        for t, country, start, end, name in self.offices:
            if t == title and country == of and (on is None or (start <= on and (end is None or on <= end))):
                return name
        return None


@lru_cache(maxsize=1)
def actor_book() -> ActorBook:
    return ActorBook(load("actors"))


REGION_WORDS = {"central", "latin", "north", "south", "east", "west"}  # before a demonym, a region's adjective
FIGHTERS = {"force", "forces", "fighter", "rebel", "troop", "militia", "militant"}
HYPHEN_PARTS = re.compile(r"[-–]")
BOUNDARIES = {"border", "frontier", "boundary"}
SHARED_HEAD = re.compile(r"\b(?P<a>[A-Z][\w-]+) and (?P<b>[A-Z][\w-]+) (?P<head>(?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+)s\b")
SIDING = {"pro", "anti"}  # "pro-Iranian", "anti-Syria": whom a group sides with or against, not who acts


def allegiance(doc: Doc, start: int) -> bool:
    """Is the name at `start` the second half of "pro-X" / "anti-X"?"""
    return start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].lower_ in SIDING


def first_name(doc: Doc, start: int, end: int) -> bool:
    """Is the name at start:end only the first part of a longer person's name ("Abbas" in "Abbas Kamel", Egypt's
    intelligence chief, is not Mahmoud Abbas)?"""
    return end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON" and doc[end].pos_ == "PROPN"


class ActorTagger:
    """Doc in, Doc out: writes `doc.spans["tw_actors"]` (label: the actor's code)."""

    def __init__(self, nlp: Language) -> None:
        self.book = actor_book()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        short, long_ = [], []
        for name in sorted(self.book.surfaces):
            (short if len(name) <= 3 else long_).append(name)
        # Patterns are tokenised as written ("U.S." is one token, "u.s." is not) and matched on LOWER.
        self.exact.add("A", [nlp.make_doc(a) for a in short])
        self.folded.add("A", [nlp.make_doc(a) for a in long_])

    def __call__(self, doc: Doc) -> Doc:
        found: dict[tuple[int, int], Span] = {}
        on = getattr(doc._, "tw_ref", None)  # the article's day, for who changed sides
        for _, start, end in [*self.exact(doc), *self.folded(doc)]:
            info = self.book.lookup(doc[start:end].text)
            if info is None:
                continue
            if allegiance(doc, start) or info.kind == "person" and first_name(doc, start, end):
                continue
            if info.kind == "demonym" and start and doc[start - 1].lower_ == "ethnic":
                continue  # "Nagorno-Karabakh's ethnic Armenians": a people, not the state of that name
            if info.kind == "demonym" and start and doc[start - 1].lower_ in REGION_WORDS:
                continue  # "the Central American University", "Latin American": a region's, not the state's
                # (a state so named matches whole: "South African")
            if info.kind == "organisation" and start >= 2 and doc[start - 1].text in ("'s", "’s") and \
                    getattr(self.book.lookup(doc[start - 2].text), "kind", None) == "state":
                continue  # "Russia's Security Council", "Russia's UN envoy": the state's own, which its name tells
            if self.book.key(doc[start:end].text) in self.book.bare_titles and (
                    start and (doc[start - 1].text in ("'s", "’s") or self.book.lookup(doc[start - 1].text)) or
                    end < len(doc) and doc[end].lower_ == "of"):
                continue  # "NATO Secretary-General Mark Rutte", "the Secretary-General of the Arab League": another's
            found[(start, end)] = Span(doc, start, end, label=self.book.code_on(info, on))
        named = _longest_first(list(found.values()))
        spans = _shared_boundaries(doc, named)
        doc.spans[BORDER_KEY] = [s for s in named if s not in spans]
        for token in doc:
            if "-" in token.text or "–" in token.text:
                parts = HYPHEN_PARTS.split(token.text)
                for n, part in enumerate(parts):
                    if n and parts[n - 1].lower() in SIDING:
                        continue
                    info = self.book.lookup(part) if part else None
                    if info and not any(s.start <= token.i < s.end and s.label_ == info.code for s in spans):
                        spans.append(Span(doc, token.i, token.i + 1, label=info.code))
        spans = self.without_kin(doc, spans)
        spans += self.shared_heads(doc, spans, on)
        spans += self.misspelt_states(doc, spans)
        if doc.has_annotation("DEP"):
            spans += self.regional_forces(doc, spans)
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: (s.start, s.end))
        return doc

    def without_kin(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "Macedonia's four main parties, two Macedonian and two Albanian", "Albanian-owned shops" in Tetovo: in a
        story set in a state where a people of another's name lives, its demonym names that people, not the state
        of that name (unless the story names that state)."""
        told = {s.label_ for s in spans if info_of(s).kind != "demonym"} | set(getattr(doc._, "tw_countries", ())
                                                                              or ())
        return [s for s in spans if not (
            info_of(s).kind == "demonym" and s.label_ not in told and self.book.kin_in.get(s.label_, set()) & told)]

    def shared_heads(self, doc: Doc, spans: list[Span], on: str | None) -> list[Span]:
        """ "the Donetsk and Luhansk People's Republics": two names that share their last words, told once in the
        plural, each the actor its full name is."""
        out = []
        for m in SHARED_HEAD.finditer(doc.text):
            first = self.book.lookup(f"{m.group('a')} {m.group('head')}")
            second = self.book.lookup(f"{m.group('b')} {m.group('head')}")
            a = doc.char_span(m.start("a"), m.end("a"))
            b = doc.char_span(m.start("b"), m.end())
            if first is None or second is None or first.code == second.code or a is None or b is None or \
                    any(s.start < b.end and a.start < s.end for s in spans):
                continue
            out += [Span(doc, a.start, a.end, label=self.book.code_on(first, on)),
                    Span(doc, b.start, b.end, label=self.book.code_on(second, on))]
        return out

    def misspelt_states(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "Ethopia has agreed …", "Quatar's emir": a capitalised word one letter off a state's one-word name (a
        letter dropped, added, changed or two swapped), where the text names no such word otherwise."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = []
        for token in doc:
            word = token.text
            if token.i in taken or len(word) < 5 or not word[:1].isupper() or not word[1:].islower() or \
                    self.book.lookup(word) is not None or token.ent_type_ == "PERSON" or \
                    token.i + 1 < len(doc) and (doc[token.i + 1].text[:1].isupper() or
                                                doc[token.i + 1].lower_ in AREA_WORDS):
                continue  # (not a name of a person: "Nigel Farage"; nor a region's: "Moxico province")
            code = self.book.near_state(word)
            if code is not None:
                out.append(Span(doc, token.i, token.i + 1, label=code))
        return out

    def regional_forces(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "forces from the northern Tigray region": the armed group of a region, named by where it fights from."""
        out = []
        for token in doc:
            if token.lemma_.lower() not in FIGHTERS or any(s.start <= token.i < s.end for s in spans):
                continue
            preps = [*token.children, *(c for c in token.head.children if c.i == token.i + 1)]  # (or hung on the
            # phrase before: "the government and forces from …")
            place = next((t for c in preps if c.dep_ == "prep" and c.lower_ in ("from", "of")
                          for g in c.children if g.dep_ == "pobj" for t in g.subtree
                          if t.lower_ in self.book.regions), None)
            if place is not None:
                out.append(Span(doc, token.i, token.i + 1, label=self.book.regions[place.lower_].code))
        return out


def _shared_boundaries(doc: Doc, spans: list[Span]) -> list[Span]:
    """Without the two names of a shared border: "Gunfire on the Thai-Cambodian border" says where, not whom it
    struck."""
    ordered = sorted(spans, key=lambda s: s.start)
    drop: set[int] = set()
    for a, b in zip(ordered, ordered[1:]):
        if b.start == a.end + 1 and doc[a.end].text in ("-", "–") and a.label_ != b.label_ and \
                b.end < len(doc) and doc[b.end].lemma_.lower() in BOUNDARIES:
            drop |= {a.start, b.start}
    return [s for s in spans if s.start not in drop]


def _longest_first(spans: list[Span]) -> list[Span]:
    """Drop spans inside a longer one ("Putin" inside "Vladimir Putin")."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if not any(k.start <= span.start and span.end <= k.end for k in kept):
            kept.append(span)
    return kept


def info_of(span: Span) -> ActorInfo:
    """The ActorInfo behind a tagged span (hyphen parts included)."""
    book = actor_book()
    info = book.lookup(span.text)
    if info and info.code == span.label_:
        return info
    if info and info.kind == "person" and any(code == span.label_ for code, _, _ in book.sides.get(info.name, ())):
        return ActorInfo(span.label_, info.name, "person")  # (the side they stood for on the article's day)
    for part in HYPHEN_PARTS.split(span.text):
        found = book.lookup(part)
        if found and found.code == span.label_:
            return found
    known = book.by_code.get(span.label_)  # ("Donetsk" of "the Donetsk and Luhansk People's Republics")
    if known is not None and known.kind != "person":
        return known
    return ActorInfo(span.label_, span.text, "state")
