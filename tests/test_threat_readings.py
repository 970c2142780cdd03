"""Readings found on batch 31 of our own articles (eval/own/pending): wire copy on an attack no one claims and the
threats it draws, a round of talks and the swaps agreed at it, a truce signed at a seat of the United Nations, a
direct attack and the strike it answers, a helicopter fired on. Each is tested on sentences written for it."""

from records import of_type, roles


def test_a_harm_answered_is_a_threat_only_when_vowed(extract):
    [threat] = of_type(extract("The Myanmar army warned that it would respond forcefully if the rebels attacked its "
                               "positions.", published="2025-04-02"), "attack")
    assert threat.status == "threatened" and ("MMR", "initiator") in roles(threat)
    [vow] = of_type(extract("Washington vowed to retaliate against Iran.", published="2024-01-29"), "attack")
    assert vow.status == "threatened" and roles(vow) >= {("USA", "initiator")}
    assert not of_type(extract("Hezbollah said its leadership would decide how to respond.",
                               published="2025-11-23"), "attack")
    assert not of_type(extract("Hamas said it would respond to the proposal within days.",
                               published="2025-01-10"), "attack")


def test_the_harm_one_side_says_the_other_will_bear_is_its_threat(extract):
    [punished] = of_type(extract("The group said Israel would receive its \"just punishment\".",
                                 published="2024-09-17"), "attack")
    assert punished.status == "threatened" and roles(punished) == {("ISR", "target")}
    [punished] = of_type(extract("Hezbollah said Israel would receive its just punishment.",
                                 published="2024-09-17"), "attack")
    assert roles(punished) == {("HEZBOLLAH", "initiator"), ("ISR", "target")}
    [price] = of_type(extract("Gantz said Israel would exact a heavy price from Iran at a time of its choosing.",
                              published="2024-04-14"), "attack")
    assert price.status == "threatened" and roles(price) == {("ISR", "initiator"), ("IRN", "target")}


def test_holding_a_side_responsible_accuses_it(extract):
    [charge] = of_type(extract("Kyiv said it held Russia fully responsible for the strike on the dam.",
                               published="2023-06-06"), "accusation")
    assert roles(charge) == {("UKR", "initiator"), ("RUS", "target")}
    assert not of_type(extract("Ukraine and Russia held talks in Istanbul on Friday.", published="2025-05-16"),
                       "accusation")


def test_whose_devices_blew_up_is_whom_the_blasts_struck(extract):
    [attack] = of_type(extract("Walkie-talkies used by members of Hezbollah exploded across southern Lebanon on "
                               "Wednesday, killing 20 people.", published="2024-09-18"), "attack")
    assert roles(attack) == {("HEZBOLLAH", "target")} and attack.quantities["killed"] == 20


def test_who_came_under_fire_bore_the_attack(extract):
    [attack] = of_type(extract("A United Nations convoy came under fire near Nasir on Friday, killing one driver.",
                               published="2025-03-08"), "attack")
    assert roles(attack) == {("UN", "target")}


def test_talks_at_a_seat_of_the_un_are_its_to_convene_not_the_host_state_s(extract):
    [talks] = of_type(extract("Libya's two main warring sides signed a permanent ceasefire on Friday, the United "
                              "Nations said, after five days of talks in Geneva between military delegations of the "
                              "Government of National Accord and the Libyan National Army.", published="2020-10-23"),
                      "talks")
    assert roles(talks) == {("LBY", "participant"), ("LNA", "participant"), ("UN", "mediator")}
    [talks] = of_type(extract("Russian and Ukrainian delegations met in Istanbul on Friday for talks that lasted two "
                              "hours.", published="2025-05-16"), "talks")
    assert ("TUR", "mediator") in roles(talks)


def test_a_side_s_possession_is_its_own_whatever_place_the_phrase_names(extract):
    [strike] = of_type(extract("Iran said the missiles answered an air strike on its embassy compound in Damascus on "
                               "April 1.", published="2024-04-14"), "attack")
    assert ("IRN", "target") in roles(strike) and strike.date.start == "2024-04-01"


def test_a_relative_clause_on_a_description_tells_what_the_named_group_did(extract):
    [attack] = of_type(extract("The minister blamed the White Army, a militia of armed youths, which overran an "
                               "army base near Nasir on Tuesday.", published="2025-03-08"), "attack")
    assert roles(attack) == {("WHITEARMY", "initiator"), ("SSD", "target")}


