"""Readings found on batch 21 of our own articles (eval/own/pending): a world briefing under several datelines, an
interview in questions and answers, a photo gallery's captions, an analysis with much background, an agency update
with its correction, a newsletter's briefing. Each is tested on sentences written for it."""

from records import of_type, roles


def test_a_briefing_s_later_dateline_starts_a_story_with_sides_of_its_own(extract):
    events = extract("KYIV — Russia has freed 215 Ukrainian prisoners, Zelenskiy said on Wednesday. In return Ukraine "
                     "handed over 55 Russians.\n\nBISHKEK — Kyrgyzstan and Tajikistan agreed on Monday to pull their "
                     "troops back from their disputed border. The two sides signed a protocol on the withdrawal of "
                     "forces, Kyrgyz security chief Kamchybek Tashiev said.", published="2022-09-22")
    deals = of_type(events, "agreement")
    assert deals and all({"RUS", "UKR"}.isdisjoint(code for code, _ in roles(d)) for d in deals)
    assert any({("KGZ", "participant"), ("TJK", "participant")} <= roles(d) for d in deals)


def test_a_truce_a_briefing_s_other_story_tells_was_announced_not_brokered_by_its_side(extract):
    events = extract("BISHKEK — Kyrgyzstan and Tajikistan agreed to a ceasefire on Friday, when presidents Sadyr "
                     "Japarov and Emomali Rahmon met in Samarkand.\n\nYEREVAN — Armenia's Security Council secretary "
                     "Armen Grigoryan announced the truce on the evening of Sept. 14.", published="2022-09-22")
    truces = {e.status: roles(e) for e in of_type(events, "ceasefire")}
    assert truces["announced"] == {("ARM", "initiator")}
    assert not any(role == "mediator" for _, role in truces["agreed"])


def test_agreeing_to_pull_troops_back_is_a_deal_and_withdrawing_them_is_not(extract):
    [deal] = of_type(extract("Kyrgyzstan and Tajikistan agreed on Monday to pull their troops back from their "
                             "disputed border.", published="2022-09-22"), "agreement")
    assert deal.status == "agreed" and deal.date.start == "2022-09-19"
    assert not of_type(extract("Russia withdrew its troops from the city in November.", published="2022-12-01"),
                       "agreement")


def test_a_truce_announced_on_one_day_and_ended_on_another_is_told_twice(extract):
    events = of_type(extract("The Taliban's ceasefire for the Eid al-Fitr holiday, announced on Saturday evening by "
                             "the group's spokesman Zabihullah Mujahid, ended on Tuesday night.",
                             published="2020-05-27"), "ceasefire")
    assert {e.status: e.date.start for e in events} == {"announced": "2020-05-23", "ended": "2020-05-26"}


def test_a_deal_with_a_signing_day_of_its_own_is_no_truce_told_before(extract):
    events = extract("The Taliban's three-day ceasefire ended on Tuesday. The deal the United States signed with the "
                     "Taliban in Doha on Feb. 29 promised talks with the government.", published="2020-05-27")
    [deal] = of_type(events, "agreement")
    assert deal.status == "signed" and deal.date.start == "2020-02-29"
    assert {e.status for e in of_type(events, "ceasefire")} == {"ended"}


def test_a_caption_s_credit_is_cut_and_what_was_hit_is_where_it_was(extract):
    events = extract("In pictures: five days of fighting\n\nIsraeli police inspect a building in Rehovot hit by a "
                     "rocket from Gaza on May 11. An 80-year-old woman was killed. Photo: Reuters\n\nPalestinians "
                     "inspect the rubble of a house destroyed by an Israeli air strike in Khan Younis on May 12. "
                     "Photo: AFP", published="2023-05-14")
    attacks = {e.date.start: e for e in of_type(events, "attack")}
    assert set(attacks) == {"2023-05-11", "2023-05-12"}
    assert attacks["2023-05-11"].place.country == "ISR" and attacks["2023-05-11"].quantities == {"killed": 1}
    assert attacks["2023-05-12"].place.name == "Khan Younis"


def test_an_answer_tells_of_the_day_its_question_names(extract):
    [truce] = of_type(extract("Q: What did the two sides sign on 23 October?\n\nA: The officers of the Government of "
                              "National Accord and of Khalifa Haftar's Libyan National Army signed an agreement for a "
                              "complete and permanent ceasefire across Libya.\n\nQ: And now?\n\nA: They will meet "
                              "again in Ghadames.", published="2020-11-06"), "ceasefire")
    assert truce.date.start == "2020-10-23"


