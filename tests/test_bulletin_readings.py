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
