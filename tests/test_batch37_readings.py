"""Readings found on batch 37 of our own articles (eval/own/pending): sanctions by a bloc and a state, a swap a Gulf
state mediated, a peace deal talked out in one capital and signed in another, talks resumed after a city fell. Each
is tested on text written for it."""

import pytest

from records import of_type, roles


def test_mediation_by_two_named_before_the_noun_makes_both_mediators(extract):
    [talks] = of_type(extract("Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Sunday under Saudi "
                              "and U.S. mediation.", published="2023-10-29"), "talks")
    assert roles(talks) == {("SDN", "participant"), ("RSF", "participant"), ("SAU", "mediator"), ("USA", "mediator")}


def test_taking_an_armys_base_is_an_attack_on_it(extract):
    text = ("Sudan's army and the RSF resumed talks in Jeddah on Sunday.\n\n"
            "The RSF said on Thursday it had taken the army's main base in Nyala, Sudan's second-largest city.")
    [attack] = of_type(extract(text, published="2023-10-29"), "attack")
    assert roles(attack) == {("RSF", "initiator"), ("SDN", "target")} and attack.date.start == "2023-10-26"


def test_taking_a_base_line_of_credit_is_no_attack(extract):
    assert not of_type(extract("The central bank said on Thursday it had taken the base rate to 5 percent.",
                               published="2023-10-29"), "attack")


def test_a_sanction_with_no_target_hits_the_one_state_the_articles_sanctions_hit(extract):
    text = ("The European Union on Monday adopted its 14th package of sanctions against Russia.\n\n"
            "On June 12 Washington imposed sanctions on more than 300 targets, among them the Moscow Exchange.")
    sanctions = of_type(extract(text, published="2024-06-24"), "sanction")
    assert {frozenset(roles(s)) for s in sanctions} == {
        frozenset({("EU", "initiator"), ("RUS", "target")}), frozenset({("USA", "initiator"), ("RUS", "target")})}


def test_a_sanction_with_no_target_stays_so_where_the_articles_sanctions_hit_several(extract):
    text = ("The European Union imposed sanctions on Russia and on Belarus on Monday.\n\n"
            "On June 12 Washington imposed sanctions on more than 300 targets.")
    sanctions = of_type(extract(text, published="2024-06-24"), "sanction")
    assert [roles(s) for s in sanctions if ("USA", "initiator") in roles(s)] == [{("USA", "initiator")}]


def test_the_captives_freed_by_a_swap_were_taken_by_the_way_no_attack_and_one_swap(extract):
    text = ("Russia and Ukraine each handed over 115 prisoners of war on Saturday in an exchange mediated by the "
            "United Arab Emirates.\n\nRussia's defence ministry said the Russian soldiers freed had been captured "
            "in the Kursk region and were in Belarus receiving medical help.")
    events = extract(text, published="2024-08-24")
    assert not of_type(events, "attack")
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.quantities == {"prisoners_per_side": 115} and ("ARE", "mediator") in roles(swap)


def test_further_targets_of_the_same_imposer_are_not_the_target_it_named_first(extract):
    text = ("The U.S. Department of the Treasury today imposed sanctions on the leader of the RSF.\n\n"
            "Treasury also designated seven companies based in the United Arab Emirates.")
    sanctions = of_type(extract(text, published="2025-01-07"), "sanction")
    assert len(sanctions) == 2 and {("RSF", "target")} & roles(sanctions[0])
    assert ("RSF", "target") not in roles(sanctions[1])


def test_talks_led_by_a_body_and_opened_on_a_day_are_its_and_of_that_day(extract):
    text = ("The government and 14 armed groups signed a peace agreement in Bangui on Wednesday.\n\n"
            "The text came out of ten days of talks in Khartoum led by the African Union, which opened on Jan. 24 with "
            "Sudan as host.")
    [talks] = of_type(extract(text, published="2019-02-06"), "talks")
    assert ("AU", "mediator") in roles(talks) and talks.date.start == "2019-01-24"


def test_a_deal_initialled_one_day_and_signed_the_next_is_two_steps(extract):
    text = ("The government of the Central African Republic and 14 armed groups signed a peace agreement in Bangui on "
            "Wednesday.\n\nThe text came out of ten days of talks in Khartoum. The sides initialled it there on "
            "Tuesday.")
    by_status = {e.status: e for e in of_type(extract(text, published="2019-02-06"), "agreement")}
    assert by_status["signed"].date.start == "2019-02-06" and by_status["agreed"].date.start == "2019-02-05"


TEXT_OF_TALKS = ("The government of the Central African Republic and 14 armed groups signed a peace agreement in "
                 "Bangui on Wednesday.\n\nHow was it reached?\nThe text came out of ten days of talks in Khartoum led "
                 "by the African Union, which opened on Jan. 24 with Sudan as host. The sides initialled it there on "
                 "Tuesday.")


def test_a_deals_text_that_came_out_of_talks_gives_the_talks_its_sides_and_the_deal_their_broker(extract):
    events = extract(TEXT_OF_TALKS, published="2019-02-06")
    [talks] = of_type(events, "talks")
    signed = next(e for e in of_type(events, "agreement") if e.status == "signed")
    assert ("CAF", "participant") in roles(talks) and ("AU", "mediator") in roles(signed)


def test_the_sides_that_initialled_it_are_the_sides_of_the_deal(extract):
    events = extract(TEXT_OF_TALKS, published="2019-02-06")
    agreed = next(e for e in of_type(events, "agreement") if e.status == "agreed")
    assert ("CAF", "participant") in roles(agreed) and agreed.place.country == "SDN"


SWAP = ("Five Americans who had been held in Iran arrived in Doha on Monday, completing a prisoner exchange that Qatar "
        "brokered between Washington and Tehran.\n\n{}")


@pytest.mark.parametrize("other_half, counts", [
    ("In return, the United States granted clemency to five Iranians held or charged in America.",
     {"prisoners_per_side": 5}),  # the same count given back: five a side
    ("In return, the United States granted clemency to seven Iranians held in America.",
     {"prisoners_total": 12}),  # unequal halves: the two counts add up
    ("In return, Iran was given access to frozen funds.", {"prisoners_total": 5}),  # no people given back
])
def test_the_other_half_of_a_swap_told_in_return_in_the_next_sentence(extract, other_half, counts):
    [swap] = of_type(extract(SWAP.format(other_half), published="2023-09-18"), "prisoner_exchange")
    assert swap.quantities == counts


@pytest.mark.parametrize("returned, counts", [("50", {"prisoners_per_side": 50}), ("40", {"prisoners_total": 90})])
def test_two_halves_of_a_swap_each_told_as_a_release_count_a_side_when_equal(extract, returned, counts):
    text = ("Russia freed 50 Ukrainian soldiers on Friday, the defence ministry said.\n\n"
            f"In return, Ukraine handed over {returned} Russian prisoners of war.")
    [swap] = of_type(extract(text, published="2025-01-04"), "prisoner_exchange")
    assert swap.quantities == counts
