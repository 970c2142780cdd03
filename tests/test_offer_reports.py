"""Readings that reports of offers, demands and the answers to them need, each on a sentence written for it: a plan
approved, a draft studied and who drew it up, what a draft envisages, a truce hoped for, a demand one side will not
agree to, a truce asked of another, a deadline a side has to free hostages, condemnation an attack drew, and a
counter-plan told beside the framework it answers."""

from records import of_type, roles


def test_a_side_that_approves_anothers_plan_accepts_it_from_its_author(extract):
    [plan] = of_type(extract("Israel's government approved the first phase of U.S. President Donald Trump's plan to "
                             "end the war on Thursday.", published="2025-10-10"), "proposal")
    assert (plan.status, roles(plan)) == ("accepted", {("ISR", "initiator"), ("USA", "target")})


def test_a_draft_studied_was_put_to_the_one_studying_it_by_those_who_drew_it_up(extract):
    events = extract("Hamas is studying a draft proposal for a Gaza truce agreed at talks in Paris last week. The "
                     "draft, drawn up by negotiators from the United States, Egypt and Qatar, envisages a 40-day "
                     "pause in fighting.", published="2024-02-27")
    [draft] = of_type(events, "proposal")
    assert (draft.status, roles(draft)) == ("presented", {("HAMAS", "target"), ("USA", "initiator"),
                                                          ("EGY", "initiator"), ("QAT", "initiator")})
    [pause] = [e for e in of_type(events, "ceasefire") if e.quantities]
    assert (pause.status, pause.quantities) == ("proposed", {"duration_days": 40})
    [paris] = of_type(events, "talks")
    assert ("HAMAS", "participant") not in roles(paris)  # agreed at talks others held, not by who studies it


def test_considering_a_truce_is_still_no_truce(extract):
    events = extract("Hamas said it was considering a ceasefire.", published="2024-02-27")
    assert not of_type(events, "ceasefire")


def test_a_truce_hoped_for_by_next_monday_is_asked_for_and_not_in_force(extract):
    [truce] = of_type(extract("U.S. President Joe Biden said he hoped a ceasefire could take effect by next Monday.",
                              published="2024-02-27"), "ceasefire")
    assert (truce.status, roles(truce), truce.date.start) == ("called_for", {("USA", "initiator")}, "2024-03-04")


def test_demands_a_side_will_not_agree_to_are_rejected_by_it(extract):
    [demand] = of_type(extract("Israel's Prime Minister Benjamin Netanyahu has said he will not agree to Hamas's "
                               "demands for a complete end to the war.", published="2024-02-27"), "demand")
    assert (demand.status, roles(demand)) == ("rejected", {("ISR", "initiator"), ("HAMAS", "target")})


def test_a_truce_demanded_of_a_side_is_asked_of_it_by_the_one_demanding(extract):
    for verb in ("accept an unconditional 30-day ceasefire", "agree to a ceasefire"):
        [truce] = of_type(extract(f"France demanded that Russia {verb}.", published="2025-05-11"), "ceasefire")
        assert (truce.status, roles(truce)) == ("called_for", {("FRA", "initiator"), ("RUS", "target")}), verb
    [talks] = of_type(extract("Rwanda demanded that Kinshasa hold direct talks with the M23.",
                              published="2025-03-11"), "talks")
    assert roles(talks) == {("COD", "participant"), ("M23", "participant")}  # who is asked to talk talks


def test_a_side_that_has_hours_to_free_hostages_frees_them(extract):
    events = extract("Under the terms, Hamas has 72 hours to release the 20 living hostages it still holds. Israel "
                     "will then free about 250 prisoners serving life sentences and 1,700 Gazans detained during the "
                     "war.", published="2025-10-10")
    [swap] = of_type(events, "prisoner_exchange")
    assert (swap.status, swap.quantities) == ("agreed", {"prisoners_total": 1970})
    assert roles(swap) == {("HAMAS", "participant"), ("ISR", "participant")}


def test_condemnation_an_attack_drew_accuses_its_doer(extract):
    events = extract("Russian missiles struck the port of Odesa on Saturday, drawing condemnation from the United "
                     "Nations, the European Union and the United States.", published="2022-07-23")
    [condemnation] = of_type(events, "accusation")
    assert roles(condemnation) == {("RUS", "target"), ("UN", "initiator"), ("EU", "initiator"), ("USA", "initiator")}


def test_the_days_of_a_counter_plan_are_not_the_framework_it_answers(extract):
    events = extract("Hamas has responded to a framework proposal drawn up in Paris by U.S., Israeli, Egyptian and "
                     "Qatari officials with a plan for a three-stage, 135-day truce.", published="2024-02-09")
    [framework] = of_type(events, "proposal")
    assert (framework.status, framework.quantities) == ("presented", {})
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, truce.quantities, roles(truce)) == ("proposed", {"duration_days": 135},
                                                              {("HAMAS", "initiator")})


def test_a_truce_a_speaker_insists_should_start_is_asked_for_by_the_speaker(extract):
    [truce] = of_type(extract("Zelenskiy said Kyiv was ready to talk, but insisted that a full ceasefire should "
                              "start on Monday.", published="2025-05-11"), "ceasefire")
    assert (truce.status, roles(truce), truce.date.start) == ("called_for", {("UKR", "initiator")}, "2025-05-12")


def test_who_speaks_in_a_second_reporting_verb_is_the_first_verbs_subject(extract):
    attacks = of_type(extract("The RSF denied attacking civilians and said its fighters had repelled an army "
                              "offensive on Sunday.", published="2025-05-11"), "attack")
    [offensive] = [a for a in attacks if not a.negated]
    assert offensive.claimed_by == "RSF" and ("RSF", "target") in roles(offensive)
    assert [roles(a) for a in attacks if a.negated] == [{("RSF", "initiator")}]  # what it denied is another attack


def test_a_denied_mediation_makes_no_failed_truce_and_no_mediator(extract):
    events = extract("India has denied that Washington mediated its truce with Pakistan.", published="2025-08-12")
    assert not [e for e in of_type(events, "ceasefire") if e.status == "failed" or ("USA", "mediator") in roles(e)]


def test_deals_listed_after_a_colon_are_each_a_deal_made(extract):
    events = extract("In the space of three months, the Trump administration has claimed credit for a string of "
                     "deals: a ceasefire between India and Pakistan in May, a truce between Israel and Iran in June, "
                     "and a peace agreement between Congo and Rwanda the same month.", published="2025-08-12")
    assert sorted((e.type, e.status, e.date.start, frozenset(e.codes())) for e in events) == [
        ("agreement", "agreed", "2025-06", frozenset({"COD", "RWA"})),
        ("ceasefire", "agreed", "2025-05", frozenset({"IND", "PAK"})),
        ("ceasefire", "agreed", "2025-06", frozenset({"IRN", "ISR"}))]
    assert all(not e.quantities for e in events)  # "in the space of three months" is no truce's length
