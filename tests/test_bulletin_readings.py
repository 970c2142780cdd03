"""Readings found by scoring the ninth batch of our own articles (eval/own, own-901 … own-906): a truce extended, a
deal explained under headings, a week-ahead diary, talks after an offensive, an analysis of a deal's end, and a radio
bulletin. Each is tested on a sentence written for it."""

from records import of_type, roles


def test_a_side_s_withdrawal_from_a_deal_ends_it(extract):
    [deal] = of_type(extract("Russia's withdrawal from the Black Sea grain deal on Monday ends the arrangement.",
                             published="2023-07-18"), "agreement")
    assert (deal.status, deal.date.start[:10]) == ("ended", "2023-07-17") and ("RUS", "initiator") in roles(deal)


def test_ethnic_armenians_of_karabakh_are_not_armenia(extract):
    events = extract("Representatives of Nagorno-Karabakh's ethnic Armenians met Azerbaijani officials in Yevlakh on "
                     "Thursday for talks.", published="2023-09-21")
    [talks] = of_type(events, "talks")
    assert ("AZE", "participant") in roles(talks) and not any(code == "ARM" for code, _ in roles(talks))


def test_a_week_long_reduction_in_violence_is_a_truce_of_seven_days(extract):
    [truce] = of_type(extract('It followed a week-long "reduction in violence" that began on Feb. 22.',
                              published="2020-03-02"), "ceasefire")
    assert (truce.status, truce.date.start, truce.quantities) == ("in_effect", "2020-02-22", {"duration_days": 7})


def test_both_sides_agreeing_to_a_third_side_s_proposal_agree_a_truce_it_brokered(extract):
    events = extract("Sudan. Fighting between the army and the paramilitary Rapid Support Forces raged in Khartoum. "
                     "Both sides agreed to a United Nations proposal for a three-hour pause in the fighting.",
                     published="2023-04-16")
    [truce] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert roles(truce) == {("SDN", "participant"), ("RSF", "participant"), ("UN", "mediator")}
    [answer] = of_type(extract("The Houthis agreed to a Saudi proposal for a truce.", published="2023-04-16"),
                       "ceasefire")[:1]
    assert answer.status == "accepted" and ("HOUTHI", "initiator") in roles(answer)


def test_wanting_a_side_to_do_what_names_no_event_is_a_demand_on_it(extract):
    [demand] = of_type(extract("Saudi envoys held talks with the Houthis in Sanaa. The Houthis want Riyadh to pay "
                               "public-sector salaries from oil revenues.", published="2023-04-10"), "demand")
    assert roles(demand) == {("HOUTHI", "initiator"), ("SAU", "target")}
    events = extract("Trump urged Russia to agree to a ceasefire.", published="2023-04-10")
    assert not of_type(events, "demand") and of_type(events, "ceasefire")[0].status == "called_for"


def test_a_count_of_the_dead_reported_in_the_next_sentence_is_the_attack_s_toll(extract):
    events = extract("Azerbaijan launched an offensive in Karabakh on Tuesday, shelling Armenian positions. Karabakh's "
                     "ombudsman said on Wednesday that at least 200 people had been killed and more than 400 wounded.",
                     published="2023-09-21")
    [attack] = of_type(events, "attack")
    assert (attack.date.start, attack.quantities) == ("2023-09-19", {"killed": 200, "injured": 400})


def test_a_strike_overnight_is_not_the_toll_of_the_day_before(extract):
    events = extract("Peskov said the decision had nothing to do with the attack on the Crimean bridge early on "
                     "Monday, in which two people were killed.\n\nOvernight, Russia struck the port of Odesa with "
                     "drones and missiles.",
                     published="2023-07-18")
    odesa = next(e for e in of_type(events, "attack") if e.place is not None and e.place.name == "Odesa")
    assert odesa.date.start == "2023-07-18" and "killed" not in odesa.quantities


def test_demands_whose_meeting_is_the_condition_of_a_return_are_made(extract):
    [demand] = of_type(extract("Peskov said Moscow would return to the grain deal only once its own demands were met.",
                               published="2023-07-18"), "demand")
    assert demand.status == "made" and ("RUS", "initiator") in roles(demand)


def test_a_side_that_played_no_part_in_drafting_a_truce_proposed_none(extract):
    events = extract("Pashinyan said Armenia had played no part in drafting the ceasefire.", published="2023-09-21")
    assert not [e for e in of_type(events, "ceasefire") if ("ARM", "initiator") in roles(e)]


def test_a_truce_told_again_without_a_place_is_where_the_story_placed_it(extract):
    truces = of_type(extract("Israel and Hezbollah have agreed to extend their truce in Lebanon by two weeks, France's "
                             "foreign ministry said on Monday.\n\nThe truce, brokered by the United States and France, "
                             "took effect on Friday morning.", published="2026-03-02"), "ceasefire")
    started = next(t for t in truces if t.status == "in_effect")
    assert started.place is not None and started.place.country == "LBN"
    assert {("ISR", "participant"), ("HEZBOLLAH", "participant")} <= roles(started)


def test_detainees_carried_between_two_cities_are_a_swap_the_red_cross_carries_out(extract):
    events = extract("Yemen: detainees go home\n\nRed Cross planes carried detainees between Aden and Marib on "
                     "Sunday, a day after the Houthis and the government freed 40 prisoners each.",
                     published="2026-05-11")
    swaps = of_type(events, "prisoner_exchange")
    carried = next(s for s in swaps if s.trigger is not None and s.trigger.text == "carried")
    assert carried.status == "carried_out" and carried.date.start == "2026-05-10"
    assert ("ICRC", "mediator") in roles(carried)


def test_detainees_flown_to_a_base_are_no_swap(extract):
    assert not of_type(extract("The army flew the detainees to a base in the north on Sunday, after clashes with "
                               "rebels.", published="2026-05-11"), "prisoner_exchange")


def test_a_deal_under_which_prisoners_are_flown_home_is_the_swap_agreed_and_the_labelled_state_governs(extract):
    events = extract("Yemen: the days ahead\n\nSaudi and Omani envoys are in Sanaa for talks with the Houthis.\n\n"
                     "The Red Cross begins flying about 600 detainees between Sanaa, Aden and Saudi Arabia over "
                     "two days, under a deal the government and the Houthis reached in Muscat on May 2.",
                     published="2026-05-11")
    deal = next(s for s in of_type(events, "prisoner_exchange") if s.status == "agreed")
    assert deal.date.start == "2026-05-02" and deal.place.country == "OMN"
    assert {("YEM", "participant"), ("HOUTHI", "participant")} <= roles(deal)
    assert not of_type(events, "agreement")


def test_a_bulletin_item_opened_by_a_country_s_name_starts_anew(extract):
    events = extract("Sudan. Fighting between the army and the Rapid Support Forces went on in Omdurman.\n\n"
                     "Yemen. Red Cross planes carried detainees between Aden and Marib today.", published="2026-05-11")
    [swap] = of_type(events, "prisoner_exchange")
    assert ("ICRC", "mediator") in roles(swap)
    assert not {code for code, _ in roles(swap)} & {"SDN", "RSF"}
