"""Readings batch 50 of our own articles asked for, from a lecturer's slide outline: troops landing on a shore as an
attack, and the year of the outline's first full date carried to its later days. Tested on text written for it."""

from records import codes, of_type

OUTLINE = """HIST 301, week 4: Suez, 1956 (slides)

Slide 2 - The landings
- 6 November 1956: British and French troops land near Ismailia
- The planes that carried the wounded land in Cyprus

Slide 3 - The line
- 7 November: Britain and France agree to a ceasefire
"""


def test_troops_that_land_on_a_shore_attack_and_planes_that_land_do_not(extract):
    events = extract(OUTLINE, published="2024-03-11")
    attacks = of_type(events, "attack")
    assert [(a.date.start, a.evidence.text.split(": ")[-1]) for a in attacks] == [
        ("1956-11-06", "British and French troops land near Ismailia")]
    assert {"GBR", "FRA"} <= codes(attacks[0], "initiator")
    truces = of_type(events, "ceasefire")
    assert [t.date.start for t in truces] == ["1956-11-07"]  # (the outline's year, not the last 7 November)
