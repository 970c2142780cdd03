"""Who fights whom: the wars of `data/wars.json`, for telling a truce's sides from its brokers.

"The two leaders agreed that the path to peace would begin with a ceasefire on energy", in the readout of a call
between Washington and Moscow while Russia fights Ukraine, names two who agreed; only one of them fights. A state or
organisation that makes a truce with one camp of a war going on, fights in none of it and is at war with none of that
camp, brokered it: it is the truce's mediator, not its side.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from trucewatch.nlp.actors import actor_book
from trucewatch.nlp.lexicon import load


@dataclass(frozen=True)
class War:
    name: str
    camps: tuple[frozenset[str], frozenset[str]]
    start: str
    end: str | None

    def on(self, day: str) -> bool:
        """Was the war going on, on the ISO day (or month, or year) given?"""
        return self.start[:len(day)] <= day and (self.end is None or day <= self.end)

    def enemies(self, code: str) -> frozenset[str]:
        """The other camp, for one of the war's actors; empty for anyone else."""
        one, other = self.camps
        return other if code in one else one if code in other else frozenset()


@lru_cache(maxsize=1)
def wars() -> tuple[War, ...]:
    return tuple(War(w["name"], (frozenset(w["sides"][0]), frozenset(w["sides"][1])), w["from"], w["to"])
                 for w in load("wars")["wars"])


def enemies_on(code: str, day: str) -> frozenset[str]:
    """Everyone `code` was at war with on `day`, by the wars this file knows."""
    return frozenset(c for w in wars() if w.on(day) for c in w.enemies(code))


def brokers_among(sides: frozenset[str], day: str, named: set[str]) -> frozenset[str]:
    """Which of a truce's sides only brokered it: states and organisations at war with none of the others, while
    another side fights a war going on that day whose other camp the article names. Not the home state of an armed
    group they would be broking for ("Israel and Lebanon agreed", while Israel fights Hezbollah)."""
    book = actor_book()
    fighting = {code: enemies_on(code, day) & named for code in sides}
    if not any(fighting.values()):
        return frozenset()
    bases = {book.bases.get(code) for foes in fighting.values() for code in foes}
    return frozenset(
        code for code in sides
        if not fighting[code] and not enemies_on(code, day) & sides and code not in bases and
        (code in book.organisations or code in book.states))


def civil_war_sides(country: str, day: str, named: frozenset[str] = frozenset()) -> frozenset[str]:
    """The sides of the one war going on that day inside `country`: the state and the armed groups based there that
    it fights ("In Yemen, the truce that began on 2 April": the government and the Houthis); where none, the one state
    that fights groups based there. Empty where no such war, or several, was going on."""
    book = actor_book()
    found, abroad = [], []
    for war in wars():
        if not war.on(day):
            continue
        for home, other in (war.camps, war.camps[::-1]):
            groups = frozenset(code for code in other if book.bases.get(code) == country)
            groups = groups & named or groups  # (of the groups, those the article names: Hamas, not every group)
            if country in home and groups:
                found.append(frozenset({country}) | groups)
            elif groups and country not in home and all(code in book.states for code in home) and len(home) == 1:
                abroad.append(home | groups)  # ("The humanitarian pause in Gaza began at 7 a.m.": Israel and the
                # groups that fight it from Gaza)
    if found:
        return found[0] if len(found) == 1 else frozenset()
    return abroad[0] if len(abroad) == 1 else frozenset()

