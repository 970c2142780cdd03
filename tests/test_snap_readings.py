"""Readings found on batch 22 of our own articles (eval/own/pending): a correspondent's thread, a court's summary
of its order, an agency's snaps, a parliament's written answer and a magazine feature. Each is tested on sentences
written for it."""

from datetime import date

from records import of_type, roles
from trucewatch.ingest.clean import clean
from trucewatch.nlp.when import find_dates


def test_an_agency_s_snaps_with_their_times_are_told_not_headlines():
    text = ("SYRIA-TRUCE/ (URGENT)\n10 Dec 2024 14:20 GMT - Rebels say they have taken the town\n"
            "11 Dec 2024 21:05 GMT - Army source says there is no ceasefire")
    assert [s.kind for s in clean(text, "SYRIA-TRUCE/ (URGENT)").segments] == ["headline", "body", "body"]


def test_snaps_of_a_taking_a_truce_and_its_denial_are_each_recorded(extract):
    events = extract("SYRIA-MANBIJ/ (URGENT)\n\n10 Dec 2024 14:20 GMT - Turkey-backed Syrian National Army says it "
                     "has taken full control of Manbij\n\n11 Dec 2024 19:40 GMT - SDF says U.S.-mediated ceasefire "
                     "reached in Manbij\n\n11 Dec 2024 21:05 GMT - Turkish defence ministry source says there is no "
                     "ceasefire with the SDF", published="2024-12-17")
    [attack] = of_type(events, "attack")
    assert ("FSA", "initiator") in roles(attack) and ("TUR", "initiator") not in roles(attack)
    truces = {e.status: e for e in of_type(events, "ceasefire")}
    assert set(truces) == {"agreed", "rejected"} and ("TUR", "initiator") in roles(truces["rejected"])


def test_who_backs_a_speaker_is_not_what_its_pronoun_stands_for(extract):
    [attack] = of_type(extract("Rwanda-backed M23 rebels said they had seized Goma.", published="2025-01-28"),
                       "attack")
    assert roles(attack) == {("M23", "initiator")}


def test_a_truce_that_stays_in_force_is_in_effect(extract):
    [truce] = of_type(extract("The ceasefire between the government and the ELN remained in place on Tuesday.",
                              published="2023-01-04"), "ceasefire")
    assert truce.status == "in_effect"


def test_a_feast_names_its_day():
    [eve, first] = find_dates("On New Year's Eve Petro announced a truce from Jan. 1.", date(2023, 1, 4))
    assert (eve.when.start, first.when.start) == ("2022-12-31", "2023-01-01")
    assert find_dates("on Christmas Day", date(2024, 12, 27))[0].when.start == "2024-12-25"


def test_the_decree_after_a_truce_is_that_truce(extract):
    events = extract("On New Year's Eve President Gustavo Petro announced a six-month ceasefire with five armed "
                     "groups. On Tuesday the government suspended the decree for the ELN.", published="2023-01-04")
    assert {e.status: e.date.start for e in of_type(events, "ceasefire")} == {"announced": "2022-12-31",
                                                                               "ended": "2023-01-03"}
    assert not of_type(extract("The government issued a decree on taxes on Tuesday.", published="2023-01-04"),
                       "ceasefire")
