"""Readings found by scoring the seventh batch of our own articles (eval/own, own-701 … own-706): a group's truce
after its leader's call, talks with a list of agreed points, sanctions and the answers to them, a truce shattered by
strikes, attacks on ships, and a weekly round-up with country headings and bullets. Each is tested on a sentence
written for it, not taken from the batch."""

from records import of_type, roles


def test_the_points_of_a_list_the_sides_agreed_on_are_agreed_but_a_possible_truce_is_none(extract):
    events = extract("Armenian and Azerbaijani delegations met in Geneva on Monday.\n\n"
                     "After the meeting, the two sides said they had agreed on two points:\n"
                     "- A swap of 30 detainees from each side, to take place next week.\n"
                     "- Each side will put on paper its view of a possible future ceasefire.", published="2025-06-02")
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.status == "agreed" and swap.quantities == {"prisoners_per_side": 30}
    assert not of_type(events, "ceasefire")


def test_talks_that_broke_up_without_agreement_on_a_truce_failed_to_reach_one_between_their_sides(extract):
    events = extract("Sudanese army and RSF envoys met face to face in Jeddah on Sunday, but the talks broke up after "
                     "less than three hours without agreement on a ceasefire.", published="2025-06-02")
    [talks] = of_type(events, "talks")
    assert talks.place.country == "SAU"
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "failed" and {"SDN", "RSF"} <= {a.code for a in truce.actors}
    assert not truce.quantities  # (the hours are how long the talks went on)


def test_a_side_said_to_deserve_sanctions_is_their_target_and_the_speaker_calls_for_them(extract):
    events = extract("Zelenskiy said on Tuesday that Russia must face tougher sanctions.", published="2025-06-03")
    [sanction] = of_type(events, "sanction")
    assert sanction.status == "called_for"
    assert roles(sanction) == {("UKR", "initiator"), ("RUS", "target")}
    assert not of_type(events, "demand")


def test_a_call_two_days_before_the_main_clause_is_dated_two_days_before_it(extract):
    [call] = [e for e in of_type(extract(
        "The group declared a truce on Saturday, two days after its jailed founder Abdullah Ocalan urged the group to "
        "lay down its arms.", published="2025-03-01"), "ceasefire") if e.status == "called_for"]
    assert call.date.start[:10] == "2025-02-27"


def test_who_must_lay_down_its_arms_is_asked_to_by_whoever_says_so(extract):
    [call] = of_type(extract("Turkey said on Saturday that the PKK must lay down its arms.", published="2025-03-01"),
                     "ceasefire")
    assert call.status == "called_for" and ("PKK", "target") in roles(call) and ("PKK", "initiator") not in roles(call)


def test_sanctions_called_a_hostile_act_are_an_accusation_against_who_imposed_them(extract):
    events = extract("The European Union imposed sanctions on Tuesday on Belarusian potash exports. Lithuania "
                     "sanctioned two Belarusian banks last month.\n\n"
                     "Lukashenko said on Wednesday the sanctions were an unfriendly act. An aide to the president, a "
                     "member of Belarus's Security Council, wrote that they amounted to an act of war.",
                     published="2025-06-04")
    accusations = of_type(events, "accusation")
    assert len(accusations) == 2
    assert all(("EU", "target") in roles(a) and ("LTU", "target") not in roles(a) for a in accusations)
    assert all(a.code != "UN" for e in events for a in e.actors)


def test_a_meeting_not_wanted_is_no_meeting(extract):
    events = extract("Trump said he had called off a summit with Putin in Budapest, saying he did not want \"a wasted "
                     "meeting\".", published="2025-10-22")
    assert [e.status for e in of_type(events, "talks")] == ["cancelled"]


def test_a_truce_shattered_by_strikes_is_where_they_struck_and_a_phase_that_expired_is_its_own_end(extract):
    events = extract("Israel launched air strikes across the Gaza Strip on Tuesday, shattering a ceasefire that had "
                     "held since January 19.\n\nThe first phase of the truce expired at the start of March.",
                     published="2025-03-18")
    ends = sorted(of_type(events, "ceasefire"), key=lambda e: e.date.start)
    assert [(e.status, e.date.start) for e in ends] == [("ended", "2025-03"), ("ended", "2025-03-18")]
    assert ends[1].place.country == "PSE"


def test_two_who_condemn_together_are_no_sides_of_the_truce_they_brokered(extract):
    events = extract("Israel struck Rafah on Tuesday.\n\nEgypt and Qatar, which brokered the truce together with "
                     "the United States, condemned the strikes.", published="2025-03-18")
    [truce] = of_type(events, "ceasefire")
    assert roles(truce) == {("EGY", "mediator"), ("QAT", "mediator"), ("USA", "mediator")}
    [accusation] = of_type(events, "accusation")
    assert ("ISR", "target") in roles(accusation)


