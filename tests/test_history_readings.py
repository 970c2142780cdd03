"""Readings found on batches 35 and 36 of our own articles (eval/own/pending): an open-ended truce and the truces that
failed before it, talks that ended without a deal, a timeline of an old war, an oil field taken and lost, a drone
attack and the strikes that answered it; a swap and its broker, a truce explained in questions and answers, a group
ending its truce with its state. Each is tested on text written for it."""

from records import of_type, roles


def test_so_many_years_ago_today_is_that_day_so_many_years_back(extract):
    [truce] = of_type(extract("Twenty-five years ago today the two governments signed the agreement on a ceasefire "
                              "along the border.", published="2019-05-05"), "ceasefire")
    assert truce.date.start[:10] == "1994-05-05"


def test_an_agreement_signed_on_a_ceasefire_and_a_zone_is_one_truce_agreed(extract):
    events = extract("On 21 July 1992 the presidents of Russia and Moldova sign an agreement in Moscow on a ceasefire "
                     "and a security zone along the Dniester.", published="2022-07-21")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed" and roles(truce) == {("RUS", "participant"), ("MDA", "participant")}
    assert not of_type(events, "agreement")


def test_the_agreement_that_stopped_the_fighting_is_the_truce_agreed(extract):
    events = extract("The presidents of Russia and Moldova signed the agreement that stopped the fighting on the "
                     "Dniester in July 1992.", published="2022-07-21")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed" and not of_type(events, "agreement")
    assert truce.place is not None and truce.place.country == "MDA"


def test_forces_moving_into_a_town_to_retake_it_attack_it(extract):
    text = ("2 March 1992 - Moldova is admitted to the United Nations.\n\n"
            "19 June 1992 - Moldovan forces move into the town of Bender to retake it.")
    [attack] = of_type(extract(text, published="2022-07-21"), "attack")
    assert attack.status == "occurred" and roles(attack) == {("MDA", "initiator")}
    assert attack.date.start == "1992-06-19" and attack.place.name == "Bender"


def test_forces_moving_in_for_talks_make_no_attack(extract):
    assert not of_type(extract("Moldovan envoys move into the talks room to negotiate a ceasefire.",
                               published="2022-07-21"), "attack")


def test_driving_out_the_troops_another_side_withdraws_is_an_attack_on_that_side(extract):
    [attack] = of_type(extract("South Sudan said on Friday it would withdraw its troops from the disputed Heglig oil "
                               "field, while Sudan said its army had driven them out by force.",
                               published="2012-04-20"), "attack")
    assert roles(attack) == {("SDN", "initiator"), ("SSD", "target")} and attack.date.start == "2012-04-20"


def test_troops_seizing_an_oil_field_the_gazetteer_knows_attack_its_state(extract):
    [attack] = of_type(extract("South Sudanese troops seized Heglig on April 10 after days of clashes.",
                               published="2012-04-20"), "attack")
    assert ("SSD", "initiator") in roles(attack) and attack.place.country == "SDN"


def test_the_army_a_ministers_statement_names_is_the_ministers_own(extract):
    text = ("The African Union had demanded that South Sudan's army leave Heglig.\n\n"
            "Sudan's defence minister said on state television that the army had entered Heglig on Friday and killed "
            "many soldiers.")
    [attack] = of_type(extract(text, published="2012-04-20"), "attack")
    assert ("SDN", "initiator") in roles(attack) and ("SSD", "initiator") not in roles(attack)


def test_reserving_the_right_to_respond_to_attacks_threatens_whoever_made_them(extract):
    text = ("Yemen's Houthi movement said it attacked the United Arab Emirates with drones on Monday, killing three "
            "people in Abu Dhabi.\n\n"
            "The UAE said it reserved the right to respond to what it called terrorist attacks.")
    threat = next(e for e in of_type(extract(text, published="2022-01-17"), "attack") if e.status == "threatened")
    assert roles(threat) == {("ARE", "initiator"), ("HOUTHI", "target")}


def test_reserving_the_right_to_respond_to_a_report_threatens_nothing(extract):
    events = extract("After the strikes on Kyiv, Russia reserved the right to respond to the report at the Security "
                     "Council.", published="2022-01-17")
    assert all(e.status != "threatened" for e in of_type(events, "attack"))


