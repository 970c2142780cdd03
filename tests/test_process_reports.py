"""Readings that reports of peace processes need, each on a sentence written for it: who brokered a truce and who
were its sides, talks led by an organisation, a deal signed and later rejected, how long talks went on, the accused
of a passive accusation, a swap that frees a group's fighters, a truce agreed by "warring parties", government forces
named after the state, and a venue that places a signing."""

import pytest

from records import of_type, roles

# Who plays which part in the one event of a type that a sentence tells.
ROLES = [
    pytest.param(
        "Eritrean troops, who fought alongside Ethiopia's army, were accused of killing 11 civilians last week.",
        "2022-12-02", "attack", {("ERI", "initiator")},
        id="the_relative_clause_on_the_accused_names_no_attacker"),
    pytest.param(
        "Eritrean troops were accused of killing 11 civilians in Shire last week.",
        "2022-12-02", "accusation", {("ERI", "target")},
        id="the_accused_of_a_passive_accusation_is_its_target"),
    pytest.param(
        "The Afghan government is to free up to 5,000 Taliban prisoners in exchange for up to 1,000 government "
        "captives by March 10.",
        "2020-02-29", "prisoner_exchange", {("AFG", "participant"), ("TALIBAN", "participant")},
        id="a_swap_that_frees_a_groups_fighters_has_the_group_as_its_other_side"),
    pytest.param(
        "Sudan's armed forces accepted the truce on Monday. On Tuesday the forces shelled Omdurman.",
        "2023-05-23", "attack", {("SDN", "initiator")},
        id="the_forces_refer_back_to_the_forces_named_before"),
    pytest.param(
        "Russia launched one of its heaviest air attacks of the war overnight, the Ukrainian air force said.",
        "2025-05-25", "attack", {("RUS", "initiator")},
        id="its_attacks_in_a_reported_clause_are_its_subjects"),
    pytest.param(
        "Armenia's defence ministry said Azerbaijani forces attacked its positions in the south of Nagorno-Karabakh.",
        "2020-10-11", "attack", {("AZE", "initiator"), ("ARM", "target")},
        id="its_positions_in_a_reported_clause_are_the_speakers"),
    pytest.param(
        "Kyrgyzstan and Tajikistan agreed on Friday to a ceasefire. Each side accused the other of using tanks and "
        "mortars against villages along the frontier.",
        "2022-09-16", "accusation", {("KGZ", "initiator"), ("TJK", "initiator")},
        id="each_side_accusing_the_other_is_both_sides"),
    pytest.param(
        "Air defences shot down 40 Russian drones overnight.",
        "2025-05-25", "attack", {("RUS", "initiator")},
        id="an_attack_drone_shot_down_is_still_its_owners_attack"),
    pytest.param(
        "The Kremlin said it was preparing a memorandum with its conditions for a ceasefire.",
        "2025-05-25", "proposal", {("RUS", "initiator")},
        id="a_proposal_keeps_its_author_as_initiator"),
    pytest.param(
        "Azerbaijan repeated its demand that Armenia first change its constitution.",
        "2025-03-13", "demand", {("AZE", "initiator"), ("ARM", "target")},
        id="who_is_to_act_on_a_demand_is_its_target"),
    pytest.param(
        "Russia and Turkey agreed on a ceasefire in Idlib. Under a protocol signed by their foreign ministers, Russia "
        "and Turkey agreed to set up a security corridor six kilometres wide on each side of the M4 highway.",
        "2020-03-05", "agreement", {("RUS", "participant"), ("TUR", "participant")},
        id="each_side_of_a_road_is_a_place_not_the_sides"),
    pytest.param(
        "The deal was agreed in March at U.N.-sponsored talks in Switzerland.",
        "2023-04-14", "talks", {("UN", "mediator")},
        id="talks_sponsored_by_an_organisation_in_one_word_are_mediated_by_it"),
    pytest.param(
        "A third round of peace talks between Pakistan and Afghanistan's Taliban government in Istanbul ended "
        "without agreement, Pakistan's defence minister Khawaja Asif said on Friday, blaming the Afghan side for "
        "refusing to act against militants.",
        "2025-11-07", "accusation", {("PAK", "initiator"), ("AFG", "target")},
        id="blaming_after_the_speaker_is_the_speakers_accusation"),
    pytest.param(
        "A ceasefire between Israel and Islamic Jihad began on Sunday night. In the minutes before it began, "
        "militants fired a last salvo of rockets at southern Israel.",
        "2022-08-08", "attack", {("ISLAMICJIHAD", "initiator"), ("ISR", "target")},
        id="bare_militants_are_the_one_armed_group_named_and_a_salvo_fired_at_a_place_hits_its_state"),
    pytest.param(
        "Israeli soldier Gilad Shalit returned home on Tuesday after more than five years in Hamas captivity, freed "
        "under an Egyptian-mediated deal in which Israel is releasing 1,027 Palestinian prisoners.",
        "2011-10-18", "prisoner_exchange", {("ISR", "participant"), ("HAMAS", "participant"), ("EGY", "mediator")},
        id="whoever_held_the_freed_is_the_swaps_other_side"),
    pytest.param(
        "Myanmar's military government and an alliance of three ethnic armed groups have agreed to an immediate "
        "ceasefire after talks mediated by China, spokesperson Mao Ning said on Friday.\n\nThe two sides met on "
        "Wednesday and Thursday in Kunming, the capital of China's Yunnan province, and agreed to disengage.",
        "2024-01-12", "talks", {("MMR", "participant"), ("CHN", "mediator")},
        id="a_place_said_of_the_subject_names_no_side"),
    pytest.param(
        "Myanmar's military government and an alliance of three ethnic armed groups have agreed to an immediate "
        "ceasefire, a Chinese spokesperson said on Friday.",
        "2024-01-12", "ceasefire", {("MMR", "participant")},
        id="the_one_named_side_of_a_truce_agreed_is_a_side"),
    pytest.param(
        "President Donald Trump announced a ceasefire between Israel and Iran late on Monday.",
        "2025-06-24", "ceasefire", {("USA", "mediator"), ("ISR", "participant"), ("IRN", "participant")},
        id="who_announces_a_truce_between_two_others_brokered_it"),
    pytest.param(
        "Egyptian Foreign Minister Mohamed Kamel Amr and U.S. Secretary of State Hillary Clinton announced a ceasefire "
        "between Israel and Hamas on Wednesday.",
        "2012-11-21", "ceasefire", {("EGY", "mediator"), ("USA", "mediator"), ("ISR", "participant"),
                                    ("HAMAS", "participant")},
        id="the_two_who_announce_a_truce_between_two_others_brokered_it"),
    pytest.param(
        "A ceasefire between Armenia and Azerbaijan brokered by Russia was holding on Wednesday.",
        "2022-09-14", "ceasefire", {("ARM", "participant"), ("AZE", "participant"), ("RUS", "mediator")},
        id="the_broker_of_a_truce_between_two_sides_is_its_mediator"),
    pytest.param(
        "Russia launched 810 drones and 13 missiles at Ukraine overnight.",
        "2025-09-07", "attack", {("RUS", "initiator"), ("UKR", "target")},
        id="what_drones_and_missiles_are_launched_at_is_the_target"),
    pytest.param(
        "Cuba and Norway, guarantors of the talks that began in 2012, co-hosted the ceremony.",
        "2016-06-23", "talks", {("CUB", "mediator"), ("NOR", "mediator")},
        id="every_state_named_as_guarantors_mediates"),
    pytest.param(
        "The talks, to be mediated by the African Union, will open in Pretoria on Monday.",
        "2022-10-14", "talks", {("AU", "mediator")}, id="who_is_to_mediate_talks_mediates_them"),
    pytest.param(
        "Qatar, which mediated with Egypt and the United States, said talks to restore the truce were continuing.",
        "2023-12-01", "talks", {("QAT", "mediator"), ("EGY", "mediator"), ("USA", "mediator")},
        id="the_states_a_mediator_mediated_with_mediate_too"),
    pytest.param(
        "Russia launches a full-scale invasion of Ukraine.",
        "2022-02-24", "attack", {("RUS", "initiator"), ("UKR", "target")}, id="what_is_invaded_is_the_target"),
    pytest.param(
        "Egypt said Cairo talks on a Gaza ceasefire would continue on Sunday with delegations from Israel and Hamas.",
        "2024-08-25", "talks", {("ISR", "participant"), ("HAMAS", "participant"), ("EGY", "mediator")},
        id="the_city_talks_are_named_for_is_no_subject_but_their_host"),
    pytest.param(
        "Following separate negotiations with American officials in Riyadh, both Kyiv and Moscow had committed to "
        "ensuring safe navigation in the Black Sea and to halting strikes on each other's energy infrastructure for "
        "30 days.",
        "2025-03-26", "ceasefire", {("UKR", "participant"), ("RUS", "participant")},
        id="the_sides_committed_to_a_second_purpose_agree_it_too"),
    pytest.param(
        "Kyiv's demand for an immediate 30-day ceasefire went unanswered.",
        "2025-05-17", "ceasefire", {("UKR", "initiator")}, id="whose_demand_for_a_truce_it_is_calls_for_it"),
    pytest.param(
        "Sudan's army said its fighters had repelled an RSF offensive on El Obeid.",
        "2024-07-07", "attack", {("RSF", "initiator"), ("SDN", "target")}, id="who_repels_an_offensive_is_its_target"),
    pytest.param(
        "Trump scolded Israel and Iran for violating the ceasefire within hours of its start.",
        "2025-06-25", "ceasefire", {("ISR", "initiator"), ("IRN", "initiator")},
        id="whom_a_leader_scolds_for_violating_a_truce_violated_it"),
    pytest.param(
        "Israel demanded that Hezbollah withdraw. The demand echoed U.N. Security Council Resolution 1701.",
        "2024-10-06", "demand", {("ISR", "initiator"), ("HEZBOLLAH", "target")},
        id="what_a_demand_echoes_is_no_target"),
    pytest.param(
        "Mikati welcomed the ceasefire agreement between Israel and Hezbollah announced by U.S. President Joe Biden "
        "and French President Emmanuel Macron on Tuesday.",
        "2024-11-26", "ceasefire", {("ISR", "participant"), ("HEZBOLLAH", "participant"), ("USA", "mediator"),
                                    ("FRA", "mediator")},
        id="who_announced_a_truce_between_two_others_brokered_it"),
    pytest.param(
        "The United States and Saudi Arabia suspended talks between Sudan's army and the Rapid Support Forces in "
        "Jeddah on Thursday, citing repeated violations of a ceasefire by both sides.",
        "2023-06-22", "ceasefire", {("SDN", "initiator"), ("RSF", "initiator")},
        id="both_sides_later_in_the_sentence_that_names_them_are_them"),
    pytest.param(
        "The next round of the Astana talks is scheduled for mid-July, Russia's foreign ministry said.",
        "2017-05-04", "talks", set(), id="the_city_talks_are_named_for_is_no_side"),
]


