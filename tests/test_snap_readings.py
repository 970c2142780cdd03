"""Readings found on batch 22 of our own articles (eval/own/pending): a correspondent's thread, a court's summary
of its order, an agency's snaps, a parliament's written answer and a magazine feature. Each is tested on sentences
written for it."""

from datetime import date

from records import of_type, roles
from trucewatch.ingest.clean import clean, is_furniture
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


def test_a_truce_s_start_and_its_extension_told_in_one_sentence_are_two_steps(extract):
    events = of_type(extract("The ceasefire took effect on the evening of 22 May for seven days and was extended on "
                             "29 May for a further five days.", published="2023-06-05"), "ceasefire")
    assert {e.status: (e.date.start, e.quantities) for e in events} == {
        "in_effect": ("2023-05-22", {"duration_days": 7}), "extended": ("2023-05-29", {"duration_days": 5})}


def test_the_two_sides_are_the_pair_named_together_before(extract):
    events = extract("Question: what assessment has been made of the ceasefire agreed in Jeddah by the Sudanese Armed "
                     "Forces and the Rapid Support Forces.\n\nAnswer: The UK welcomed the agreement the two sides "
                     "signed in Jeddah on 20 May to a short-term ceasefire.", published="2023-06-05")
    assert not of_type(events, "agreement")
    [truce] = [e for e in of_type(events, "ceasefire") if e.date.start == "2023-05-20"]
    assert {("SDN", "participant"), ("RSF", "participant")} <= roles(truce)


def test_sanctions_on_companies_linked_to_sides_hit_those_sides_on_the_day_told(extract):
    [sanction] = of_type(extract("The army and the RSF signed a truce. The United States imposed sanctions on "
                                 "companies linked to both sides on 1 June.", published="2023-06-05"), "sanction")
    assert sanction.date.start == "2023-06-01"
    assert {("SDN", "target"), ("RSF", "target")} <= roles(sanction)


def test_a_paragraph_that_opens_with_by_is_no_byline_unless_a_name_follows():
    assert not is_furniture("By thirteen votes to two, the Court ordered Israel to halt its offensive.")
    assert not is_furniture("By Tuesday, the ceasefire had collapsed.")
    assert is_furniture("By John Smith and Jane Doe, Reuters")


def test_a_court_s_order_to_halt_an_offensive_calls_for_a_truce(extract):
    [truce] = of_type(extract("The International Court of Justice ruled today.\n\nBy thirteen votes to two, the "
                              "Court ordered Israel to halt at once its military offensive in the Rafah Governorate.",
                              published="2024-05-24"), "ceasefire")
    assert truce.status == "called_for" and roles(truce) == {("ICJ", "initiator"), ("ISR", "target")}


def test_whom_a_town_is_taken_from_is_the_target(extract):
    [attack] = of_type(extract("M23 rebels seized Goma from the Congolese army on Monday.", published="2025-01-28"),
                       "attack")
    assert roles(attack) == {("M23", "initiator"), ("COD", "target")}
