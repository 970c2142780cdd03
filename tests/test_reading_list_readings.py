"""Readings an annotated reading list and a briefing asked for (batch 51 of our own articles): talks named by a word
that needs its setting ("the dialogue opened at …", "the OAU-sponsored conference"), talks a fragment points at by
their place and a year gone by, and a deal a "where" clause tells of, done where they met. Tested on text written
for it."""

from records import codes, of_type


def test_a_dialogue_that_opens_is_talks_held(extract):
    [talks] = of_type(extract("The National Dialogue opened at Kigali, Rwanda, on 3 March 2004, with a retired judge "
                              "as facilitator.", published="2004-04-01"), "talks")
    assert talks.status == "held" and talks.date.start == "2004-03-03" and talks.place.country == "RWA"
    assert not of_type(extract("The report opened a new chapter in the dialogue about reform.",
                               published="2004-04-01"), "talks")  # (a dialogue, not between sides, opened nothing)


def test_a_conference_sponsored_by_a_mediator_is_talks(extract):
    [talks] = of_type(extract("The OAU-sponsored conference in Antananarivo ended on 23 April 1999.",
                              published="1999-05-01"), "talks")
    assert talks.date.start == "1999-04-23" and talks.place.country == "MDG" and codes(talks, "mediator") == {"OAU"}


def test_talks_a_fragment_names_by_place_and_a_year_gone_by_were_held_and_what_a_where_clause_tells_was_done_there(
        extract):
    events = extract("The fullest account of the OAU-sponsored conference in Antananarivo in April 1999, where the "
                     "Anjouan delegates refused to sign the agreement.", published="2021-09-01")
    [talks] = of_type(events, "talks")
    assert talks.status == "held" and talks.date.start == "1999-04" and talks.place.country == "MDG"
    [refused] = of_type(events, "agreement")
    assert refused.status == "rejected" and codes(refused, "initiator") == {"ANJOUAN"}
    assert refused.place is not None and refused.place.country == "MDG"
    assert not of_type(extract("A preview of the peace conference in Geneva in April 2027.",
                               published="2021-09-01"), "talks")  # (a year to come: not held)