@pytest.mark.parametrize("text,published,type_,expected", ROLES)
def test_who_plays_which_part(extract, text, published, type_, expected):
    [event] = of_type(extract(text, published=published), type_)
    assert roles(event) == expected


def test_the_sides_of_talks_a_broker_hosted_are_no_brokers(extract):
    # the parser takes "between the two countries' foreign ministers" for a second agent of "brokered"
    events = extract("Armenia and Azerbaijan accused each other of violating a ceasefire on Saturday. The truce, "
                     "brokered by Russia after 10 hours of talks in Moscow between the two countries' foreign "
                     "ministers, was meant to allow the sides to exchange prisoners.", published="2020-10-11")
    for event in of_type(events, "talks") + of_type(events, "prisoner_exchange"):
        assert roles(event) == {("RUS", "mediator"), ("ARM", "participant"), ("AZE", "participant")}


def test_talks_led_by_an_organisation_are_mediated_by_it(extract):
    events = extract("Commanders from Ethiopia's federal government and the Tigray People's Liberation Front met in "
                     "Nairobi on Friday. The African Union-led talks, mediated by former Nigerian President Olusegun "
                     "Obasanjo, are expected to last three days.", published="2022-12-02")
    [talks] = of_type(events, "talks")
    assert {("AU", "mediator"), ("ETH", "participant"), ("TPLF", "participant")} <= roles(talks)
    assert ("AU", "participant") not in roles(talks)


def test_a_deal_rejected_is_also_told_as_signed_by_its_relative_clause(extract):
    events = extract("Colombian voters rejected the peace deal that President Juan Manuel Santos signed with the "
                     "FARC last week in Cartagena.", published="2016-10-03")
    by_status = {e.status: e for e in of_type(events, "agreement")}
    assert set(by_status) == {"rejected", "signed"}
    signed = by_status["signed"]
    assert roles(signed) == {("COL", "participant"), ("FARC", "participant")}
    assert signed.place.name == "Cartagena"
    assert signed.date.start == "2016-09-26"  # last week
    assert by_status["rejected"].date is None or by_status["rejected"].date.start != "2016-09-26"


def test_a_deal_that_took_effect_is_still_one_event(extract):
    events = extract("The deal, which took effect at 1 a.m., was welcomed by Qatar.", published="2025-01-19")
    assert len(of_type(events, "agreement")) <= 1


def test_how_long_talks_went_on_says_they_were_held(extract):
    events = extract("The Houthis and the Saudi-backed government agreed to swap prisoners. The deal was announced "
                     "at the close of a week of talks near Stockholm.", published="2018-12-13")
    [talks] = of_type(events, "talks")
    assert talks.status == "held"
    assert talks.place.name == "Stockholm"


def test_a_year_of_fighting_is_still_no_attack(extract):
    events = extract("The truce ended more than a year of fighting.", published="2018-12-13")
    assert not of_type(events, "attack")


def test_the_accused_of_a_passive_accusation_did_it(extract):
    [attack] = of_type(extract("Eritrean troops have not withdrawn from parts of Tigray, residents said, and were "
                               "accused of killing 11 civilians in the town of Shire last week.",
                               published="2022-12-02"), "attack")
    assert roles(attack) == {("ERI", "initiator")}
    assert attack.place.name == "Shire"
    assert attack.quantities == {"killed": 11}


def test_warring_parties_that_agree_a_truce_are_the_sides_named_after(extract):
    events = extract("Yemen's warring parties agreed on Thursday to a ceasefire in the port city of Hodeidah. The "
                     "Houthi movement and the government of President Abd-Rabbu Mansour Hadi also agreed to swap "
                     "about 15,000 prisoners.", published="2018-12-13")
    [truce] = of_type(events, "ceasefire")
    assert roles(truce) == {("HOUTHI", "participant"), ("YEM", "participant")}
    assert truce.place.name == "Hodeidah"


def test_the_government_refers_back_to_the_government_of_its_leader(extract):
    events = extract("The Houthi movement and the government of President Abd-Rabbu Mansour Hadi agreed to swap "
                     "prisoners. The Houthis and the government did not reach agreement on reopening Sanaa airport.",
                     published="2018-12-13")
    [failed] = [e for e in of_type(events, "agreement") if e.negated]
    assert roles(failed) == {("HOUTHI", "participant"), ("YEM", "participant")}


def test_government_forces_are_the_forces_of_the_state_named_before(extract):
    events = extract("Syrian government forces have been advancing in Idlib province since December. On Friday "
                     "a monitor reported clashes between rebels and government forces south of Idlib city.",
                     published="2020-03-06")
    clashes = [e for e in of_type(events, "attack") if "clashes" in e.evidence.text]
    assert clashes and ("SYR", "participant") in roles(clashes[0])


def test_a_signing_ceremony_places_the_signing(extract):
    [deal] = of_type(extract("Khalilzad and Baradar signed the accord in a ceremony in the Qatari capital on Saturday.",
                             published="2020-02-29"), "agreement")
    assert roles(deal) == {("USA", "participant"), ("TALIBAN", "participant")}
    assert deal.place.name == "Doha"


def test_northwest_syria_is_its_own_place(extract):
    [truce] = extract("Russia and Turkey agreed on Thursday to a ceasefire in northwest Syria.", published="2020-03-06")
    assert truce.place.name == "northwestern Syria"


def test_a_disaster_that_killed_is_no_attack(extract):
    events = extract("The junta announced a truce on Wednesday after last week's earthquake, which killed more than "
                     "2,700 people. Floods killed 40 people in the region.", published="2025-04-02")
    assert not of_type(events, "attack")


def test_a_clock_named_after_a_country_is_no_actor(extract):
    [truce] = extract("India's foreign secretary said the military operations directorates of the two countries "
                      "had spoken at 3:35 p.m. and agreed to stop all firing on land, in the air and at sea from "
                      "5 p.m. Indian time.", published="2025-05-10")
    assert ("IND", "initiator") not in roles(truce)
    assert truce.date.start == "2025-05-10T17:00"


def test_a_summit_where_leaders_signed_is_held_by_them_at_the_resort(extract):
    events = extract("Hamas freed the last 20 living hostages on Monday, and Israel began releasing nearly 2,000 "
                     "Palestinian prisoners under a ceasefire deal brokered by the United States. Later on Monday, "
                     "U.S. President Donald Trump and the leaders of Egypt, Qatar and Turkey signed a document "
                     "backing the agreement at a summit in the Egyptian resort of Sharm el-Sheikh.",
                     published="2025-10-13")
    [summit] = of_type(events, "talks")
    assert (summit.status, summit.place.name) == ("held", "Sharm el-Sheikh")
    assert roles(summit) == {("USA", "participant"), ("EGY", "participant"), ("QAT", "participant"),
                             ("TUR", "participant")}
    [truce] = of_type(events, "ceasefire")
    assert roles(truce) == {("USA", "mediator"), ("HAMAS", "participant"), ("ISR", "participant")}
    assert truce.place.country == "PSE"  # where the deal was backed is not where it holds: where Hamas fights
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.quantities == {"prisoners_total": 2020}


def test_a_plan_given_in_answer_is_the_answerers_proposal(extract):
    [truce] = of_type(extract("Hamas has responded to a framework drawn up in Paris with a three-stage plan for a "
                              "135-day truce.", published="2024-02-09"), "ceasefire")
    assert (truce.status, roles(truce)) == ("proposed", {("HAMAS", "initiator")})
    assert truce.quantities == {"duration_days": 135}
    assert truce.place is not None and truce.place.country == "PSE"  # Hamas's home ground, not Paris


def test_a_deal_the_sides_pledge_to_reach_is_not_yet_agreed(extract):
    [deal] = of_type(extract("Congo and the M23 pledged to reach a final peace deal no later than Aug. 18.",
                             published="2025-07-19"), "agreement")
    assert deal.status == "proposed"


def test_a_deal_the_sides_managed_to_reach_is_agreed(extract):
    [deal] = of_type(extract("Congo and the M23 managed to reach a final peace deal on Saturday.",
                             published="2025-07-19"), "agreement")
    assert deal.status == "agreed"