def test_one_deal_of_one_day_told_where_signed_and_where_it_holds_is_one(extract):
    events = extract("Two weeks after Libya's rival armed forces signed a permanent ceasefire in Geneva, we asked an "
                     "official what has changed.\n\nQ: What did the two sides sign on 23 October?\n\nA: The officers "
                     "of the Government of National Accord and of Khalifa Haftar's Libyan National Army signed an "
                     "agreement for a complete and permanent ceasefire across Libya.", published="2020-11-06")
    [truce] = of_type(events, "ceasefire")
    assert {("LBY", "participant"), ("LNA", "participant")} <= roles(truce) and truce.date.start == "2020-10-23"


def test_talks_that_end_without_a_truce_failed_to_reach_one(extract):
    events = extract("Donald Trump and Vladimir Putin met for nearly three hours in Anchorage on Friday and came away "
                     "without an agreement to stop the fighting in Ukraine.", published="2025-08-16")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "failed" and truce.date.start == "2025-08-15"
    assert of_type(events, "talks")[0].status == "held"


def test_a_truce_passed_over_for_something_else_is_rejected_by_who_prefers_it(extract):
    [truce] = of_type(extract("Trump said on Saturday that the best way to end the war was to go straight to a peace "
                              "agreement rather than a ceasefire.", published="2025-08-16"), "ceasefire")
    assert truce.status == "rejected" and roles(truce) == {("USA", "initiator")}


def test_a_named_dialogue_forum_that_opens_is_talks(extract):
    [talks] = of_type(extract("The Libyan Political Dialogue Forum opens in Tunis on Monday.", published="2020-11-06"),
                      "talks")
    assert talks.status == "planned" and talks.date.start == "2020-11-09" and talks.place.country == "TUN"
    assert not of_type(extract("The World Economic Forum opens in Davos on Monday.", published="2020-01-18"), "talks")


def test_the_broker_of_a_swap_told_adds_to_that_swap(extract):
    events = extract("Russia has freed 215 Ukrainian prisoners, President Volodymyr Zelenskiy said late on Wednesday. "
                     "Zelenskiy thanked Turkey's president, Tayyip Erdogan, who brokered the swap.",
                     published="2022-09-22")
    assert {e.status for e in of_type(events, "prisoner_exchange")} == {"carried_out"}


def test_the_broker_named_on_a_truce_that_took_effect_mediates_it(extract):
    [truce] = of_type(extract("Palestinians celebrate in Gaza City after an Egyptian-brokered ceasefire between Israel "
                              "and Islamic Jihad took effect at 10 p.m. on Saturday, May 13.", published="2023-05-14"),
                      "ceasefire")
    assert truce.status == "in_effect" and ("EGY", "mediator") in roles(truce)


def test_a_place_the_parser_hangs_on_a_name_is_where_what_was_hit_is(extract):
    [attack] = of_type(extract("On May 12 gunmen attacked a maternity ward run by Doctors Without Borders in Kabul, "
                               "killing 24 people.", published="2020-05-27"), "attack")
    assert attack.place.name == "Kabul" and attack.quantities == {"killed": 24}


def test_a_third_side_s_welcome_of_the_truce_told_is_no_truce_of_its_own(extract):
    events = extract("Analysis: After a quiet Eid, Afghanistan's truce tests the road to talks\n\nKABUL, May 27 - The "
                     "Taliban's ceasefire for the Eid al-Fitr holiday, announced on Saturday evening by the group's "
                     "spokesman, ended on Tuesday night.\n\nU.S. envoy Zalmay Khalilzad welcomed the truce and urged "
                     "both sides to extend it.", published="2020-05-27")
    assert {e.status for e in of_type(events, "ceasefire")} == {"announced", "ended", "called_for"}


def test_what_a_deal_promised_was_agreed_on_the_deal_s_day(extract):
    events = extract("The deal the United States signed with the Taliban in Doha on Feb. 29 promised that the Afghan "
                     "government would free up to 5,000 Taliban prisoners. On Sunday Ghani ordered the release of up "
                     "to 2,000 more.", published="2020-05-27")
    assert sorted(e.date.start for e in of_type(events, "prisoner_exchange")) == ["2020-02-29", "2020-05-24"]


def test_karabakh_s_ethnic_armenians_are_their_own_side(extract):
    [talks] = of_type(extract("Representatives of the ethnic Armenians will meet Azerbaijani officials on Thursday in "
                              "the city of Yevlakh.", published="2023-09-20"), "talks")
    assert {("ARTSAKH", "participant"), ("AZE", "participant")} <= roles(talks)
