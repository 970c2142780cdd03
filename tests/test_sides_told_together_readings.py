"""What "the two sides" or "the three ministers" tell together: a truce in force told in a clause of the article's
two sides is theirs; a that-clause of what they should do is a deal; a deal made on a day of talks told before, by
the talks' sides, is made where they met; and a buffer zone patrolled is a place, not a deal. Tested on text written
for it (batch 50 of our own articles asked for it, from a fact-check thread on Simla and slides on Cyprus)."""

from records import codes, of_type

THREAD = """Kashmir notes for the desk

Shastri and Ayub Khan signed the Tashkent Declaration on 10 January 1966.
Both sides agreed to respect the line drawn by the ceasefire of 23 September 1965.
"""

OUTLINE = """Week 3 outline: the Aegean

- 2-4 February 1996: the foreign ministers of Greece, Turkey and Italy meet in Rome
- 4 February 1996: the three ministers agree that neither navy should land troops on the islets
- NATO ships patrol the buffer zone between the two fleets
"""


def test_a_truce_in_force_told_in_a_clause_of_both_sides_is_between_the_article_s_pair(extract):
    [truce] = of_type(extract(THREAD, published="2024-03-11"), "ceasefire")
    assert truce.status == "in_effect" and truce.date.start == "1965-09-23"
    assert codes(truce, "participant") == {"IND", "PAK"}


def test_three_ministers_who_agree_what_should_not_be_done_make_a_deal_where_their_talks_met(extract):
    deals = of_type(extract(OUTLINE, published="2024-03-11"), "agreement")
    assert [(d.status, d.date.start) for d in deals] == [("agreed", "1996-02-04")]
    assert codes(deals[0], "participant") == {"GRC", "TUR", "ITA"}
    assert deals[0].place is not None and deals[0].place.country == "ITA"


def test_a_buffer_zone_that_ships_patrol_is_no_deal(extract):
    found = extract(OUTLINE, published="2024-03-11")
    assert not [e for e in found if "patrol" in e.evidence.text]
