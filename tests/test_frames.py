"""Event frames beyond a trigger word and its status verb: obligations read as demands, refused requests, sanctions
told as halted aid or expelled diplomats, captured towns, attempts, mediation and calls. Sentences written for
the purpose."""

import pytest


def found(annotate, text, type_, published="2024-03-05"):
    return [m for m in annotate(text, published)._.tw_events if m.type == type_]


def one(annotate, text, type_):
    mentions = found(annotate, text, type_)
    assert len(mentions) == 1, [(m.type, m.status) for m in mentions]
    return mentions[0]


def roles(m):
    return {(ref.code, role) for ref, role in m.actors if ref.code}


def test_violating_a_truce_agreement_violates_the_truce_and_the_guilty_are_who_broke_it(annotate):
    m = one(annotate, "Observers said the Taliban were guilty of violating the ceasefire agreement signed in May.",
            "ceasefire")
    assert m.status == "violated"
    assert ("TALIBAN", "initiator") in roles(m)


def test_withdrawing_from_a_truce_deal_ends_the_truce(annotate):
    assert one(annotate, "Russia withdrew from the truce deal on Friday.", "ceasefire").status == "ended"


@pytest.mark.parametrize("sentence", [
    "Gunmen attempted to assassinate the governor of Kandahar on Sunday, Afghan police said.",
    "Hundreds of officers were arrested after a coup attempt by the army in Niamey on Monday.",
])
def test_an_attempted_attack_is_an_attack_that_happened(annotate, sentence):
    assert one(annotate, sentence, "attack").status == "occurred"


def test_a_call_to_discuss_is_talks_held_between_caller_and_called(annotate):
    m = one(annotate, "Blinken telephoned Sergei Lavrov on Tuesday to discuss the prisoner file.", "talks")
    assert m.status == "held"
    assert roles(m) == {("USA", "participant"), ("RUS", "participant")}


def test_whoever_undertakes_a_mediation_mission_mediates_it(annotate):
    m = one(annotate, "Egypt undertook a mediation mission between Hamas and Fatah in Cairo.", "talks")
    assert m.status == "held"
    assert roles(m) == {("EGY", "mediator"), ("HAMAS", "participant"), ("FATAH", "participant")}


def test_saying_a_named_actor_must_act_is_a_demand_on_it(annotate):
    m = one(annotate, "Norway said on Friday that Sweden must return the seized trawler.", "demand")
    assert m.status == "made"
    assert roles(m) == {("NOR", "initiator"), ("SWE", "target")}


@pytest.mark.parametrize("sentence", [
    "He insisted that if Moscow declines, harsher penalties must follow.",
    "Analysts said the talks must produce results soon.",
])
def test_a_duty_on_no_named_actor_is_no_demand(annotate, sentence):
    assert not found(annotate, sentence, "demand")


def test_a_refused_request_is_a_rejected_demand_against_whoever_asked(annotate):
    m = one(annotate, "Chile rejected a Peruvian request to extradite the two officers.", "demand")
    assert m.status == "rejected"
    assert roles(m) == {("CHL", "initiator"), ("PER", "target")}


@pytest.mark.parametrize("sentence,status,initiator,target", [
    ("Canada has suspended military aid to Niger.", "imposed", "CAN", "NER"),
    ("Poland expelled three Belarusian diplomats on Tuesday.", "imposed", "POL", "BLR"),
    ("Peru threatened to sever diplomatic ties with Bolivia.", "threatened", "PER", None),
])
def test_halted_aid_expelled_diplomats_and_severed_ties_are_sanctions(annotate, sentence, status, initiator, target):
    m = one(annotate, sentence, "sanction")
    assert m.status == status
    assert (initiator, "initiator") in roles(m)
    if target:
        assert (target, "target") in roles(m)


@pytest.mark.parametrize("sentence", [
    "Russia suspended the grain deal in July.",
    "Heavy shelling halted the evacuation of Mariupol.",
    "The storm cut power to thousands of homes.",
])
def test_halting_what_is_not_aid_or_ties_is_no_sanction(annotate, sentence):
    assert not found(annotate, sentence, "sanction")


@pytest.mark.parametrize("sentence", [
    "Sudanese army troops recaptured the town of Wad Madani after two days of fighting.",
    "Rebels exploded a series of bombs in Kabul on Thursday.",
])
def test_taking_a_town_and_exploding_bombs_are_attacks(annotate, sentence):
    assert one(annotate, sentence, "attack").status == "occurred"


def test_seizing_weapons_is_no_attack(annotate):
    assert not found(annotate, "Police seized weapons and cash in a search of the warehouse.", "attack")


def test_a_failed_embargo_was_imposed_and_a_failed_truce_failed(annotate):
    assert one(annotate, "Critics mocked the failed embargo on Cuba.", "sanction").status == "imposed"
    assert one(annotate, "Both sides blamed each other for the failed truce in Gaza.", "ceasefire").status == "failed"


def test_a_gerund_after_by_or_in_is_done_not_aimed_at(annotate):
    assert one(annotate, "Washington kept Iraq weak by enforcing the sanctions regime for a decade.",
               "sanction").status == "imposed"


@pytest.mark.parametrize("sentence,type_,initiator", [
    ("Hamas threatened on Monday to resume attacks on Israel.", "attack", "HAMAS"),
    ("Mali's junta said it would expel the French ambassador.", "sanction", "MLI"),
    ("Iran warned that it will strike Israeli cities.", "attack", "IRN"),
])
def test_an_attack_or_sanction_told_in_the_future_is_threatened(annotate, sentence, type_, initiator):
    m = one(annotate, sentence, type_)
    assert m.status == "threatened"
    assert (initiator, "initiator") in roles(m)


def test_an_ability_to_attack_is_no_threat(annotate):
    assert not [m for m in found(annotate, "Sanctions like these would weaken Russia's ability to invade its "
                                           "neighbours.", "attack") if m.status]


def test_an_attack_told_in_an_after_clause_with_its_attacker_still_happened(annotate):
    m = one(annotate, "Civilians fled after Russian forces shelled the town on Sunday.", "attack")
    assert m.status == "occurred"


@pytest.mark.parametrize("sentence, status, code", [
    ("Hamas rejected an invitation to attend talks in Cairo.", "rejected", "HAMAS"),
    ("Hamas accepted an invitation to attend talks in Cairo.", "planned", "HAMAS"),
    ("Arafat rejected a US offer to host a summit in mid-July.", "rejected", "PSE"),
])
def test_an_invitation_or_offer_carries_the_talks_it_invites_to(annotate, sentence, status, code):
    m = one(annotate, sentence, "talks")
    assert m.status == status
    assert code in {c for c, _ in roles(m)}


def test_a_bare_invitation_to_talks_plans_them(annotate):
    assert one(annotate, "Egypt sent Hamas an invitation to attend talks in Cairo.", "talks").status == "planned"


def test_rejecting_proposed_changes_rejects_a_proposal_of_whoever_proposed_them(annotate):
    m = one(annotate, "The Palestinians reject proposed Israeli changes to the land-for-security deal.", "proposal")
    assert m.status == "rejected"
    assert roles(m) == {("PSE", "initiator"), ("ISR", "target")}


def test_changes_that_nobody_proposes_are_no_proposal(annotate):
    assert found(annotate, "The changes to the deal were welcome.", "proposal") == []


def test_a_counterproposal_is_a_proposal_whatever_the_tagger_calls_it(annotate):
    m = one(annotate, "Hamas presented a counterproposal on Monday.", "proposal")  # tagged ADJ by the model
    assert (m.status, roles(m)) == ("presented", {("HAMAS", "initiator")})