def test_a_truce_a_clause_says_was_not_accepted_is_negated_for_the_one_who_did_not(extract):
    events = extract("Sudan's army said its forces had withdrawn from El Fasher. The United States and Saudi Arabia "
                     "have proposed a three-month humanitarian truce, which the army has not accepted.",
                     published="2025-10-28")
    answered = [e for e in of_type(events, "ceasefire") if e.status != "proposed"]
    assert [(e.status, e.negated, roles(e)) for e in answered] == [("accepted", True, {("SDN", "initiator")})]


def test_a_group_named_among_an_alliance_stands_for_it(extract):
    [truce] = extract("An alliance of three ethnic armed groups, including the Arakan Army, declared a one-month "
                      "unilateral pause in fighting on Tuesday.", published="2025-04-02")
    assert (truce.type, truce.status) == ("ceasefire", "announced")
    assert roles(truce) == {("ARAKANARMY", "initiator")}
    assert truce.quantities == {"duration_months": 1, "duration_days": 30}


def test_a_city_named_among_those_struck_places_the_attack(extract):
    [attack] = extract("Russia launched drones at several cities, including Dnipro, overnight.",
                       published="2025-04-02")
    assert attack.place.name == "Dnipro"


def test_its_side_in_a_ministrys_report_is_the_ministrys(extract):
    events = extract("Kyrgyzstan and Tajikistan agreed on Friday to a ceasefire. Tajikistan's president met Uzbek "
                     "officials in Samarkand. The Kyrgyz health ministry said 24 people had been killed and 87 "
                     "wounded on its side.", published="2022-09-17")
    [attack] = of_type(events, "attack")
    assert ("KGZ", "target") in roles(attack)
    assert attack.quantities == {"killed": 24, "injured": 87}


def test_it_after_the_group_that_claimed_an_attack_is_the_group(extract):
    events = extract("Al Shabaab militants attacked an African Union base in central Somalia on Sunday, killing at "
                     "least a dozen soldiers. The group claimed the attack and said it had killed 30 soldiers.",
                     published="2022-04-10")
    assert all(("SOM", "initiator") not in roles(e) for e in events)
    assert {("SHABAAB", "initiator")} <= roles(of_type(events, "attack")[-1])


def test_a_surveillance_drone_shot_down_is_the_shooters_attack(extract):
    [attack] = of_type(extract("Iran's Revolutionary Guards shot down a U.S. military surveillance drone over the "
                               "Strait of Hormuz on Thursday.", published="2019-06-20"), "attack")
    assert roles(attack) == {("IRN", "initiator"), ("USA", "target")}
    assert attack.place.name == "Strait of Hormuz"


def test_whom_an_attack_is_blamed_on_is_no_place(extract):
    [accusation] = of_type(extract("Washington blamed the attacks on two oil tankers on Tehran.",
                                   published="2019-06-20"), "accusation")
    assert accusation.place is None or accusation.place.name != "Tehran"


def test_the_dead_whose_bodies_are_returned_tell_no_attack(extract):
    events = extract("The sides also handed back the bodies of two foreign volunteers killed in eastern Ukraine.",
                     published="2023-01-08")
    assert not of_type(events, "attack")


def test_a_declaration_the_factions_signed_is_a_deal(extract):
    [deal] = of_type(extract("Hamas and Fatah signed a declaration in Beijing on Tuesday committing to work toward "
                             "a unity government.", published="2024-07-23"), "agreement")
    assert (deal.status, deal.place.name) == ("signed", "Beijing")
    assert roles(deal) == {("HAMAS", "participant"), ("FATAH", "participant")}


def test_a_declaration_of_emergency_is_no_deal(extract):
    assert not extract("The army issued a declaration of a state of emergency.", published="2024-07-23")


def test_a_proposal_announced_by_a_leader_is_presented(extract):
    [proposal] = extract("The ministry expresses the State of Qatar's welcome of the proposal announced by U.S. "
                         "President Joe Biden to end the war in Gaza.", published="2024-06-06")
    assert (proposal.type, proposal.status, roles(proposal)) == ("proposal", "presented", {("USA", "initiator")})


def test_a_moratorium_on_attacks_is_a_truce(extract):
    events = extract("Russia agreed to a 30-day moratorium on attacks on energy infrastructure.",
                     published="2025-03-18")
    assert [e.type for e in events] == ["ceasefire"]
    assert events[0].quantities == {"duration_days": 30}


def test_a_ban_on_strikes_agreed_in_a_purpose_clause_is_agreed(extract):
    events = extract("The United States said it had reached agreements with Ukraine and Russia to ensure safe "
                     "navigation in the Black Sea and to implement a ban on strikes against energy facilities.",
                     published="2025-03-25")
    assert not of_type(events, "attack")
    assert [e.status for e in of_type(events, "ceasefire")] == ["agreed"]


def test_two_sides_that_extend_their_truce_are_its_sides(extract):
    [truce] = extract("Israel and Hamas agreed minutes before the deadline to extend their truce by a seventh day.",
                      published="2023-11-30")
    assert (truce.status, roles(truce)) == ("extended", {("ISR", "participant"), ("HAMAS", "participant")})


def test_a_bus_stop_places_the_attack_in_its_city(extract):
    [attack] = extract("Three people were killed in a shooting attack at a bus stop in Jerusalem on Thursday.",
                       published="2023-11-30")
    assert attack.place.name == "Jerusalem"


def test_each_item_of_a_briefing_has_its_own_sides(extract):
    events = extract("Ukraine: A Russian missile strike on a hospital in the city of Kharkiv killed two people and "
                     "wounded 15, the regional governor said.\n"
                     "Colombia: The government and the ELN rebel group extended their six-month ceasefire by a further "
                     "six months at talks in Caracas.", published="2024-08-05")
    [attack] = of_type(events, "attack")
    assert roles(attack) == {("RUS", "initiator")}
    assert attack.quantities == {"killed": 2, "injured": 15}
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("extended", {("COL", "participant"), ("ELN", "participant")})
    [talks] = of_type(events, "talks")
    assert roles(talks) == {("COL", "participant"), ("ELN", "participant")}


def test_the_army_in_a_briefing_item_is_the_heading_countrys(extract):
    events = extract("Myanmar: Rebels said they had captured a town.\n"
                     "Sudan: The army said on Monday it had shelled RSF positions in Omdurman.", published="2024-08-05")
    attacks = [e for e in of_type(events, "attack") if "Omdurman" in e.evidence.text]
    assert attacks and ("SDN", "initiator") in roles(attacks[0])


def test_separatists_backed_by_russia_are_a_side(extract):
    [truce] = of_type(extract("Ukraine and pro-Russian separatists signed a ceasefire on Friday at talks in the "
                              "Belarusian capital.", published="2014-09-05"), "ceasefire")
    assert roles(truce) == {("UKR", "participant"), ("DONBAS", "participant")}
    assert truce.place.name == "Minsk"


def test_dolmabahce_is_not_ciragan(extract):
    [talks] = extract("Russian and Ukrainian delegations held talks at Dolmabahce Palace in Istanbul on Tuesday.",
                      published="2022-03-29")
    assert talks.place.name == "Dolmabahce Palace"


def test_a_wars_toll_since_it_began_is_no_attack(extract):
    events = extract("More than 1,800 people have been killed since the war erupted on April 15, according to a "
                     "conflict monitor. At least 70 people have been killed since the start of the war.",
                     published="2023-06-01")
    assert not of_type(events, "attack")


def test_a_military_operation_launched_is_an_attack(extract):
    events = extract("Ethnic Armenian forces agreed on Wednesday to disarm under a Russian-brokered ceasefire, a day "
                     "after Azerbaijan launched a military operation to seize control of the region.",
                     published="2023-09-20")
    [attack] = of_type(events, "attack")
    assert roles(attack) == {("AZE", "initiator")}
    assert attack.date.start == "2023-09-19"


def test_scaling_back_military_operations_is_no_attack(extract):
    assert not of_type(extract("Russia said it would drastically scale back military operations around Kyiv.",
                               published="2022-03-29"), "attack")


def test_mediating_between_two_sides_is_talks(extract):
    [talks] = extract("Angolan President Joao Lourenco has been mediating between Congo and Rwanda since 2022.",
                      published="2024-12-15")
    assert (talks.type, talks.status) == ("talks", "held")
    assert roles(talks) == {("AGO", "mediator"), ("COD", "participant"), ("RWA", "participant")}


def test_a_swap_mediated_by_a_state_is_no_talks(extract):
    events = extract("Russia and Ukraine each returned 103 prisoners of war on Saturday in an exchange mediated by "
                     "the United Arab Emirates.", published="2024-09-14")
    assert [e.type for e in events] == ["prisoner_exchange"]


def test_a_phased_plan_outlined_by_a_leader_is_his_proposal(extract):
    [proposal] = of_type(extract("A three-phase plan outlined by President Joe Biden on May 31 would start with a "
                                 "six-week truce.", published="2024-08-22"), "proposal")
    assert (proposal.status, roles(proposal), proposal.date.start) == ("presented", {("USA", "initiator")},
                                                                       "2024-05-31")


def test_a_named_corridor_is_a_place_not_a_deal(extract):
    assert not extract("Israel wants to keep troops along the Philadelphi corridor on Gaza's border with Egypt.",
                       published="2024-08-22")


def test_a_humanitarian_corridor_is_a_deal(extract):
    [deal] = extract("Russia and Ukraine agreed to open a humanitarian corridor from Mariupol.",
                     published="2022-03-05")
    assert (deal.type, deal.status) == ("agreement", "agreed")


def test_the_city_a_deal_is_named_for_is_no_party_nor_where_it_ended(extract):
    [deal] = extract("Mali's military government ended the 2015 Algiers peace agreement with Tuareg separatist "
                     "groups on Thursday.", published="2024-01-26")
    assert (deal.status, roles(deal), deal.place) == ("ended", {("MLI", "initiator")}, None)  # one side's act