def test_an_attack_that_began_on_a_day_is_dated_then_and_its_crew_is_the_ships(extract):
    events = extract("The Houthis said on Wednesday they had sunk the cargo ship Nova, after an attack that began on "
                     "Monday night killed three of its crew.", published="2025-07-09")
    [attack] = [e for e in of_type(events, "attack") if e.quantities]
    assert (attack.date.start[:10], attack.quantities) == ("2025-07-07", {"killed": 3})
    assert ("HOUTHI", "target") not in roles(attack)
    assert len(of_type(events, "attack")) == 2  # the sinking, and the attack; no third for "killed"


def test_ports_held_by_a_group_make_it_the_target_and_the_attacks_named_again_are_none(extract):
    events = extract("Israeli jets struck the Houthi-held port of Ras Isa on Monday.\n\n"
                     "On Sunday the Houthis attacked a Greek bulk carrier. They were the group's first attacks on "
                     "shipping since last year.", published="2025-07-08")
    assert len(of_type(events, "attack")) == 2
    [strike] = [e for e in of_type(events, "attack") if ("ISR", "initiator") in roles(e)]
    assert ("HOUTHI", "target") in roles(strike)


def test_the_deal_a_truce_was_agreed_under_is_that_truce_and_the_sentence_names_whom_a_condemnation_accuses(extract):
    events = extract("On Sunday the Houthis attacked two ships.\n\nIsraeli jets struck Hodeidah on Monday.\n\n"
                     "The Houthis agreed in May to stop targeting U.S. ships under an Oman-brokered deal with "
                     "Washington.\n\nBritain condemned the attacks on the ships and called on the Houthis to free "
                     "the crews.", published="2025-07-09")
    assert not of_type(events, "agreement")
    [truce] = of_type(events, "ceasefire")
    assert ("OMN", "mediator") in roles(truce)
    [accusation] = of_type(events, "accusation")
    assert roles(accusation) == {("GBR", "initiator"), ("HOUTHI", "target")}


def test_a_round_up_heading_names_the_country_of_its_items_and_later_that_day_goes_on_from_the_item_before(extract):
    events = extract("Our weekly round-up.\n\nSOUTH SUDAN\n"
                     "- The opposition said the 2018 peace agreement had been abrogated.\n\nSUDAN\n"
                     "- The army retook the presidential palace in Khartoum on Friday, March 21.\n"
                     "- An RSF drone strike on the palace later that day killed four soldiers.", published="2025-03-28")
    [deal] = of_type(events, "agreement")
    assert (deal.status, deal.place.country) == ("ended", "SSD")
    attacks = sorted(of_type(events, "attack"), key=lambda e: e.evidence.start)
    assert [(a.date.start[:10], a.place.country) for a in attacks] == [("2025-03-21", "SDN"), ("2025-03-21", "SDN")]
    assert ("SDN", "initiator") in roles(attacks[0]) and ("RSF", "initiator") in roles(attacks[1])


def test_a_town_seized_in_a_relative_clause_was_attacked_then(extract):
    [attack] = of_type(extract("The rebels said on Saturday they would leave the town of Walikale, which they had "
                               "seized on March 19.", published="2025-03-28"), "attack")
    assert attack.date.start[:10] == "2025-03-19"


def test_an_army_that_will_refrain_from_offensive_operations_declares_a_truce(extract):
    events = extract("Our round-up.\n\nCONGO\n- The rebels said on Saturday they would leave the town. The army said "
                     "it would refrain from offensive operations in response.", published="2025-03-28")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "announced" and ("COD", "initiator") in roles(truce)


def test_an_army_base_overrun_under_a_country_heading_is_that_countrys(extract):
    events = extract("Our round-up.\n\nSOUTH SUDAN\n- In early March a militia overran an army base in the north.",
                     published="2025-03-28")
    [attack] = of_type(events, "attack")
    assert ("SSD", "target") in roles(attack) and attack.place.country == "SSD"


def test_the_attack_a_sinking_came_after_is_the_sinkers_but_an_attack_answered_is_not(extract):
    sunk = of_type(extract("The Houthis said they had sunk the bulk carrier Nova, after an attack that began on Monday "
                           "killed two of its crew.", published="2025-07-09"), "attack")
    assert all(("HOUTHI", "initiator") in roles(a) for a in sunk)
    answered = of_type(extract("Israel struck Gaza on Tuesday after an attack that began on Monday killed two "
                               "soldiers.", published="2025-07-09"), "attack")
    assert [roles(a) for a in answered if a.quantities] == [set()]


def test_what_a_side_does_in_response_is_on_the_day_of_the_sentence_it_answers(extract):
    events = extract("M23 fighters pulled out of the town of Walikale on Saturday. The Congolese army said "
                     "it would halt offensive operations in response.", published="2025-03-28")
    [truce] = of_type(events, "ceasefire")
    assert truce.date.start[:10] == "2025-03-22"


def test_a_demand_that_a_government_rein_in_militants_is_made_of_that_government(extract):
    [demand] = of_type(extract("Pakistan has demanded that the Taliban government rein in militants.",
                               published="2025-10-19"), "demand")
    assert roles(demand) == {("PAK", "initiator"), ("AFG", "target")}
