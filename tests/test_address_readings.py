"""Readings found on batch 23 of our own articles (eval/own/pending): a speech to the General Assembly, a statement
dated by two calendars, an agreement article by article, a press review and a research brief. Each is tested on
sentences written for it."""

from records import of_type, roles


def test_the_i_of_an_address_is_who_gives_it(extract):
    [truce] = of_type(extract("Address of the Secretary-General to the General Assembly\n\nIn Ethiopia, fighting "
                              "resumed in late August. I call on the Government of Ethiopia and the Tigrayan "
                              "leadership to stop the fighting.", published="2022-09-20"), "ceasefire")
    assert truce.status == "called_for"
    assert roles(truce) == {("UN", "initiator"), ("ETH", "target"), ("TPLF", "target")}


def test_a_movement_s_council_is_the_movement_and_stressing_is_saying(extract):
    events = extract("Statement of the Supreme Political Council\n\nThe Council stresses that peace requires a "
                     "complete halt to the aggression and the lifting of the blockade, and that it will not accept a "
                     "partial or temporary truce.", published="2023-04-14")
    [demand] = of_type(events, "demand")
    assert demand.status == "made" and ("HOUTHI", "initiator") in roles(demand)
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "rejected" and roles(truce) == {("HOUTHI", "initiator")}
    assert not of_type(events, "sanction")  # the blockade's lifting is asked for, not done


def test_receiving_another_side_s_delegation_is_talks_and_a_mediation_delegation_mediates(extract):
    [talks] = of_type(extract("The Supreme Political Council, chaired by President Mahdi al-Mashat, received over the "
                              "past days the Saudi delegation headed by Ambassador Mohammed Al Jaber and the Omani "
                              "mediation delegation.", published="2023-04-14"), "talks")
    assert talks.status == "held"
    assert roles(talks) == {("HOUTHI", "participant"), ("SAU", "participant"), ("OMN", "mediator")}
    assert not of_type(extract("The minister received the new ambassador of France on Monday.",
                               published="2023-04-14"), "talks")


def test_an_exchange_that_begins_today_is_carried_out(extract):
    [swap] = of_type(extract("The Houthis welcome the exchange of prisoners that begins today under the auspices of "
                             "the International Committee of the Red Cross.", published="2023-04-14"),
                     "prisoner_exchange")
    assert swap.status == "carried_out" and swap.date.start == "2023-04-14" and ("ICRC", "mediator") in roles(swap)


def test_a_summit_that_called_for_a_truce_was_held_and_called_for_it_on_its_day(extract):
    events = extract("A joint summit of the East African Community and the Southern African Development Community in "
                     "Dar es Salaam on 8 February called for an immediate ceasefire.", published="2025-02-28")
    [talks] = of_type(events, "talks")
    assert talks.status == "held" and roles(talks) == {("EAC", "participant"), ("SADC", "participant")}
    [truce] = of_type(events, "ceasefire")
    assert truce.date.start == "2025-02-08" and roles(truce) == {("EAC", "initiator"), ("SADC", "initiator")}


def test_an_agreement_s_articles_are_agreed_on_its_day_and_its_conveners_broker_it(extract):
    events = extract("Ethiopia's government and the Tigray People's Liberation Front signed the agreement in Pretoria "
                     "on 2 November 2022, after ten days of talks convened by the African Union. Its main articles:"
                     "\n\nArticle 1 — The parties agree to a permanent cessation of hostilities, with immediate "
                     "effect.", published="2022-11-03")
    [deal] = of_type(events, "agreement")
    assert ("AU", "mediator") in roles(deal)
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed" and truce.date.start == "2022-11-02"


def test_a_truce_with_one_side_in_a_sentence_naming_one_state_is_between_them(extract):
    [truce] = of_type(extract("Israel's papers are divided over the ceasefire with Hezbollah that took effect at 4 "
                              "a.m. today.", published="2024-11-27"), "ceasefire")
    assert {("ISR", "participant"), ("HEZBOLLAH", "participant")} <= roles(truce)


def test_talks_with_a_received_delegation_are_held_at_the_host_s_home(extract):
    [talks] = of_type(extract("The Houthis received the Saudi delegation on Sunday.", published="2023-04-14"), "talks")
    assert talks.place.country == "YEM"


def test_a_truce_told_without_sides_is_between_the_sides_of_the_one_war_in_its_country(extract):
    [truce] = of_type(extract("In Yemen, the truce that began on 2 April has held for almost six months.",
                              published="2022-09-20"), "ceasefire")
    assert roles(truce) == {("YEM", "participant"), ("HOUTHI", "participant")}
    [pause] = of_type(extract("Hamas released 13 hostages. The humanitarian pause in Gaza began at 7 a.m. local time "
                              "this morning.", published="2023-11-24"), "ceasefire")
    assert roles(pause) == {("ISR", "participant"), ("HAMAS", "participant")}
