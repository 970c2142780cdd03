"""Where the table of wars places what a side does: an attack or a truce by a state at war with the country the
article's fighting is in happened there, and struck that country, while the war lasts. Tested on text written for it
(batch 50 of our own articles asked for it, from a lecturer's slides on Cyprus in 1974)."""

from records import codes, of_type

CHRONOLOGY = """The island in 1974: a chronology for week 6

- 22 July 1974: Turkish aircraft bomb the port of Famagusta
- 14 August 1974: Turkey launches a second offensive
- 16 August 1974: Turkey announces a ceasefire
- 2 April 1975: Turkish soldiers fire on a fishing boat
"""


def test_a_strike_in_a_country_at_war_with_the_striker_hits_it_though_the_text_never_names_it(extract):
    first = of_type(extract(CHRONOLOGY, published="2024-03-11"), "attack")[0]
    assert first.date.start == "1974-07-22"
    assert codes(first, "initiator") == {"TUR"} and codes(first, "target") == {"CYP"}


def test_an_offensive_and_a_truce_told_with_no_place_are_in_the_theatre_the_war_is_fought_in(extract):
    found = extract(CHRONOLOGY, published="2024-03-11")
    offensive = next(e for e in of_type(found, "attack") if e.date.start == "1974-08-14")
    assert offensive.place is not None and offensive.place.country == "CYP"
    assert codes(offensive, "target") == {"CYP"}
    [truce] = of_type(found, "ceasefire")
    assert truce.status == "announced" and truce.place is not None and truce.place.country == "CYP"


def test_after_the_war_the_table_places_nothing(extract):
    later = next(e for e in of_type(extract(CHRONOLOGY, published="2024-03-11"), "attack")
                 if e.date.start == "1975-04-02")
    assert later.place is None and not codes(later, "target")