def test_two_capitals_joined_name_the_two_sides(extract):
    [swap] = extract("The Moscow-Kyiv prisoner swap took place on Friday.", published="2024-01-26")
    assert (swap.status, roles(swap)) == ("carried_out", {("RUS", "participant"), ("UKR", "participant")})
    assert swap.place is None


def test_a_swap_that_went_ahead_was_carried_out(extract):
    [swap] = extract("The Russia-Ukraine prisoner swap went ahead on Friday.", published="2024-01-26")
    assert swap.status == "carried_out"


def test_strikes_that_shatter_a_truce_end_it_for_the_striker(extract):
    events = extract("Israeli air strikes killed more than 400 people across Gaza early on Tuesday, Palestinian "
                     "health authorities said, shattering a ceasefire that had largely held since January.",
                     published="2025-03-18")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("ended", {("ISR", "initiator")})


def test_overturning_a_truce_deal_ends_it(extract):
    [truce] = of_type(extract("Hamas accused Israel of overturning the ceasefire agreement.", published="2025-03-18"),
                      "ceasefire")
    assert (truce.status, roles(truce), truce.claimed_by) == ("ended", {("ISR", "initiator")}, "HAMAS")


def test_whose_proposal_a_side_rejected_is_its_proposer(extract):
    events = extract("Hamas rejected proposals from U.S. envoy Steve Witkoff to extend the truce.",
                     published="2025-03-18")
    truces = {e.status: e for e in of_type(events, "ceasefire")}
    assert roles(truces["rejected"]) == {("HAMAS", "initiator")}
    assert roles(truces["proposed"]) == {("USA", "initiator")}


def test_only_states_and_blocs_impose_sanctions(extract):
    events = extract("The United States on Tuesday determined that members of Sudan's Rapid Support Forces had "
                     "committed genocide and imposed sanctions on the group's leader.", published="2025-01-07")
    [sanction] = of_type(events, "sanction")
    assert ("RSF", "initiator") not in roles(sanction)
    [finding] = of_type(events, "accusation")  # (the finding of genocide charges the group)
    assert {("USA", "initiator"), ("RSF", "target")} <= roles(finding)


def test_the_treasury_is_the_united_states(extract):
    [sanction] = extract("The Treasury Department sanctioned two Russian oil firms on Wednesday.",
                         published="2025-01-09")
    assert roles(sanction) == {("USA", "initiator"), ("RUS", "target")}


def test_agreeing_the_text_of_a_treaty_to_end_a_conflict_agrees_the_treaty(extract):
    [deal] = extract("Armenia and Azerbaijan have agreed the text of a peace treaty to end nearly four decades of "
                     "conflict.", published="2025-03-13")
    assert (deal.status, roles(deal)) == ("agreed", {("ARM", "participant"), ("AZE", "participant")})


def test_ready_to_sign_is_not_signed(extract):
    [deal] = extract("Pashinyan said Yerevan was ready to sign the peace treaty.", published="2025-03-13")
    assert deal.status == "proposed"


def test_the_attacks_blamed_on_a_group_are_the_attacks_told_before(extract):
    events = extract("Drones struck Port Sudan for a third straight day on Tuesday, hitting the city's main port, "
                     "officials said. The army-backed government blamed the Rapid Support Forces for the attacks.",
                     published="2025-05-06")
    [attack] = of_type(events, "attack")
    assert roles(attack) == {("SDN", "target"), ("RSF", "initiator")}
    assert attack.place.name == "Port Sudan"


def test_a_signing_ceremony_hung_on_the_purpose_places_the_signing(extract):
    [deal] = extract("Russia and Ukraine signed separate deals with Turkey and the United Nations on Friday to reopen "
                     "Ukraine's Black Sea ports, in a ceremony at Istanbul's Dolmabahce Palace.",
                     published="2022-07-22")
    assert deal.place.name == "Dolmabahce Palace"


def test_agreeing_to_open_talks_plans_them(extract):
    events = extract("Colombia's government and the FARC dissident group known as the Estado Mayor Central agreed on "
                     "Sunday to a three-month bilateral ceasefire and to open formal peace talks on Oct. 16.",
                     published="2023-10-08")
    [talks] = of_type(events, "talks")
    assert (talks.status, talks.date.start) == ("planned", "2023-10-16")
    assert roles(talks) == {("COL", "participant"), ("EMC", "participant")}


def test_two_sides_that_open_talks_are_their_sides(extract):
    [talks] = extract("Russia and Ukraine opened talks in Istanbul on Friday.", published="2025-05-16")
    assert {("RUS", "participant"), ("UKR", "participant")} <= roles(talks)


def test_a_ship_sunk_is_an_attack(extract):
    [attack] = extract("Yemen's Houthi militia said on Wednesday it had sunk the Liberian-flagged bulk carrier "
                       "Eternity C in the Red Sea.", published="2025-07-09")
    assert (attack.type, roles(attack), attack.place.name) == ("attack", {("HOUTHI", "initiator")}, "Red Sea")


def test_it_after_a_thing_is_the_thing(extract):
    events = extract("Kyiv blamed Russian forces, which have controlled the dam since 2022, for blowing it up.",
                     published="2023-06-06")
    assert all(("UKR", "target") not in roles(e) for e in of_type(events, "attack"))


def test_each_sides_release_told_apart_is_one_swap(extract):
    events = extract("An M23 spokesman said the group had freed 49 government soldiers. Congo's government said it "
                     "had released 23 rebels held in Kinshasa.", published="2025-09-15")
    [swap] = of_type(events, "prisoner_exchange")
    assert roles(swap) == {("M23", "participant"), ("COD", "participant")}
    assert swap.quantities == {"prisoners_total": 72}


def test_a_release_the_red_cross_facilitated_was_carried_out(extract):
    [swap] = of_type(extract("The International Committee of the Red Cross said it had facilitated the release of "
                             "dozens of detainees.", published="2025-09-15"), "prisoner_exchange")
    assert swap.status == "carried_out"
    assert ("ICRC", "mediator") in roles(swap)


def test_the_date_that_names_a_truce_does_not_date_its_violation(extract):
    events = extract("The Israeli military accused Hezbollah of violating the November 2024 ceasefire.",
                     published="2025-10-05")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, truce.date.start) == ("violated", "2025-10-05")


def test_whom_a_leader_calls_on_is_no_place(extract):
    events = extract("Lebanese President Joseph Aoun called on the United States and France to stop Israel's "
                     "attacks.", published="2025-10-05")
    assert all(e.place is None for e in events)


def test_states_that_guarantee_a_truce_mediate_it(extract):
    [truce] = of_type(extract("Israel and Hezbollah agreed to a ceasefire on Tuesday. The United States and France, "
                              "which guarantee the truce, said it had held.", published="2024-11-30"), "ceasefire")
    assert {("USA", "mediator"), ("FRA", "mediator")} <= roles(truce)


def test_a_truce_that_comes_into_effect_is_in_force_at_the_entrys_time(extract):
    [truce] = extract("11:15 GMT - The ceasefire between Israel and Hamas has come into effect after a delay of "
                      "nearly three hours, Israel's military said.", published="2025-01-19")
    assert (truce.status, roles(truce)) == ("in_effect", {("ISR", "participant"), ("HAMAS", "participant")})
    assert truce.date.start == "2025-01-19T11:15"
    assert truce.quantities == {}  # the delay is not how long the truce lasts


def test_hostages_handed_over_to_the_red_cross_were_freed_through_it(extract):
    [swap] = extract("Hamas has handed over three Israeli hostages to the Red Cross in Gaza City.",
                     published="2025-01-19")
    assert (swap.type, swap.status) == ("prisoner_exchange", "carried_out")
    assert roles(swap) == {("HAMAS", "participant"), ("ICRC", "mediator")}
    assert swap.quantities == {"prisoners_total": 3}


def test_a_liveblog_time_is_no_count_of_strikes(extract):
    [attack] = extract("11:40 GMT - Israeli strikes killed at least 19 people in Gaza during the delay, the civil "
                       "defence agency said.", published="2025-01-19")
    assert attack.quantities == {"killed": 19}


def test_mediators_who_suspend_talks_between_two_sides_are_no_sides(extract):
    events = extract("The United States and Saudi Arabia suspended talks between Sudan's army and the Rapid Support "
                     "Forces in Jeddah on Thursday, citing repeated violations of a ceasefire by both sides.",
                     published="2023-06-22")
    [talks] = of_type(events, "talks")
    assert (talks.status, roles(talks)) == ("cancelled", {("USA", "mediator"), ("SAU", "mediator"),
                                                          ("SDN", "participant"), ("RSF", "participant")})
    assert all(("USA", "initiator") not in roles(e) for e in of_type(events, "ceasefire"))


def test_drones_destroyed_over_a_region_are_their_owners_attack(extract):
    [attack] = extract("Russia launched strikes on Ukraine on Wednesday.\nThe Russian defence ministry said air "
                       "defence units had destroyed 112 Ukrainian drones over the Kursk region overnight.",
                       published="2025-04-17")[1:]
    assert ("UKR", "initiator") in roles(attack)


def test_the_day_a_truce_takes_effect_is_not_the_day_a_proposal_was_accepted(extract):
    [accepted] = of_type(extract("President Joe Biden announced on Tuesday that Israel and Lebanon had accepted a "
                                 "U.S.-French proposal, and that a ceasefire would take effect at 4 a.m. on Wednesday.",
                                 published="2024-11-26"), "proposal")
    assert accepted.date.start[:10] != "2024-11-20"


