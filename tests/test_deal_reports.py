"""Readings that reports of peace deals need, each on a sentence written for it: a denial, what a signed deal
calls for, a coalition named by its leader, a halt to military operations, talks under way, a riot that is no
attack, a pledge made at a signing, a deal that took effect, and the armed group a relative clause is about."""


def roles(event):
    return {(a.code, a.role) for a in event.actors if a.code}


def of_type(events, type_):
    return [e for e in events if e.type == type_]


def test_a_denied_attack_is_negated_and_claimed_by_the_denier(extract):
    [attack] = extract("Iran denied launching any missiles after the ceasefire took effect.", published="2025-06-24")
    assert attack.type == "attack"
    assert (attack.negated, attack.modality, attack.claimed_by) == (True, "reported", "IRN")
    assert roles(attack) == {("IRN", "initiator")}


def test_a_denial_in_a_that_clause_is_negated(extract):
    [attack] = extract("Hamas denied that it had fired rockets at Israel.", published="2023-11-25")
    assert attack.negated
    assert attack.claimed_by == "HAMAS"


def test_an_attack_told_without_denial_is_not_negated(extract):
    [attack] = extract("Hamas fired rockets at Israel on Saturday.", published="2023-11-25")
    assert not attack.negated


def test_what_a_signed_deal_calls_for_is_agreed_not_proposed(extract):
    events = extract("Congo and Rwanda signed a peace agreement on Friday. The agreement calls for the withdrawal "
                     "of Rwandan troops within 90 days.", published="2025-06-27")
    assert {e.status for e in of_type(events, "agreement")} <= {"signed", "agreed"}
    assert not of_type(events, "proposal")


def test_what_a_plan_calls_for_stays_a_proposal(extract):
    events = extract("Ukraine presented a plan on Monday. The plan calls for a ceasefire with Russia.",
                     published="2025-03-11")
    assert "agreed" not in {e.status for e in events}


def test_a_coalition_is_coded_by_the_state_that_leads_it(extract):
    [truce] = extract("The Saudi-led coalition and the Houthis agreed to halt all offensive military operations "
                      "inside Yemen.", published="2022-04-02")
    assert (truce.type, truce.status) == ("ceasefire", "agreed")
    assert roles(truce) == {("SAU", "participant"), ("HOUTHI", "participant")}


def test_the_coalition_later_is_the_one_named_before(extract):
    events = extract("The Saudi-led coalition launched airstrikes on Sanaa on Monday. On Wednesday the coalition "
                     "announced a unilateral halt to military operations in Yemen.", published="2022-03-31")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("announced", {("SAU", "initiator")})
    assert truce.date.start == "2022-03-30"


def test_a_halt_to_rescue_operations_is_no_truce(extract):
    events = extract("The coalition announced a halt to rescue operations in Yemen.", published="2022-03-31")
    assert not of_type(events, "ceasefire")


def test_talks_under_way_are_held_with_the_mediator(extract):
    [talks] = extract("Separate talks between Kinshasa and the rebels are under way in Doha under Qatari mediation.",
                      published="2025-06-27")
    assert (talks.type, talks.status) == ("talks", "held")
    assert {("COD", "participant"), ("QAT", "mediator")} <= roles(talks)
    assert talks.place.name == "Doha"


def test_protesters_storming_a_building_is_no_armed_attack(extract):
    events = extract("Protesters stormed the government building in Yerevan after the announcement.",
                     published="2020-11-10")
    assert not of_type(events, "attack")


def test_rebels_storming_a_town_is_an_attack(extract):
    events = extract("M23 rebels stormed the town of Sake on Tuesday.", published="2025-01-28")
    [attack] = of_type(events, "attack")
    assert roles(attack) == {("M23", "initiator")}


def test_a_pledge_to_end_fighting_made_at_a_signing_is_agreed_not_in_force(extract):
    events = extract("The foreign ministers of Congo and Rwanda signed a peace agreement on Friday, pledging to end "
                     "fighting in eastern Congo.", published="2025-06-27")
    assert "in_effect" not in {e.status for e in of_type(events, "ceasefire")}


def test_a_deal_which_took_effect_is_in_force_at_that_hour(extract):
    events = extract("Pashinyan called the deal, which took effect at 1 a.m. Moscow time on Tuesday, painful.",
                     published="2020-11-10")
    [deal] = of_type(events, "agreement")
    assert deal.status == "implemented"
    assert deal.date.start.startswith("2020-11-10T01:00")


def test_a_relative_clause_on_a_named_group_is_the_group_acting(extract):
    events = extract("The M23 rebel group, which seized Goma and Bukavu this year, was not part of the agreement.",
                     published="2025-06-27")
    [attack] = of_type(events, "attack")
    assert roles(attack) == {("M23", "initiator")}