def test_the_side_the_doer_is_said_to_be_fighting_is_the_target(extract):
    [strikes] = of_type(extract("Early on Tuesday the Saudi-led coalition fighting the Houthis carried out air "
                                "strikes on Sanaa.", published="2022-01-18"), "attack")
    assert ("SAU", "initiator") in roles(strikes) and ("HOUTHI", "target") in roles(strikes)
    assert ("HOUTHI", "initiator") not in roles(strikes)


def test_a_ship_under_a_states_flag_is_that_states(extract):
    events = of_type(extract("The drone attack on Abu Dhabi came two weeks after the Houthis seized a UAE-flagged "
                             "cargo ship in the Red Sea.", published="2022-01-18"), "attack")
    seizure = next(e for e in events if e.trigger.text == "seized")
    assert roles(seizure) == {("HOUTHI", "initiator"), ("ARE", "target")}


def test_talks_told_by_the_day_they_opened_are_the_round_that_ended_later(extract):
    text = ("GENEVA, July 7 (AFP) - Talks on reunifying Cyprus collapsed early on Friday, the U.N. said.\n\n"
            "The talks, which opened on June 28, brought Greek Cypriot President Nicos Anastasiades to the table "
            "with the foreign ministers of Greece, Turkey and Britain.")
    [talks] = of_type(extract(text, published="2017-07-07"), "talks")
    assert talks.date.start == "2017-07-07" and "collapsed" in talks.evidence.text


def test_talks_whose_round_opened_months_before_are_another_round(extract):
    text = ("Talks on Cyprus collapsed on Friday, the U.N. said.\n\n"
            "The talks, which opened on March 2, brought the two leaders to the table in Geneva.")
    assert len(of_type(extract(text, published="2017-07-07"), "talks")) == 2


def test_a_greek_cypriot_is_of_cyprus_not_greece(extract):
    [charge] = of_type(extract("Turkish Foreign Minister Mevlut Cavusoglu blamed the Greek Cypriot side for the "
                               "collapse of the talks, saying it had never been ready for a settlement.",
                               published="2017-07-07"), "accusation")
    assert roles(charge) == {("TUR", "initiator"), ("CYP", "target")}


def test_those_talks_bring_to_the_table_take_part_in_them(extract):
    [talks] = of_type(extract("The talks brought Greek Cypriot President Nicos Anastasiades to the table with the "
                              "foreign minister of Turkey.", published="2017-07-07"), "talks")
    assert {("CYP", "participant"), ("TUR", "participant")} <= roles(talks)


def test_talks_of_the_storys_day_with_no_place_of_their_own_are_where_it_is_filed(extract):
    text = ("CRANS-MONTANA, Switzerland, July 7 (AFP) - Talks between the leaders of Cyprus and Turkey collapsed in "
            "the early hours of Friday, the U.N. said.")
    [talks] = of_type(extract(text, published="2017-07-07"), "talks")
    assert talks.place is not None and talks.place.country == "CHE"


def test_a_dateline_does_not_place_talks_of_another_day_or_in_a_sides_capital(extract):
    text = ("MOSCOW, July 7 (Reuters) - Russia and Ukraine held talks on Friday, the Kremlin said. Their delegations "
            "had also met on June 2.")
    for talks in of_type(extract(text, published="2017-07-07"), "talks"):
        assert talks.place is None or talks.place.country != "RUS"


def test_earlier_in_the_day_is_the_day_the_story_is_on(extract):
    text = ("GAZA, Aug 26 (Reuters) - Israel and Hamas agreed on Tuesday to an open-ended ceasefire brokered by Egypt."
            "\n\nEarlier in the day an Israeli air strike brought down an apartment tower in Gaza City. A 72-hour "
            "pause agreed on Aug. 1 had broken down within hours.")
    strike = next(e for e in of_type(extract(text, published="2014-08-26"), "attack") if "tower" in e.evidence.text)
    assert strike.date.start == "2014-08-26" and not strike.date.inferred


def test_a_pause_that_broke_down_on_the_day_it_was_agreed_ended_that_day(extract):
    [pause] = of_type(extract("A 72-hour pause agreed on Aug. 1 broke down within hours, Gaza officials said.",
                              published="2014-08-26"), "ceasefire")
    assert pause.status == "ended" and pause.date.start == "2014-08-01"