def test_a_deal_signed_in_a_month_is_dated_by_it(extract):
    [deal] = extract("Tigrayan forces began handing over heavy weapons on Wednesday, a key step under the peace deal "
                     "signed in November to end two years of war.", published="2023-01-11")
    assert (deal.status, deal.date.start) == ("signed", "2022-11")


def test_a_deal_talks_are_to_reach_is_not_yet_agreed(extract):
    events = extract("Somalia and Ethiopia said they would begin technical talks by the end of February to reach a "
                     "commercial deal.", published="2024-12-12")
    assert [e.status for e in of_type(events, "agreement")] == ["proposed"]
    [talks] = of_type(events, "talks")
    assert (talks.status, talks.date.start) == ("planned", "2025-02")


def test_the_day_a_joined_future_verb_names_is_not_the_acceptances(extract):
    [truce] = extract("Sudan's army said its delegation has accepted the proposal for a seven-day ceasefire and will "
                      "sign it tomorrow.", published="2023-05-07")
    assert (truce.status, truce.date.start) == ("accepted", "2023-05-07")


def test_calling_sanctions_unjustified_is_no_call_for_them(extract):
    events = extract("The United States imposed sanctions on Rwanda's minister on Thursday. Rwanda denied supporting "
                     "the M23 and called the sanctions unjustified.", published="2025-02-20")
    assert "called_for" not in {e.status for e in of_type(events, "sanction")}
    assert all(("RWA", "initiator") not in roles(e) for e in of_type(events, "sanction"))


def test_an_accusation_is_made_when_it_is_told_not_when_the_violations_were(extract):
    [accusation] = of_type(extract("Pakistan accuses India of violating the truce more than 3,000 times last year.",
                                   published="2021-02-25"), "accusation")
    assert accusation.date.start == "2021-02-25"


def test_a_swap_the_sides_began_is_being_carried_out(extract):
    [swap] = of_type(extract("Yemen's government and the Houthi movement began a three-day exchange of nearly 900 "
                             "detainees on Friday.", published="2023-04-14"), "prisoner_exchange")
    assert (swap.status, swap.quantities) == ("carried_out", {"prisoners_total": 900})
    assert roles(swap) == {("YEM", "participant"), ("HOUTHI", "participant")}


def test_any_attack_warned_of_is_no_attack(extract):
    assert not extract("Hezbollah leader Hassan Nasrallah had warned Israel that any assassination on Lebanese soil "
                       "would bring a strong reaction.", published="2024-01-03")


def test_refusing_any_truce_is_still_a_refusal(extract):
    [truce] = extract("Army chief Abdel Fattah al-Burhan has rejected any truce with the Rapid Support Forces.",
                      published="2025-11-06")
    assert (truce.type, truce.status) == ("ceasefire", "rejected")


def test_what_must_happen_before_a_future_step_is_a_condition_not_an_event(extract):
    events = extract("The United States and Saudi Arabia suspended talks between Sudan's army and the RSF on "
                     "Thursday. The mediators said they would resume the talks when the parties showed they were "
                     "serious about observing the truce.", published="2023-06-22")
    assert "in_effect" not in {e.status for e in of_type(events, "ceasefire")}


def test_a_past_when_clause_still_tells_an_event(extract):
    events = extract("Israel and Hamas agreed a truce. When the truce took effect on Sunday, the guns fell silent.",
                     published="2023-06-22")
    assert "in_effect" in {e.status for e in of_type(events, "ceasefire")}


def test_a_swap_brokered_by_states_and_its_other_half_are_one_swap(extract):
    events = extract("Ukraine said on Thursday that Russia had freed 215 Ukrainian and foreign fighters in a prisoner "
                     "swap brokered by Turkey and Saudi Arabia. In return, Ukraine handed over 55 prisoners.",
                     published="2022-09-22")
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.status == "carried_out"
    assert roles(swap) == {("RUS", "participant"), ("UKR", "participant"), ("TUR", "mediator"),
                           ("SAU", "mediator")}
    assert swap.quantities == {"prisoners_total": 270}


def test_a_demand_the_other_side_rejected_is_still_made(extract):
    events = extract("The Houthis have demanded that the government pay public sector salaries from oil revenues, a "
                     "demand the government has rejected.", published="2022-06-02")
    assert "made" in {e.status for e in of_type(events, "demand")}


def test_the_hostages_freed_are_counted_not_those_still_held(extract):
    [swap] = of_type(extract("Under the deal, a six-week ceasefire would begin on Sunday, during which 33 of the 98 "
                             "remaining hostages would be freed in exchange for hundreds of Palestinian prisoners.",
                             published="2025-01-16"), "prisoner_exchange")
    assert swap.quantities == {"prisoners_total": 33}
    assert swap.date.start == "2025-01-19"  # the coming Sunday of the plan


def test_a_truce_expected_to_take_effect_is_not_yet_in_force(extract):
    events = extract("Israel and Hamas agreed a ceasefire on Wednesday. Blinken said he expected the ceasefire to "
                     "take effect on Sunday as planned.", published="2025-01-16")
    assert "in_effect" not in {e.status for e in of_type(events, "ceasefire")}


def test_demands_a_side_could_not_meet_are_no_meeting(extract):
    events = extract("Taliban spokesman Zabihullah Mujahid said Pakistan had made demands that Kabul could not meet.",
                     published="2025-11-07")
    assert of_type(events, "talks") == []
    assert [(e.status, roles(e)) for e in of_type(events, "demand")] == [
        ("made", {("PAK", "initiator"), ("AFG", "target")})]


def test_the_next_round_a_side_will_not_go_to_is_not_the_rounds_held(extract):
    events = extract("A third round of peace talks between Pakistan and Afghanistan in Istanbul ended without "
                     "agreement. \"The talks have ended and we are not going to a fourth round,\" Asif said.",
                     published="2025-11-07")
    assert [e.quantities.get("round") for e in of_type(events, "talks")] == [3]


def test_a_group_answering_with_rockets_attacks(extract):
    events = extract("Israel launched the operation on Friday with a strike that killed a senior Islamic Jihad "
                     "commander. The group responded with more than 1,000 rockets.", published="2022-08-08")
    assert {("ISLAMICJIHAD", "initiator")} in [roles(e) for e in of_type(events, "attack")]


def test_a_brokered_truce_that_took_hold_is_in_force_between_its_sides(extract):
    events = extract("A ceasefire brokered by Egypt between Israel and the Islamic Jihad militant group took hold in "
                     "the Gaza Strip late on Sunday.", published="2022-08-08")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "in_effect"
    assert roles(truce) == {("ISR", "participant"), ("ISLAMICJIHAD", "participant"), ("EGY", "mediator")}


def test_a_brokered_truce_taking_effect_takes_the_sides_named_after_it(extract):
    events = extract("Nov. 24, 2023 - A seven-day truce brokered by Qatar, Egypt and the United States takes effect; "
                     "Hamas frees 105 hostages and Israel releases 240 Palestinian prisoners.", published="2025-10-10")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "in_effect"
    assert {("HAMAS", "participant"), ("ISR", "participant")} <= roles(truce)


def test_the_swap_an_article_told_of_needs_no_prisoners_beside_it(extract):
    events = extract("Five Americans arrived in Qatar on Monday under a deal in which the United States agreed to "
                     "release five Iranians held in the U.S.\n\nThe swap, mediated by Qatar over months of indirect "
                     "talks, went ahead after the money was transferred.", published="2023-09-18")
    swaps = of_type(events, "prisoner_exchange")
    assert {"agreed", "carried_out"} == {e.status for e in swaps}
    assert ("QAT", "mediator") in roles(next(e for e in swaps if e.status == "carried_out"))


def test_a_currency_swap_is_still_no_prisoner_swap(extract):
    events = extract("Russia and Ukraine swapped 90 prisoners on Friday. The central bank said the swap line with "
                     "China would be renewed, and the currency swap was signed on Monday.", published="2025-06-02")
    assert len(of_type(events, "prisoner_exchange")) == 1


def test_the_release_a_deal_was_reached_to_secure_is_that_deals_swap(extract):
    events = extract("Russia and Ukraine swapped 90 prisoners in May.\n\nDuring the discussions, a 6,000 to 6,000 "
                     "prisoner exchange agreement was reached to secure the release of sick, seriously injured "
                     "prisoners and those under the age of 25.",
                     published="2025-06-02")
    assert "proposed" not in {e.status for e in of_type(events, "prisoner_exchange")}



def test_talks_a_side_says_it_would_join_are_planned(extract):
    events = extract("The Syrian opposition's High Negotiations Committee said it would join peace talks in Geneva.",
                     published="2016-02-12")
    [talks] = of_type(events, "talks")
    assert (talks.status, talks.place.name) == ("planned", "Geneva")



def test_the_toll_of_the_violence_is_no_attack(extract):
    events = extract("Israel struck the defence ministry in Damascus on Wednesday. More than 900 people have been "
                     "killed in the violence since July 13, a war monitor said.", published="2025-07-19")
    assert [e.quantities.get("killed") for e in of_type(events, "attack")] == [None]


def test_a_state_considering_sanctions_threatens_them(extract):
    events = extract("The United States is prepared to consider imposing sanctions or an arms embargo on South "
                     "Sudan, a U.S. official said on Tuesday, after days of fighting in Juba.", published="2016-07-12")
    [sanction] = of_type(events, "sanction")
    assert sanction.status == "threatened"
    assert roles(sanction) == {("USA", "initiator"), ("SSD", "target")}


