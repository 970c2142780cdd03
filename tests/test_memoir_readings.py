"""Readings that a memoir of Aceh's peace asked for (batch 44 of our own articles): talks told by the month they began,
"within a month" of a day told before; the one the two sides sat down "with", who is neither of them; the bare "deal"
that points past the talks to the deal they made; and a truce a convener brokered, between the sides of its war."""

from records import codes, of_type

MEMOIR = (
    "Ten years ago today, the Indonesian government and the Free Aceh Movement (GAM) signed a peace agreement in "
    "Helsinki.\n\n"
    "I had been in Aceh before, as an observer for the Henry Dunant Centre. Its Cessation of Hostilities Agreement, "
    "signed in Geneva in December 2002, lasted five months.\n\n"
    "On 26 December 2004 the wave killed some 170,000 people in Aceh, and within a month both sides were sitting down "
    "in Finland with Martti Ahtisaari.\n\n"
    "The deal gave GAM until the end of the year to hand in its weapons.")


def test_talks_begun_within_a_month_of_a_day_told_before_fall_in_the_month_after(extract):
    talks = of_type(extract(MEMOIR, published="2015-08-15"), "talks")
    assert [(t.date.start, t.date.precision) for t in talks] == [("2005-01", "month")]


def test_the_one_both_sides_sat_down_with_is_their_mediator(extract):
    talks = of_type(extract(MEMOIR, published="2015-08-15"), "talks")[0]
    assert codes(talks, "participant") == {"IDN", "GAM"} and codes(talks, "mediator") == {"FIN"}
    events = extract("Both sides met on Monday in Doha. Israel held talks with Hamas in Cairo on Tuesday.",
                     published="2025-06-03")
    cairo = [t for t in of_type(events, "talks") if t.place and t.place.country == "EGY"]
    assert cairo and {"ISR", "HAMAS"} <= codes(cairo[0], "participant")  # (one side meeting the other: a side)


def test_a_bare_deal_after_talks_is_the_deal_they_made_not_a_truce_of_years_before(extract):
    events = extract(MEMOIR, published="2015-08-15")
    truce = of_type(events, "ceasefire")[0]
    assert codes(truce, "mediator") == {"HDC"}  # (not Ahtisaari, whose talks made the later deal)
    deal = of_type(events, "agreement")[0]
    assert any("The deal gave GAM" in m.text for m in deal.mentions)


def test_a_truce_a_convener_brokered_abroad_is_between_the_sides_of_its_war(extract):
    truce = of_type(extract(MEMOIR, published="2015-08-15"), "ceasefire")[0]
    assert codes(truce, "participant") == {"IDN", "GAM"} and truce.place.country == "CHE"