def test_a_summit_called_off_is_placed_where_it_was_planned(extract):
    [summit] = of_type(extract("Sudanese President Omar al-Bashir called off a summit with his South Sudanese "
                               "counterpart Salva Kiir, planned for April 3 in Juba.", published="2012-04-20"), "talks")
    assert summit.status == "cancelled" and summit.place is not None and summit.place.country == "SSD"


def test_in_an_article_that_is_a_timeline_its_dated_line_not_the_lede_gives_the_evidence(extract):
    text = ("Thirty years ago today the presidents of Russia and Moldova signed the agreement that stopped the "
            "fighting on the Dniester. The main steps:\n\n"
            "2 March 1992 - Fighting breaks out between Moldovan police and separatist militias around Dubasari.\n\n"
            "19 June 1992 - Moldovan forces move into the town of Bender to retake it.\n\n"
            "21 July 1992 - Russian President Boris Yeltsin and Moldovan President Mircea Snegur sign an agreement in "
            "Moscow on a ceasefire along the Dniester.")
    [truce] = of_type(extract(text, published="2022-07-21"), "ceasefire")
    assert truce.evidence.text.startswith("Russian President Boris Yeltsin")
    assert truce.date.start == "1992-07-21"


def test_talks_that_ended_on_a_day_take_that_day_not_the_day_of_the_clause_they_are_joined_to(extract):
    events = extract("A 72-hour pause agreed on Aug. 1 broke down within hours, and indirect talks in Cairo ended on "
                     "Aug. 19 when rockets were fired at Israel.", published="2014-08-26")
    [talks] = of_type(events, "talks")
    assert talks.date.start == "2014-08-19" and talks.place.country == "EGY"


def test_who_travels_to_chair_the_talks_is_their_mediator(extract):
    [talks] = of_type(extract("U.N. Secretary-General Antonio Guterres flew back to Crans-Montana to chair the final "
                              "session of the talks on Friday.", published="2017-07-07"), "talks")
    assert ("UN", "mediator") in roles(talks) and ("UN", "participant") not in roles(talks)


def test_who_travels_to_join_the_talks_is_a_side(extract):
    [talks] = of_type(extract("Turkish Foreign Minister Mevlut Cavusoglu flew to Crans-Montana to join the talks on "
                              "Friday.", published="2017-07-07"), "talks")
    assert ("TUR", "participant") in roles(talks)


def test_talks_a_mediator_flew_to_chair_were_held_and_talks_a_side_will_fly_to_are_planned(extract):
    [held] = of_type(extract("Guterres, who had flown back to the resort to chair the final session of the talks, told "
                             "reporters that they had closed without agreement.", published="2017-07-07"), "talks")
    assert held.status == "held"
    [planned] = of_type(extract("Guterres will fly to the resort on Friday to chair the final session of the talks.",
                                published="2017-07-05"), "talks")
    assert planned.status == "planned"


def test_what_a_when_clause_on_a_year_tells_is_dated_that_year(extract):
    [attack] = of_type(extract("Cyprus has been divided since 1974, when Turkey invaded the north after a brief coup.",
                               published="2017-07-07"), "attack")
    assert attack.date.start == "1974" and ("TUR", "initiator") in roles(attack)


def test_what_a_sentence_tells_beside_since_a_year_is_not_dated_that_year(extract):
    [attack] = of_type(extract("Turkey has kept troops in the north since 1974 and shelled a village on Monday.",
                               published="2017-07-07"), "attack")
    assert attack.date.start == "2017-07-03"


def test_the_north_a_side_invaded_is_the_north_of_the_state_the_sentence_is_about(extract):
    [attack] = of_type(extract("Cyprus has been divided since 1974, when Turkey invaded the north after a brief coup.",
                               published="2017-07-07"), "attack")
    assert roles(attack) == {("TUR", "initiator"), ("CYP", "target")} and attack.place.country == "CYP"