def test_the_neighbours_that_reached_a_truce_are_the_articles_sides(extract):
    events = extract("A third round of peace talks between Pakistan and Afghanistan in Istanbul ended without "
                     "agreement. The talks were meant to firm up a ceasefire that the neighbours reached in Doha on "
                     "Oct. 19.", published="2025-11-07")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, truce.date.start) == ("agreed", "2025-10-19")
    assert {("PAK", "participant"), ("AFG", "participant")} <= roles(truce)


def test_each_sides_count_adds_up_whichever_mention_tells_the_swap_best(extract):
    events = extract("GOMA, Sept 15 - The International Committee of the Red Cross said it had facilitated the "
                     "release of dozens of detainees held by Congo's government and the M23 rebel group.\n\n"
                     "An M23 spokesman said the group had freed 49 government soldiers.\n\nCongo's government said "
                     "it had released 23 rebels held in Kinshasa.", published="2025-09-15")
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.quantities["prisoners_total"] == 72


def test_a_release_mediated_apart_is_done_and_between_the_swaps_sides(extract):
    events = extract("Ukraine said on Thursday that Russia had freed 215 fighters in a prisoner swap brokered by "
                     "Turkey and Saudi Arabia.\n\nIn return, Ukraine handed over 55 prisoners.\n\nFive of the "
                     "commanders will stay in Turkey under an agreement between Erdogan and Putin.\n\nSaudi Crown "
                     "Prince Mohammed bin Salman mediated the release of 10 foreign fighters, the Saudi foreign "
                     "ministry said.", published="2022-09-22")
    swaps = sorted(of_type(events, "prisoner_exchange"), key=lambda e: e.quantities["prisoners_total"])
    assert [(e.status, e.quantities["prisoners_total"]) for e in swaps] == [("carried_out", 10), ("carried_out", 270)]
    assert roles(swaps[0]) == {("SAU", "mediator"), ("RUS", "participant"), ("UKR", "participant")}


def test_a_memorandum_handed_at_talks_tells_who_held_them(extract):
    events = extract("ISTANBUL, June 2 - Russia handed Ukraine a memorandum setting out its conditions for a "
                     "ceasefire at talks in Istanbul on Monday that lasted just over an hour, Ukrainian officials "
                     "said.\n\nThe two sides agreed to exchange all severely wounded and young prisoners of war.",
                     published="2025-06-02")
    [talks] = of_type(events, "talks")
    assert talks.status == "held" and {("RUS", "participant"), ("UKR", "participant")} <= roles(talks)
    [swap] = of_type(events, "prisoner_exchange")
    assert {("RUS", "participant"), ("UKR", "participant")} <= roles(swap)


def test_a_state_announcing_the_deal_two_others_made_is_its_broker(extract):
    events = extract("Qatar's Prime Minister announced on Wednesday that Israel and Hamas had agreed to a ceasefire.",
                     published="2025-01-15")
    [truce] = of_type(events, "ceasefire")
    assert roles(truce) == {("ISR", "participant"), ("HAMAS", "participant"), ("QAT", "mediator")}


def test_a_state_saying_what_it_agreed_is_no_broker(extract):
    events = extract("Israel's prime minister announced on Wednesday that Israel and Hamas had agreed to a ceasefire.",
                     published="2025-01-15")
    [truce] = of_type(events, "ceasefire")
    assert ("ISR", "mediator") not in roles(truce)


@pytest.mark.parametrize("text", [
    "President Donald Trump said on Tuesday he would order the lifting of sanctions on Syria.",
    "Trump said he would order the cessation of sanctions against Syria.",
    "Russia announced an end to sanctions on Syria on Tuesday.",
])
def test_the_lifting_or_end_of_sanctions_lifts_them(extract, text):
    [sanction] = of_type(extract(text, published="2025-05-13"), "sanction")
    assert sanction.status == "lifted"


def test_a_call_for_a_cessation_of_attacks_calls_for_a_truce(extract):
    events = extract("Hamas called on Monday for a cessation of attacks on Gaza.", published="2025-05-13")
    assert [(e.type, e.status) for e in events] == [("ceasefire", "called_for")]


def test_a_wars_toll_so_far_is_no_attack_but_a_days_fighting_is(extract):
    toll = extract("The army and the RSF clashed in Khartoum on Monday. The fighting, which began on April 15, has "
                   "killed at least 863 civilians, according to doctors.", published="2023-05-24")
    assert [e.quantities.get("killed") for e in of_type(toll, "attack")] == [None]
    day = extract("The army and the RSF clashed. Fighting in Khartoum killed 20 people on Monday.",
                  published="2023-05-24")
    assert 20 in [e.quantities.get("killed") for e in of_type(day, "attack")]


def test_no_side_takes_effect(extract):
    events = extract("KHARTOUM, Sudan (AP) — A week-long ceasefire between Sudan's army and the paramilitary Rapid "
                     "Support Forces took effect on Monday night.", published="2023-05-24")
    [truce] = of_type(events, "ceasefire")
    assert roles(truce) == {("SDN", "participant"), ("RSF", "participant")}


def test_a_deal_both_sides_violated_is_the_truce_violated(extract):
    events = extract("A truce between Sudan's army and the RSF took effect on Monday. Two days later, the mediators "
                     "said both sides had violated the deal.", published="2023-05-24")
    assert sorted(e.status for e in of_type(events, "ceasefire")) == ["in_effect", "violated"]


def test_the_city_a_truce_was_agreed_in_is_no_state_for_the_army(extract):
    events = extract("The truce was agreed in Jeddah. The next day, the army accused the RSF of storming a hospital "
                     "in Omdurman.", published="2023-05-24")
    [accusation] = of_type(events, "accusation")
    assert ("SAU", "initiator") not in roles(accusation)


def test_both_clauses_under_a_truce_are_its_sides(extract):
    events = extract("Hamas released the last 20 living hostages on Monday, and Israel freed nearly 2,000 Palestinian "
                     "prisoners under the ceasefire that began on Friday.", published="2025-10-13")
    [truce] = of_type(events, "ceasefire")
    assert roles(truce) == {("HAMAS", "participant"), ("ISR", "participant")}



def test_talks_that_ended_with_an_agreement_to_swap_agreed_the_swap(extract):
    events = extract("Delegations from Ukraine and Russia met in Istanbul on July 23 for a third round of direct peace "
                     "talks, which lasted less than an hour and ended with an agreement to exchange another 1,200 "
                     "prisoners of war.", published="2025-07-23")
    assert of_type(events, "agreement") == []
    [swap] = of_type(events, "prisoner_exchange")
    assert (swap.status, swap.quantities.get("prisoners_total")) == ("agreed", 1200)


def test_the_previous_rounds_an_article_recalls_were_held_on_their_day(extract):
    events = extract("Ukraine and Russia held a third round of talks in Istanbul on July 23. The two previous rounds, "
                     "held on May 16 and June 2, produced no progress toward a ceasefire.", published="2025-07-23")
    assert "2025-05-16" in [e.date.start for e in of_type(events, "talks") if e.status == "held"]


def test_a_truce_violated_where_a_pronoun_names_it(extract):
    events = extract("KYIV — Russia's 30-hour Easter ceasefire expired at midnight on April 20, with Ukraine saying "
                     "Russian forces had violated it nearly 3,000 times.", published="2025-04-21")
    [violated] = [e for e in of_type(events, "ceasefire") if e.status == "violated"]
    assert roles(violated) == {("RUS", "initiator")}




def test_who_brokered_together_with_a_broker_brokered_too(extract):
    events = extract("Ankara brokered the 2022 Black Sea Grain Initiative together with the United Nations.",
                     published="2025-03-26")
    [deal] = of_type(events, "agreement")
    assert roles(deal) == {("TUR", "mediator"), ("UN", "mediator")}
    assert deal.date.start == "2022"


def test_the_year_that_names_a_deal_does_not_date_its_end(extract):
    events = extract("Mali's junta ended the 2015 peace deal with Tuareg rebels on Thursday.", published="2024-01-26")
    [deal] = of_type(events, "agreement")
    assert (deal.status, deal.date.start) == ("ended", "2024-01-25")