def test_a_swap_measured_against_another_names_both(extract):
    events = of_type(extract("Russia and Ukraine agreed on Monday to exchange all severely wounded prisoners of war. "
                             "Umerov said the swap would be larger than the 1,000-for-1,000 exchange agreed at the "
                             "first round on May 16.", published="2025-06-02"), "prisoner_exchange")
    assert sorted(e.date.start for e in events) == ["2025-05-16", "2025-06-02"]


def test_the_news_that_came_a_day_after_is_the_article_s_own(extract):
    [attack] = of_type(extract(
        "ISTANBUL, June 2 - Russia and Ukraine held a second round of talks in Istanbul on Monday.\n\n"
        "The first round, on May 16, produced the largest prisoner exchange of the war.\n\n"
        "The talks came a day after Ukraine hit Russian air bases with drones.", published="2025-06-02"), "attack")
    assert attack.date.start == "2025-06-01"


def test_the_attack_a_background_clause_told_goes_on_on_its_day(extract):
    events = extract("BAGHDAD, Jan 30 - The group said on Tuesday it was suspending attacks on U.S. forces. The "
                     "announcement came two days after a drone attack killed three U.S. soldiers in Jordan. "
                     "Washington blamed the attack on Iran-backed militias.", published="2024-01-30")
    [charge] = of_type(events, "accusation")
    assert charge.date.start == "2024-01-28"


def test_fighting_named_for_what_it_brought_and_an_end_feared_are_no_events(extract):
    events = extract("The fighting has raised fears that a 2018 peace deal that ended a five-year civil war could "
                     "collapse.", published="2025-03-08")
    assert not of_type(events, "attack")
    assert not [e for e in of_type(events, "agreement") if e.status == "ended"]


def test_one_person_wounded_is_a_toll_of_one(extract):
    events = of_type(extract("Iran launched more than 300 drones and missiles at Israel late on Saturday.\n\nA "
                             "10-year-old boy was badly wounded by shrapnel in southern Israel, the army said.",
                             published="2024-04-14"), "attack")
    assert [e.quantities for e in events] == [{"injured": 1}]


def test_where_the_one_fired_on_was_is_where_it_was_struck(extract):
    [attack] = of_type(extract("A United Nations helicopter trying to evacuate soldiers from the town of Nasir in "
                               "South Sudan came under fire on Friday, killing one crew member.",
                               published="2025-03-08"), "attack")
    assert attack.place.country == "SSD"


def test_taking_the_centre_of_a_city_takes_the_city(extract):
    [attack] = of_type(extract("M23 rebels took control of the centre of Bukavu on Sunday, meeting little "
                               "resistance.", published="2025-02-17"), "attack")
    assert ("M23", "initiator") in roles(attack) and attack.place.name == "Bukavu"


def test_meeting_resistance_is_no_meeting(extract):
    assert not of_type(extract("The rebels advanced on Bukavu on Sunday, meeting little resistance from the army.",
                               published="2025-02-17"), "talks")


def test_a_city_named_on_a_strike_is_where_not_who(extract):
    events = of_type(extract("Hours after the Beirut strike, Hamas said its leader had been killed in an Israeli "
                             "strike in Tehran.", published="2024-07-31"), "attack")
    assert all(("LBN", "initiator") not in roles(e) for e in events)


def test_punishment_vowed_for_a_side_targets_it(extract):
    [threat] = of_type(extract("Khamenei vowed \"harsh punishment\" for Israel.", published="2024-07-31"), "attack")
    assert roles(threat) == {("IRN", "initiator"), ("ISR", "target")}


def test_shelling_that_went_on_past_a_truce_breaks_it(extract):
    events = extract("Azerbaijani forces shelled towns inside Armenia early on Tuesday. Russia said it had brokered "
                     "a ceasefire from 9 a.m., but Armenia said the shelling continued after it was meant to take "
                     "effect.", published="2022-09-13")
    [broken] = [e for e in of_type(events, "ceasefire") if e.status == "violated"]
    assert roles(broken) == {("AZE", "initiator")}


def test_a_town_of_the_war_s_country_is_that_country_s(extract):
    [attack] = of_type(extract("Insurgents have taken control of the town of Palma in northern Mozambique, the "
                               "government said.", published="2021-03-29"), "attack")
    assert attack.place.country == "MOZ"