def test_the_north_of_a_place_named_is_no_region_of_the_subject(extract):
    [attack] = of_type(extract("Ukraine said on Monday that Russia shelled the north of Kharkiv.",
                               published="2024-07-08"), "attack")
    assert roles(attack) == {("RUS", "initiator"), ("UKR", "target")} and attack.place.name == "Kharkiv"
    # (Ukraine, the state Russia was at war with, where the shells fell: not a region of the subject)


def test_troops_driven_out_were_driven_from_where_they_were_to_be_withdrawn_from(extract):
    text = ("South Sudan said on Friday it would withdraw its troops from the Heglig oil field, while Sudan said its "
            "army had driven them out by force.")
    [attack] = of_type(extract(text, published="2012-04-20"), "attack")
    assert attack.place is not None and attack.place.country == "SDN"


def test_prisoners_a_side_agreed_to_free_under_a_brokered_deal_are_a_swap_agreed(extract):
    events = extract("They are the first of 1,027 prisoners Israel agreed to free under the deal, which Egypt "
                     "brokered and both sides approved last week.", published="2011-10-18")
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.status == "agreed" and {("ISR", "participant"), ("EGY", "mediator")} <= roles(swap)
    assert not of_type(events, "agreement")


def test_a_captive_freed_by_one_side_in_exchange_for_prisoners_is_a_swap_of_both_sides(extract):
    [swap] = of_type(extract("Israeli soldier Gilad Shalit returned home on Tuesday, freed by Hamas in exchange for "
                             "477 Palestinian prisoners Israel released the same day.", published="2011-10-18"),
                     "prisoner_exchange")
    assert swap.status == "carried_out" and {("HAMAS", "participant"), ("ISR", "participant")} <= roles(swap)


def test_a_swap_carried_out_under_a_brokered_deal_has_the_deals_broker(extract):
    text = ("Israeli soldier Gilad Shalit returned home on Tuesday, freed by Hamas in exchange for 477 Palestinian "
            "prisoners Israel released the same day.\n\n"
            "They are the first of 1,027 prisoners Israel agreed to free under the deal, which Egypt brokered and both "
            "sides approved last week.")
    swaps = of_type(extract(text, published="2011-10-18"), "prisoner_exchange")
    [done] = [s for s in swaps if s.status == "carried_out"]
    assert ("EGY", "mediator") in roles(done)


def test_a_swap_carried_out_takes_no_broker_from_a_deal_between_other_sides(extract):
    text = ("Russia and Ukraine swapped 90 prisoners each on Tuesday.\n\n"
            "Separately, Armenia agreed to free 32 prisoners to Azerbaijan under a deal the United States brokered.")
    [done] = [s for s in of_type(extract(text, published="2025-01-07"), "prisoner_exchange")
              if s.status == "carried_out"]
    assert ("USA", "mediator") not in roles(done)


def test_an_attack_a_group_claimed_in_a_clause_after_its_place_is_the_groups(extract):
    [attack] = of_type(extract("On Nov. 16 gunmen killed six policemen in an attack on a patrol in Lakki Marwat, which "
                               "the TTP claimed.", published="2022-11-28"), "attack")
    assert ("TTP", "initiator") in roles(attack) and attack.place.country == "PAK"


def test_a_side_that_says_it_will_abide_by_the_truce_told_before_accepts_it(extract):
    text = ("A cessation of hostilities that the United States and Russia announced on Monday is due to take effect on "
            "Saturday.\n\nThe Syrian government said on Tuesday it would abide by the truce.")
    accepted = [e for e in of_type(extract(text, published="2016-02-26"), "ceasefire") if e.status == "accepted"]
    assert [(roles(e), e.date.start) for e in accepted] == [({("SYR", "initiator")}, "2016-02-23")]


def test_a_truce_that_will_hold_is_no_side_accepting_it(extract):
    text = ("A cessation of hostilities that the United States and Russia announced on Monday is due to take effect on "
            "Saturday.\n\nDiplomats said on Tuesday the truce would hold.")
    assert not [e for e in of_type(extract(text, published="2016-02-26"), "ceasefire") if e.status == "accepted"]


