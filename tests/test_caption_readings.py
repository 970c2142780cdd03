"""A video's automatic captions (batch 52 of our own articles): no capitals and no stops, read with its names
capitalised and the actor book's short names in capitals, and a day said as words ("the second of september 1996").
Tested on text written for it."""

from datetime import date

from records import codes, of_type
from trucewatch.nlp.pipeline import known_names, lower_case
from trucewatch.nlp.when import find_dates

CAPTIONS = """[Music]
hi everyone and welcome back to the channel
today we're looking at how the war ended
on the fourteenth of december 1995 the
presidents of bosnia croatia and serbia
signed the peace agreement in paris
[Music]
the tripoli agreement that the government
of ferdinand marcos and the mnlf signed in
libya in december 1976 is another story
"""


def test_a_passage_without_capitals_is_read_with_its_names_capitalised():
    said = lower_case("the mnlf chairman nur misuari signed it in manila with the un and us watching",
                      known_names())
    assert said == "the MNLF chairman Nur Misuari signed it in Manila with the UN and us watching"
    assert lower_case("The MNLF signed it in Manila.", known_names()) == "The MNLF signed it in Manila."


def test_a_day_said_as_words_is_a_day():
    assert [f.when.start for f in find_dates("on the second of September 1996", date(2021, 9, 2))] == ["1996-09-02"]
    assert [f.when.start for f in find_dates("on the twenty-first of May", date(2021, 9, 2))] == ["2021-05-21"]
    assert not find_dates("a second May rally", date(2021, 9, 2))


def test_captions_tell_their_deals_with_sides_and_places(extract):
    events = extract(CAPTIONS, published="2021-09-02")
    [dayton] = [d for d in of_type(events, "agreement") if d.place is not None and d.place.country == "FRA"]
    assert codes(dayton, "participant") >= {"BIH", "HRV", "SRB"}
    [tripoli] = [d for d in of_type(events, "agreement") if d.date is not None and d.date.start == "1976-12"]
    assert codes(tripoli, "participant") >= {"PHL", "MNLF"} and tripoli.place.country == "LBY"
