"""Readings found while bringing batch 11 of our own articles (eval/own/pending) up to the set's floors: a truce or
deal that only "it" names, acts told with their verb left out, and what talks share with the deal they led to. Each
is tested on sentences written for it."""

from records import of_type, roles


def test_a_truce_named_only_by_it_takes_effect_between_its_sides(extract):
    events = extract("Qatar announced a truce between Israel and Hamas after weeks of fighting in Gaza. It takes "
                     "effect at 7 a.m. on Nov. 24.", published="2023-11-22")
    [start] = [e for e in of_type(events, "ceasefire") if e.status == "in_effect"]
    assert {("ISR", "participant"), ("HAMAS", "participant")} <= roles(start)
    assert not any(role == "initiator" for _, role in roles(start))  # "it" is the truce, no state
    assert start.date.start.startswith("2023-11-24T07:00")


def test_it_after_an_attack_word_is_no_truce(extract):
    events = extract("Russian forces shelled the town on Monday. It takes hours to reach by road.",
                     published="2024-03-04")
    assert not of_type(events, "ceasefire")


def test_it_accepted_by_each_side_on_its_own_day_is_two_acceptances(extract):
    events = extract("A truce between Israel and Hezbollah took effect on Monday.\n\nThe Lebanese cabinet accepted "
                     "it on Saturday and Israel's cabinet on Sunday.", published="2006-08-14")
    accepted = sorted((e for e in of_type(events, "ceasefire") if e.status == "accepted"), key=lambda e: e.date.start)
    assert [(roles(e), e.date.start) for e in accepted] == [({("LBN", "initiator")}, "2006-08-12"),
                                                            ({("ISR", "initiator")}, "2006-08-13")]


def test_a_side_that_will_abide_by_the_truce_told_accepts_it(extract):
    events = extract("A truce between Israel and Hezbollah took effect on Monday. Hezbollah leader Hassan Nasrallah "
                     "said his fighters would abide by it.", published="2006-08-14")
    [accepted] = [e for e in of_type(events, "ceasefire") if e.status == "accepted"]
    assert roles(accepted) == {("HEZBOLLAH", "initiator")}


def test_a_deal_it_names_that_a_side_will_not_sign_is_no_event(extract):
    events = extract("The text of the treaty was agreed in March, but Azerbaijan has said it will not sign it until "
                     "Armenia changes its constitution.", published="2025-08-08")
    assert not any(e.trigger.text == "sign" for e in events)


def test_a_side_that_says_it_will_halt_its_operations_still_declares_a_truce(extract):
    [truce] = of_type(extract("The army said it would refrain from offensive operations in eastern Congo.",
                              published="2025-03-22"), "ceasefire")
    assert truce.status == "announced"


def test_a_plan_told_again_after_a_truce_told_as_a_plan_is_the_truce(extract):
    events = extract("TBILISI, Aug 15 (Wire) - Georgia's president signed a French-brokered ceasefire plan on Friday. "
                     "The six-point plan was agreed in Moscow on Tuesday by Russian President Dmitry Medvedev.",
                     published="2008-08-16")
    [moscow] = [e for e in events if e.date is not None and e.date.start == "2008-08-12"]
    assert (moscow.type, moscow.status, moscow.place.country) == ("ceasefire", "agreed", "RUS")
    assert ("RUS", "participant") in roles(moscow)
    events = extract("Russia put forward a peace proposal on Tuesday. The proposal was rejected by Kyiv.",
                     published="2022-03-02")  # (a proposal of its own, no truce told as one)
    assert not of_type(events, "ceasefire") and "rejected" in {e.status for e in of_type(events, "proposal")}


def test_talks_a_deal_came_after_were_held_where_it_was_made(extract):
    events = extract("The presidents of Bosnia, Croatia and Serbia initialled a peace agreement at an air force base "
                     "near Dayton, Ohio, on Tuesday after three weeks of talks.", published="1995-11-22")
    [talks] = of_type(events, "talks")
    assert talks.place.country == "USA"


def test_troops_pouring_across_the_border_attack_and_refugees_do_not(extract):
    [invasion] = of_type(extract("The war began on Aug. 7. Russian tanks and troops poured across the border the next "
                                 "day.", published="2008-08-16"), "attack")
    assert roles(invasion) == {("RUS", "initiator")} and invasion.date.start == "2008-08-08"
    assert not of_type(extract("Thousands of refugees poured across the border into Turkey on Monday.",
                               published="2016-02-09"), "attack")


def test_fighters_who_crossed_into_a_country_and_captured_soldiers_attacked_it_there(extract):
    events = extract("A truce between Israel and Hezbollah took effect on Monday. The war began on July 12 when "
                     "Hezbollah fighters crossed into Israel and captured two soldiers.", published="2006-08-14")
    [capture] = of_type(events, "attack")
    assert capture.place.country == "ISR" and {("HEZBOLLAH", "initiator"), ("ISR", "target")} <= roles(capture)
    assert capture.date.start == "2006-07-12"


def test_a_day_of_the_main_clause_is_not_the_day_of_a_relative_clause_on_its_subject(extract):
    events = extract("Colombo, 3 January 2008. The Royal Norwegian Government, which facilitated the peace talks, "
                     "has been given notice today.", published="2008-01-03")
    [talks] = of_type(events, "talks")
    assert ("NOR", "mediator") in roles(talks) and (talks.date is None or talks.date.inferred)


def test_a_deal_made_after_a_session_in_a_capital_was_made_there(extract):
    events = extract("After an all-night session in the Belarusian capital, the leaders of Russia and Ukraine "
                     "agreed on Thursday on a new ceasefire.", published="2015-02-13")
    [truce] = of_type(events, "ceasefire")
    assert truce.place.country == "BLR" and truce.date.start == "2015-02-12"
    [alone] = of_type(extract("After an all-night session, the leaders of Russia and Ukraine agreed on Thursday on a "
                              "new ceasefire in eastern Ukraine.", published="2015-02-13"), "ceasefire")
    assert alone.place is None or alone.place.country == "UKR"