def test_who_stands_alongside_the_announcer_of_a_truce_between_two_others_brokered_it_too(extract):
    [truce] = of_type(extract("Israel and Hamas agreed on Wednesday to a ceasefire, Egyptian Foreign Minister Mohamed "
                              "Kamel Amr announced at a news conference in Cairo alongside U.S. Secretary of State "
                              "Hillary Clinton.", published="2012-11-21"), "ceasefire")
    assert roles(truce) == {("ISR", "participant"), ("HAMAS", "participant"), ("EGY", "mediator"),
                            ("USA", "mediator")}


def test_a_side_that_will_stop_firing_rockets_threatens_no_attack(extract):
    assert not of_type(extract("Under the deal, Hamas will stop firing rockets into Israel.", published="2012-11-21"),
                       "attack")


def test_a_side_that_will_not_stop_firing_rockets_threatens_attacks(extract):
    [attack] = of_type(extract("Hamas said it will not stop firing rockets into Israel.", published="2012-11-21"),
                       "attack")
    assert attack.status in ("threatened", "occurred") and ("HAMAS", "initiator") in roles(attack)


def test_what_a_side_will_halt_under_the_terms_of_the_truce_told_is_that_truce(extract):
    text = ("Israel and Hamas agreed on Wednesday to a ceasefire, Egypt's foreign minister announced.\n\n"
            "Under the terms Egypt brokered, Israel will halt strikes on Gaza by air, sea and land and the Palestinian "
            "factions will stop firing rockets into Israel.")
    events = extract(text, published="2012-11-21")
    assert [e.status for e in of_type(events, "ceasefire")] == ["agreed"] and not of_type(events, "attack")


def test_a_memorandum_signed_to_set_up_zones_where_forces_stop_fighting_is_a_truce_agreed(extract):
    events = extract("Russia, Turkey and Iran signed a memorandum in the Kazakh capital on Thursday to set up four "
                     "\"de-escalation zones\" in Syria, where government and rebel forces are to stop fighting.",
                     published="2017-05-04")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed" and not of_type(events, "agreement")
    assert roles(truce) == {("RUS", "participant"), ("TUR", "participant"), ("IRN", "participant")}
    assert truce.place.country == "KAZ"


def test_a_memorandum_signed_to_build_a_port_is_no_truce(extract):
    events = extract("Russia and Turkey signed a memorandum in Ankara on Thursday to build a port where ships are to "
                     "stop for fuel.", published="2017-05-04")
    assert not of_type(events, "ceasefire")


def test_a_group_that_orders_its_fighters_to_carry_out_attacks_threatens_them(extract):
    [attack] = of_type(extract("The Pakistani Taliban said on Monday they were ending a ceasefire with the government "
                               "and ordered their fighters to carry out attacks across the country.",
                               published="2022-11-28"), "attack")
    assert attack.status == "threatened" and ("TTP", "initiator") in roles(attack)


def test_a_leader_who_ordered_troops_to_observe_a_truce_announced_it(extract):
    [truce] = of_type(extract("Putin ordered Russian forces in Ukraine to observe a 36-hour ceasefire over Orthodox "
                              "Christmas.", published="2023-01-05"), "ceasefire")
    assert truce.status == "announced"


def test_talks_that_stalled_over_a_groups_demand_tell_the_demand_made(extract):
    text = ("The Pakistani Taliban said on Monday they were ending their ceasefire with the government.\n\n"
            "Talks had stalled over the group's demand that Pakistan reverse the merger of the former tribal areas.")
    [demand] = of_type(extract(text, published="2022-11-28"), "demand")
    assert demand.status == "made" and roles(demand) == {("TTP", "initiator"), ("PAK", "target")}


def test_talks_between_two_sides_in_a_city_are_held_in_that_city_which_is_no_side(extract):
    [talks] = of_type(extract("The U.N. envoy plans to reconvene talks between the government and the opposition in "
                              "Geneva on March 7.", published="2016-02-26"), "talks")
    assert talks.place.country == "CHE" and "CHE" not in {code for code, _ in roles(talks)}


def test_shelling_north_of_a_city_is_placed_by_that_city(extract):
    [attack] = of_type(extract("Turkey shelled Kurdish YPG fighters north of Aleppo on Saturday.",
                               published="2016-02-14"), "attack")
    assert attack.place is not None and attack.place.country == "SYR"


