"""Readings found on batch 33 of our own articles (eval/own/pending): two states settling a dispute at a third's
summit, a massacre claimed by the group that carried it out, an explainer on a summit's truce. Each is tested on
sentences written for it."""

from records import of_type, roles


def test_an_attack_s_evidence_is_the_report_not_the_claim_of_it(extract):
    events = extract("Jihadists killed scores of people on Saturday in an attack on a town in Burkina Faso, security "
                     "sources said. JNIM claimed the attack, saying it had killed about 300 soldiers.",
                     published="2024-08-27")
    [attack] = of_type(events, "attack")
    assert attack.evidence.text.startswith("Jihadists killed") and ("JNIM", "initiator") in roles(attack)


def test_condemning_what_one_calls_an_attack_accuses_its_doers(extract):
    events = extract("Burkina Faso: scores killed in jihadist attack\n\nOUAGADOUGOU, Aug 27 (AFP) - JNIM fighters "
                     "attacked the town of Barsalogho in Burkina Faso on "
                     "Saturday.\n\nSecurity Minister Mahamadou Sana on Monday condemned what he called a barbaric "
                     "attack.", published="2024-08-27")
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("BFA", "initiator"), ("JNIM", "target")}
    assert len(of_type(events, "attack")) == 1  # (the name he gives it is no second attack)


def test_agreeing_to_set_aside_a_dispute_is_a_deal_and_urging_it_is_not(extract):
    [deal] = of_type(extract("Ethiopia and Somalia agreed late on Wednesday to set aside a bitter dispute over sea "
                             "access, after talks mediated by Turkey.", published="2024-12-12"), "agreement")
    assert deal.status == "agreed" and {("ETH", "participant"), ("SOM", "participant")} <= roles(deal)
    assert not of_type(extract("Washington urged Ethiopia and Somalia to end their row, after talks mediated by "
                               "Turkey.", published="2024-12-12"), "agreement")


def test_a_deal_told_beside_the_talks_its_host_held_is_made_where_they_met(extract):
    events = extract("Ethiopia and Somalia agreed late on Wednesday to set aside a bitter dispute, Turkish President "
                     "Tayyip Erdogan said after hosting the two countries' leaders in Ankara.", published="2024-12-12")
    [deal] = of_type(events, "agreement")
    [talks] = of_type(events, "talks")
    assert roles(talks) == {("ETH", "participant"), ("SOM", "participant"), ("TUR", "mediator")}
    assert deal.place is not None and deal.place.country == "TUR" and talks.date.start == "2024-12-11"


def test_talks_that_are_to_begin_are_planned(extract):
    [talks] = of_type(extract("Ethiopia and Somalia agreed on a declaration. Technical talks are to begin by the end "
                              "of February, the declaration said.", published="2024-12-12"), "talks")
    assert talks.status == "planned" and talks.date.start == "2025-02"


def test_a_month_after_the_report_s_told_in_the_past_is_last_year_s(extract):
    [deal] = of_type(extract("The row erupted in January, when Ethiopia signed a memorandum of understanding with the "
                             "breakaway region of Somaliland.", published="2024-12-12"), "agreement")
    assert deal.date.start == "2024-01" and roles(deal) == {("ETH", "participant"), ("SOMALILAND", "participant")}


def test_earlier_rounds_are_not_the_round_the_story_tells(extract):
    events = extract("Ethiopia and Somalia held talks in Ankara, Turkish officials said. Two earlier rounds of "
                     "Turkish-mediated talks, in July and August, ended without a breakthrough.",
                     published="2024-12-12")
    assert len(of_type(events, "talks")) == 2


def test_coming_close_to_a_clash_is_no_clash(extract):
    events = extract("Russia and Turkey agreed on Thursday to a ceasefire in Syria's Idlib province, after a week in "
                     "which the two powers, who back opposing sides in the war, came closer than ever to a direct "
                     "clash.", published="2020-03-06")
    assert not of_type(events, "attack")


def test_an_attack_blamed_on_a_side_in_the_report_s_words_is_its_and_no_one_s_charge(extract):
    events = extract("On Feb. 27, an air strike blamed on Syrian government forces killed 33 Turkish soldiers in "
                     "Idlib.", published="2020-03-06")
    [attack] = of_type(events, "attack")
    assert ("SYR", "initiator") in roles(attack) and ("SYR", "target") not in roles(attack)
    assert not of_type(events, "accusation")


def test_a_military_operation_announced_is_an_attack(extract):
    [attack] = of_type(extract("Turkey on March 1 announced a military operation against the forces of President "
                               "Bashar al-Assad.", published="2020-03-02"), "attack")
    assert attack.date.start == "2020-03-01" and ("TUR", "initiator") in roles(attack)


def test_a_target_told_after_of_the_war_is_the_attack_s(extract):
    [attack] = of_type(extract("Russia launched its largest air attack of the war on Ukrainian cities on Dec. 29, "
                               "killing at least 39 civilians.", published="2024-01-03"), "attack")
    assert ("UKR", "target") in roles(attack) and attack.place is not None and attack.place.country == "UKR"


def test_a_lifting_one_side_says_the_other_must_carry_out_is_its_demand(extract):
    events = extract("Saudi Arabia proposed a ceasefire in Yemen on Monday. Houthi negotiator Mohammed Abdulsalam said "
                     "the Saudi-led coalition must first lift its air and sea blockade.", published="2021-03-22")
    [demand] = of_type(events, "demand")
    assert roles(demand) == {("HOUTHI", "initiator"), ("SAU", "target")}
    assert not of_type(events, "sanction")


def test_the_half_of_a_swap_that_came_home_is_counted(extract):
    [swap] = of_type(extract("Russia and Ukraine exchanged hundreds of prisoners of war on Wednesday. President "
                             "Volodymyr Zelenskiy said 230 Ukrainians had come home. Russia's defence ministry said "
                             "248 Russian servicemen had been returned.", published="2024-01-03"), "prisoner_exchange")
    assert swap.quantities.get("prisoners_total") == 478
    assert not of_type(extract("Soldiers came home from the front on Monday after the truce took effect.",
                               published="2024-01-03"), "prisoner_exchange")