# The statuses of the events of one type a sentence tells (none: it tells no such event).
STATUSES = [
    pytest.param(
        "Prime Minister Benjamin Netanyahu, who approved the deal last week despite objections from some ministers "
        "and families of those killed in attacks, greeted Shalit at the air base.",
        "2011-10-18", "attack", [], id="the_families_of_those_killed_in_attacks_tell_of_no_attack"),
    pytest.param(
        "Hamas has demanded a permanent ceasefire. Six months of war have killed more than 33,000 Palestinians, "
        "according to Gaza health authorities.",
        "2024-04-07", "attack", [], id="a_wars_months_toll_is_no_attack"),
    pytest.param(
        "Russia and Ukraine each returned 103 prisoners of war on Saturday in an exchange mediated by the United Arab "
        "Emirates. It was the eighth exchange mediated by the UAE this year.",
        "2024-09-14", "prisoner_exchange", ["carried_out"], id="a_count_of_what_was_told_is_no_new_event"),
    pytest.param(
        "World powers agreed early on Friday to seek a nationwide cessation of hostilities in Syria, U.S. Secretary "
        "of State John Kerry said after talks that ran past midnight in Munich.",
        "2016-02-12", "talks", ["held"], id="talks_after_which_a_minister_spoke_were_held"),
    pytest.param(
        "Taliban fighters and Afghan soldiers embraced on Saturday, the first day of a three-day ceasefire the "
        "insurgents announced to mark the Eid al-Fitr holiday.",
        "2018-06-16", "ceasefire", ["in_effect"], id="the_first_day_of_a_truce_is_a_day_it_holds"),
    pytest.param(
        "The Taliban answered two days later with a truce of their own for the first three days of Eid.",
        "2018-06-16", "ceasefire", ["announced"], id="a_truce_given_in_answer_is_declared"),
    pytest.param(
        "Russia, Iran and Turkey signed a memorandum on Thursday on the return of refugees to Syria.",
        "2017-05-04", "agreement", ["signed"], id="a_memorandum_signed_is_a_deal"),
    pytest.param(
        "Russia, Iran and Turkey signed a memorandum on Thursday to set up four de-escalation zones in Syria.",
        "2017-05-04", "ceasefire", ["agreed"], id="a_memorandum_signed_for_de_escalation_zones_is_a_truce_agreed"),
    pytest.param(
        "Russia, Iran and Turkey signed a memorandum on Thursday to set up four de-escalation zones in Syria, in "
        "which Syrian government and rebel forces would halt hostilities.",
        "2017-05-04", "ceasefire", ["agreed"], id="a_memorandum_for_zones_where_forces_halt_fighting_is_a_truce"),
    pytest.param(
        "Colombia's government and the FARC signed a bilateral ceasefire on Thursday. The rebels will hand over their "
        "weapons within 180 days of a final accord being signed.",
        "2016-06-23", "agreement", [], id="a_deadline_counted_from_a_signing_tells_no_signing"),
    pytest.param(
        "Kerry and Ban said on Thursday that Israel and Hamas had agreed to a 72-hour humanitarian ceasefire. "
        "Israel said on Friday that Hamas had broken the pause within hours.",
        "2014-08-01", "ceasefire", ["agreed", "violated"], id="the_pause_after_a_truce_told_is_that_truce"),
    pytest.param(
        "The talks, to be mediated by the African Union, will open in Pretoria on Monday.",
        "2022-10-14", "talks", ["planned"], id="talks_still_to_be_mediated_are_planned"),
    pytest.param(
        "On Thursday, one day into the ceasefire between Israel and Hezbollah, the Israeli army said it fired at "
        "suspects approaching southern Lebanese villages.",
        "2024-11-28", "ceasefire", ["in_effect"], id="a_day_into_a_truce_is_a_day_it_holds"),
    pytest.param(
        "Israel's war cabinet decided to send a delegation to Cairo to continue negotiations.",
        "2024-05-06", "talks", ["planned"], id="talks_a_delegation_is_sent_to_are_planned"),
    pytest.param(
        "The Kremlin said on Wednesday it was waiting for details of a U.S. proposal for a 30-day ceasefire that "
        "Ukraine accepted at talks in Jeddah a day earlier.",
        "2025-03-12", "talks", ["held"], id="talks_at_which_a_side_accepted_a_plan_were_held"),
    pytest.param(
        "The envoy flew to Doha to broker a truce.",
        "2024-09-30", "ceasefire", [], id="a_truce_an_envoy_travels_to_broker_is_not_yet_made"),
    pytest.param(
        "Kosovo and Serbia agreed to an EU-backed plan to normalise relations.",
        "2023-02-27", "proposal", ["accepted"], id="a_plan_to_normalise_relations_is_a_peace_plan"),
    pytest.param(
        "Israel will resume its offensive in Gaza if Hamas stops releasing hostages, Netanyahu said on Thursday.",
        "2023-11-30", "attack", ["threatened"], id="an_offensive_a_side_will_resume_is_threatened"),
    pytest.param(
        "Russia and Ukraine agreed to swap all severely wounded and young soldiers aged 18 to 25.",
        "2025-06-02", "prisoner_exchange", ["agreed"], id="soldiers_swapped_are_a_swap_of_prisoners"),
    pytest.param(
        "The first face-to-face peace talks between Russian and Ukrainian delegations ended in Istanbul on Friday, "
        "with the two sides agreeing to trade 1,000 captives each.",
        "2025-05-17", "prisoner_exchange", ["agreed"], id="captives_traded_are_a_swap"),
    pytest.param(
        "Israel and Hamas signed off on the first stage of a U.S.-drafted framework to halt the fighting in Gaza, in "
        "talks in the Egyptian resort of Sharm el-Sheikh mediated by Egypt, Qatar and Turkey.",
        "2025-10-09", "talks", ["held"], id="talks_in_which_two_sides_signed_off_on_a_plan_were_held"),
    pytest.param(
        "Israel and Hamas signed off on the first stage of a U.S.-drafted framework to halt the fighting in Gaza.",
        "2025-10-09", "ceasefire", ["agreed", "proposed"], id="a_truce_a_framework_signed_off_on_sets_up_is_agreed"),
    pytest.param(
        "A U.S. official said the next phase of talks between the army and the RSF would seek a temporary truce.",
        "2023-05-12", "talks", ["planned"], id="the_next_phase_of_talks_is_planned"),
    pytest.param(
        "The State of Qatar welcomes the agreement reached between Israel and Hamas to release detainees, in the "
        "framework of the mediation efforts undertaken by the State of Qatar.",
        "2024-01-23", "talks", ["held"], id="in_the_framework_of_mediation_is_no_deal_word"),
    pytest.param(
        "Lavrov accused Ukraine of having already broken the energy moratorium twice.",
        "2025-03-26", "ceasefire", ["violated"], id="an_energy_moratorium_is_a_truce"),
    pytest.param(
        "Zelenskiy said any easing of sanctions on Russia would be a weakening of positions.",
        "2025-03-26", "sanction", [], id="any_easing_of_sanctions_is_none_in_particular"),
    pytest.param(
        "Putin told his military chief Valery Gerasimov during a televised meeting that Moscow expected Ukraine to "
        "follow suit.",
        "2025-04-19", "talks", [], id="a_televised_meeting_with_ones_own_general_is_no_talks"),
    pytest.param(
        "The Kremlin said a maritime ceasefire brokered by Washington would not take effect until Western restrictions "
        "on Russia's agricultural bank are lifted.",
        "2025-03-26", "ceasefire", ["agreed"], id="a_truce_not_in_force_until_a_condition_is_met_has_not_failed"),
    pytest.param(
        "Sudan's army chief Abdel Fattah al-Burhan said on Sunday he would not negotiate with the Rapid Support "
        "Forces.",
        "2024-07-07", "talks", ["rejected"], id="a_side_that_will_not_negotiate_rejects_talks"),
    pytest.param(
        "Trump said he did not think an agreement with Iran was necessary.",
        "2025-06-25", "agreement", [], id="a_deal_judged_unnecessary_is_no_deal"),
    pytest.param(
        "Pakistan and Afghanistan agreed a truce. A mechanism will penalise any side that violates the truce.",
        "2025-10-31", "ceasefire", ["agreed"], id="any_side_that_violates_a_truce_is_no_violation"),
    pytest.param(
        "The truce, which began on April 2, has brought the longest lull in fighting in seven years, although both the "
        "Saudi-led coalition and the Houthis have accused each other of violations.",
        "2022-06-03", "attack", [], id="a_lull_in_fighting_is_no_attack"),
    pytest.param(
        "Ukraine and Russia exchanged 146 prisoners of war each on Tuesday in a deal mediated by the United Arab "
        "Emirates.",
        "2025-09-09", "agreement", [], id="the_deal_a_swap_was_done_in_is_the_swap"),
    pytest.param(
        "Hamas said on Monday it would delay the next release of Israeli hostages until further notice, accusing "
        "Israel of violating the ceasefire.",
        "2025-02-10", "accusation", ["made"], id="an_accusing_participle_is_made_whatever_the_main_verbs_tense"),
    pytest.param(
        "The Kremlin said it was open to talks but only on the basis of the realities on the ground.",
        "2024-05-20", "talks", [], id="a_side_open_to_talks_holds_none"),
    pytest.param(
        "A six-month truce in Yemen expired on Sunday after the Saudi-led coalition and the Houthi movement failed to "
        "agree on extending it.",
        "2022-10-02", "ceasefire", ["ended", "failed"], id="a_truce_the_sides_failed_to_extend_is_a_failed_extension"),
    pytest.param(
        "Hamas denied involvement in the Rafah shooting and said it remained committed to the ceasefire.",
        "2025-10-29", "ceasefire", ["in_effect"], id="a_side_that_remains_committed_to_a_truce_holds_it"),
    pytest.param(
        "India and Pakistan agreed to stop all firing on Saturday. Pakistan said it remained committed to the "
        "ceasefire and blamed India for violations.",
        "2025-05-10", "ceasefire", ["agreed"], id="commitment_to_a_truce_told_is_no_new_step"),
]


@pytest.mark.parametrize("text,published,type_,expected", STATUSES)
def test_which_events_of_a_type_a_sentence_tells(extract, text, published, type_, expected):
    assert sorted(e.status for e in of_type(extract(text, published=published), type_)) == expected


def test_one_sides_part_of_a_swap_counted_whole_is_that_swap(extract):
    events = extract("Yemen's government and the Houthi movement completed the release of nearly 900 detainees on "
                     "Sunday, the Red Cross said. The Houthis freed 181 prisoners, including Saudis and Sudanese.",
                     published="2023-04-16")
    [swap] = of_type(events, "prisoner_exchange")
    assert (swap.status, swap.quantities["prisoners_total"]) == ("carried_out", 900)


def test_they_of_a_joined_clause_are_the_first_clauses_subjects(extract):
    events = extract("Sudan's army and the paramilitary Rapid Support Forces signed a declaration in Jeddah late on "
                     "Thursday committing to protect civilians, but they did not agree to a ceasefire.",
                     published="2023-05-12")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("failed", {("SDN", "participant"), ("RSF", "participant")})