def test_talks_in_geneva_stay_in_switzerland_in_a_story_that_names_the_united_states(extract):
    text = ("A truce that the United States and Russia announced on Monday is due to take effect on Saturday.\n\n"
            "The U.N. envoy plans to reconvene talks between the government and the opposition in Geneva on March 7.")
    [talks] = of_type(extract(text, published="2016-02-26"), "talks")
    assert talks.place.name == "Geneva" and talks.place.country == "CHE"


def test_a_group_at_war_with_its_state_that_kills_its_policemen_strikes_the_state(extract):
    text = ("The Pakistani Taliban said on Monday they were ending their ceasefire with the government.\n\n"
            "Militant attacks have risen for months; on Nov. 16 gunmen killed six policemen in an attack on a patrol "
            "in Lakki Marwat, which the TTP claimed.")
    attacks = [e for e in of_type(extract(text, published="2022-11-28"), "attack") if e.quantities]
    assert [roles(a) for a in attacks] == [{("TTP", "initiator"), ("PAK", "target")}]


def test_a_group_at_war_with_its_state_ordering_attacks_across_the_country_threatens_the_state(extract):
    text = ("PESHAWAR, Pakistan, Nov 28 (Reuters) - The Pakistani Taliban said on Monday they were ending a "
            "ceasefire agreed with the government in June and ordered their fighters to carry out attacks across "
            "the country.")
    [attack] = of_type(extract(text, published="2022-11-28"), "attack")
    assert attack.status == "threatened" and roles(attack) == {("TTP", "initiator"), ("PAK", "target")}


def test_operations_against_a_groups_fighters_are_attacks_on_the_group_that_said_so(extract):
    text = ("The Pakistani Taliban said on Monday they were ending their ceasefire with the government.\n\n"
            "The group, Tehrik-i-Taliban Pakistan (TTP), said in a statement that the army had kept up operations "
            "against its fighters in the Bannu district despite the truce.")
    [attack] = of_type(extract(text, published="2022-11-28"), "attack")
    assert roles(attack) == {("PAK", "initiator"), ("TTP", "target")}
    [broken] = [e for e in of_type(extract(text, published="2022-11-28"), "ceasefire") if e.status == "violated"]
    assert roles(broken) == {("PAK", "initiator")}


def test_rescue_operations_name_no_attack(extract):
    events = extract("Rescue operations went on in the district on Tuesday after the floods.", published="2022-08-30")
    assert not of_type(events, "attack")


def test_keep_attacking_both_strikes_the_two_sides_named_together_before(extract):
    text = ("Who is left out?\n\nIslamic State and the Nusra Front, al Qaeda's Syrian branch. The Syrian army and "
            "Russia say they will keep attacking both.")
    [attack] = of_type(extract(text, published="2016-02-26"), "attack")
    assert roles(attack) == {("SYR", "initiator"), ("RUS", "initiator"), ("ISIS", "target"), ("HTS", "target")}


def test_the_security_forces_of_a_decree_are_its_states(extract):
    text = ("Colombia suspends ceasefire with FARC dissidents in three provinces\n\n"
            "Article 2. The security forces shall resume offensive operations against the EMC in those departments.")
    [attack] = of_type(extract(text, published="2024-03-18"), "attack")
    assert attack.status == "threatened" and roles(attack) == {("COL", "initiator"), ("EMC", "target")}


def test_a_truce_two_powers_put_out_that_a_side_then_accepts_is_their_proposal(extract):
    text = ("A nationwide cessation of hostilities in Syria that the United States and Russia announced on Monday is "
            "due to take effect on Saturday.\n\nThe Syrian government said on Tuesday it would abide by the truce.")
    by_status = {e.status: e for e in of_type(extract(text, published="2016-02-26"), "ceasefire")}
    assert roles(by_status["proposed"]) == {("USA", "initiator"), ("RUS", "initiator")}
    assert roles(by_status["accepted"]) == {("SYR", "initiator")}


def test_a_truce_between_foes_that_one_of_them_then_accepts_stays_agreed(extract):
    text = ("Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.\n\nHamas said on Thursday it would abide by "
            "the truce.")
    statuses = {e.status for e in of_type(extract(text, published="2012-11-22"), "ceasefire")}
    assert "agreed" in statuses and "proposed" not in statuses