def test_talks_hosted_by_an_organisation_split_by_the_tokenizer_are_mediated_by_it(extract):
    events = extract("Libya's two warring sides signed a permanent ceasefire agreement on Friday at United "
                     "Nations-hosted talks in Geneva.", published="2020-10-23")
    [talks] = of_type(events, "talks")
    assert roles(talks) == {("UN", "mediator")}


@pytest.mark.parametrize("text,status", [
    ("Ukraine had again proposed a full and unconditional ceasefire, which Russia did not accept.", "rejected"),
    ("Russia did not accept the ceasefire on Friday, Ukrainian officials said.", "rejected"),
])
def test_not_accepting_a_truce_rejects_it(extract, text, status):
    events = extract(text, published="2025-05-16")
    assert status in [e.status for e in of_type(events, "ceasefire") if ("RUS", "initiator") in roles(e)]


def test_a_truce_not_yet_accepted_is_not_rejected(extract):
    events = extract("The Quad has proposed a three-month humanitarian truce, which Sudan's army has not accepted.",
                     published="2025-10-28")
    assert "rejected" not in [e.status for e in of_type(events, "ceasefire")]


def test_a_swap_an_intelligence_service_coordinated_was_carried_out_with_its_help(extract):
    events = extract("ANKARA — Türkiye's National Intelligence Organization coordinated a prisoner exchange involving "
                     "26 people at Ankara's airport on Thursday, the Turkish presidency said.", published="2024-08-01")
    [swap] = of_type(events, "prisoner_exchange")
    assert (swap.status, roles(swap)) == ("carried_out", {("TUR", "mediator")})


def test_a_proposal_that_names_no_event_of_ours_is_a_proposal(extract):
    events = extract("Ukraine's negotiators proposed a neutral status in exchange for security guarantees at the "
                     "talks in Istanbul on Tuesday.", published="2022-03-29")
    [proposal] = of_type(events, "proposal")
    assert (proposal.status, roles(proposal)) == ("presented", {("UKR", "initiator")})


def test_a_proposed_truce_is_no_second_proposal(extract):
    events = extract("Ukraine proposed a 30-day ceasefire on Tuesday.", published="2025-05-16")
    assert [(e.type, e.status) for e in events] == [("ceasefire", "proposed")]


def test_one_side_agreeing_to_a_truce_others_proposed_accepts_it(extract):
    events = extract("PORT SUDAN, Nov 6 - Sudan's paramilitary Rapid Support Forces said on Thursday they had agreed "
                     "to a humanitarian truce proposed by the United States, Saudi Arabia, Egypt and the United Arab "
                     "Emirates.", published="2025-11-06")
    statuses = {e.status: roles(e) for e in of_type(events, "ceasefire")}
    assert statuses == {"accepted": {("RSF", "initiator")},
                        "proposed": {("USA", "initiator"), ("SAU", "initiator"), ("EGY", "initiator"),
                                     ("ARE", "initiator")}}


@pytest.mark.parametrize("proposed", ["that Saudi Arabia and the United States proposed last week",
                                      "Saudi Arabia and the United States proposed last week",
                                      "proposed by Saudi Arabia and the United States"])
def test_a_side_that_will_respect_a_truce_others_proposed_accepts_it(extract, proposed):
    events = extract(f"Sudan's army said it would respect a truce {proposed}.", published="2023-05-20")
    statuses = {e.status: roles(e) for e in of_type(events, "ceasefire")}
    assert statuses == {"accepted": {("SDN", "initiator")},
                        "proposed": {("SAU", "initiator"), ("USA", "initiator")}}


@pytest.mark.parametrize("text, answer, answered, proposers", [
    ("Hamas said on Monday it had accepted a ceasefire proposal from Egyptian and Qatari mediators.",
     "accepted", "HAMAS", {"EGY", "QAT"}),
    ("Russia rejected Ukraine's proposal for a truce.", "rejected", "RUS", {"UKR"}),
])
def test_whose_proposal_an_answer_names_proposed_it(extract, text, answer, answered, proposers):
    statuses = {e.status: roles(e) for e in of_type(extract(text, published="2024-05-06"), "ceasefire")}
    assert statuses == {answer: {(answered, "initiator")}, "proposed": {(code, "initiator") for code in proposers}}


def test_a_truce_brokered_by_a_state_with_it_is_still_agreed(extract):
    events = extract("The Houthis had paused their attacks on shipping after a U.S.-brokered ceasefire with "
                     "Washington in May.", published="2025-07-09")
    assert "accepted" not in [e.status for e in of_type(events, "ceasefire")]


def test_the_dead_handed_over_and_returned_are_a_swap_of_bodies(extract):
    events = extract("Hamas has handed over the remains of 15 of the 28 dead hostages it was meant to return under "
                     "the deal, and Israel has returned 195 Palestinian bodies.", published="2025-10-29")
    [swap] = of_type(events, "prisoner_exchange")
    assert (swap.status, roles(swap)) == ("carried_out", {("HAMAS", "participant"), ("ISR", "participant")})


def test_a_third_party_that_announces_the_truce_two_sides_agreed_brokered_it(extract):
    events = extract("India and Pakistan agreed on Saturday to a full and immediate ceasefire, India's foreign "
                     "secretary said. U.S. President Donald Trump had earlier announced the truce on social media.",
                     published="2025-05-10")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("agreed", {("IND", "participant"), ("PAK", "participant"),
                                                       ("USA", "mediator")})


def test_the_place_talks_took_place_in_places_them(extract):
    [talks] = of_type(extract("Qatar, Egypt and the United States mediated the talks, which took place in Doha over "
                              "several weeks.", published="2025-01-15"), "talks")
    assert talks.place.name == "Doha"


def test_how_long_a_meeting_went_on_is_not_the_truces_length(extract):
    events = extract("U.S. President Donald Trump and Russian President Vladimir Putin met for nearly three hours at "
                     "a military base in Alaska on Friday but did not reach an agreement on a ceasefire in Ukraine.",
                     published="2025-08-15")
    [talks], [truce] = of_type(events, "talks"), of_type(events, "ceasefire")
    assert (talks.quantities, truce.quantities) == ({"duration_hours": 3}, {})


def test_what_a_minister_travels_to_push_for_is_called_for_and_its_proposal_keeps_its_day(extract):
    events = extract("France's foreign minister arrived in Beirut on Monday to push for a 21-day ceasefire proposed by "
                     "the United States, France and other allies last week.", published="2024-09-30")
    truces = {e.status: (roles(e), e.date.start) for e in of_type(events, "ceasefire")}
    assert truces == {"called_for": ({("FRA", "initiator")}, "2024-09-30"),
                      "proposed": ({("USA", "initiator"), ("FRA", "initiator")}, "2024-09-23")}


def test_a_side_that_did_not_attend_talks_does_not_unmake_them(extract):
    events = extract("Talks in Cairo on a Gaza ceasefire ended on Tuesday without a breakthrough, Egyptian sources "
                     "said. Hamas did not attend the meeting but was briefed by Egyptian officials.",
                     published="2024-02-13")
    [talks] = of_type(events, "talks")
    assert (talks.status, talks.negated, talks.place.name, roles(talks)) == ("held", False, "Cairo", set())


def test_what_a_phase_of_a_deal_includes_is_agreed(extract):
    events = extract("Israel and Hamas agreed to the first phase of the plan on Thursday. The phase includes a "
                     "ceasefire and the release of all 20 surviving hostages within 72 hours in return for about "
                     "2,000 Palestinian detainees.", published="2025-10-09")
    [swap] = of_type(events, "prisoner_exchange")
    assert (swap.status, swap.quantities) == ("agreed", {"prisoners_total": 2020})
    assert all("duration_hours" not in t.quantities for t in of_type(events, "ceasefire"))  # (72 hours: a deadline)



def test_it_a_side_is_scolded_for_violating_is_the_truce_not_an_actor(extract):
    events = extract("A ceasefire between Iran and Israel largely held for a second day on Wednesday, after U.S. "
                     "President Donald Trump scolded both countries for violating it within hours of its start.",
                     published="2025-06-25")
    [violation] = [e for e in of_type(events, "ceasefire") if e.status == "violated"]
    assert roles(violation) == {("IRN", "initiator"), ("ISR", "initiator")}  # "both countries": the two named


def test_the_dead_handed_over_beside_a_swap_of_the_living_are_a_swap_of_their_own(extract):
    events = extract("Ukraine and Russia exchanged 146 prisoners of war each on Tuesday in a deal mediated by the "
                     "United Arab Emirates, and Russia handed over the bodies of 1,000 Ukrainian soldiers in return "
                     "for 19 bodies of Russian servicemen, officials said.", published="2025-09-09")
    assert sorted(map(str, (e.quantities for e in of_type(events, "prisoner_exchange")))) == [
        "{'prisoners_per_side': 146}", "{'prisoners_total': 1019}"]


def test_hostages_that_should_be_freed_by_a_weekday_are_asked_for_by_the_coming_one(extract):
    [swap] = of_type(extract("U.S. President Donald Trump said all hostages should be released by Saturday noon.",
                             published="2025-02-10"), "prisoner_exchange")
    assert (swap.status, swap.date.start) == ("proposed", "2025-02-15T12:00")


def test_an_alliance_described_before_it_is_named_is_the_truces_other_side(extract):
    events = extract("Myanmar's military government and an alliance of three ethnic armed groups have agreed to an "
                     "immediate ceasefire after talks mediated by China. The Three Brotherhood Alliance launched an "
                     "offensive in late October and has since seized dozens of military posts.", published="2024-01-12")
    [truce] = of_type(events, "ceasefire")
    assert roles(truce) == {("MMR", "participant"), ("BROTHERHOOD", "participant"), ("CHN", "mediator")}

