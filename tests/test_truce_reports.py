"""Readings that reports of truces need, each on a sentence written for it: a proposal accepted, a violation
counted or alleged in the present tense, a halt to bombing on both sides, drones shot down, a threat to keep
striking, talks with one side named, and a dateline that names a country."""


def roles(event):
    return {(a.code, a.role) for a in event.actors if a.code}


def of_type(events, type_):
    return [e for e in events if e.type == type_]


def test_accepting_a_proposal_for_a_truce_accepts_the_truce(extract):
    [truce] = of_type(extract("Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate "
                              "30-day ceasefire with Russia.", published="2025-03-11"), "ceasefire")
    assert truce.status == "accepted"
    assert roles(truce) == {("UKR", "initiator"), ("RUS", "participant")}


def test_talks_with_one_side_were_held_by_the_clause_subject(extract):
    [talks] = of_type(extract("Ukraine agreed to the plan after talks with American officials in Jeddah.",
                              published="2025-03-11"), "talks")
    assert talks.status == "held"
    assert {("UKR", "participant"), ("USA", "participant")} <= roles(talks)


def test_a_dateline_naming_a_country_is_no_actor(extract):
    events = extract("JEDDAH, Saudi Arabia, March 11 (AP) - Ukraine said on Tuesday it was ready to accept a U.S. "
                     "proposal for a ceasefire with Russia.", published="2025-03-11")
    assert "SAU" not in {a.code for e in events for a in e.actors}


def test_an_accusation_in_the_present_tense_is_made_and_the_accused_violated(extract):
    events = extract("Pakistan accuses India of violating the truce more than 3,000 times last year.",
                     published="2021-02-25")
    [accusation] = of_type(events, "accusation")
    assert (accusation.status, roles(accusation)) == ("made", {("PAK", "initiator"), ("IND", "target")})
    [violated] = of_type(events, "ceasefire")
    assert (violated.status, roles(violated), violated.claimed_by) == ("violated", {("IND", "initiator")}, "PAK")


def test_who_counts_violations_claims_them_and_by_names_the_violator(extract):
    [violated] = extract("India's army had recorded 5,133 violations of the truce by Pakistan in 2020.",
                         published="2021-02-25")
    assert (violated.status, roles(violated), violated.claimed_by) == ("violated", {("PAK", "initiator")}, "IND")


def test_they_after_two_speakers_is_both(extract):
    [truce] = extract("India and Pakistan said on Thursday they had agreed to strictly observe the 2003 ceasefire.",
                      published="2021-02-25")
    assert (truce.status, roles(truce)) == ("agreed", {("IND", "participant"), ("PAK", "participant")})


def test_each_sides_halt_in_one_sentence_is_one_truce_between_them(extract):
    events = extract("President Donald Trump said on Tuesday that the United States would stop bombing Yemen's "
                     "Houthis after the Iran-aligned group agreed to stop attacking shipping in the Red Sea.",
                     published="2025-05-06")
    assert not of_type(events, "attack")  # the bombing stops
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("agreed", {("USA", "participant"), ("HOUTHI", "participant")})


def test_drones_shot_down_are_their_owners_attack(extract):
    [attack] = extract("Russia said its air defences had shot down 337 Ukrainian drones overnight.",
                       published="2025-03-11")
    assert roles(attack) == {("UKR", "initiator"), ("RUS", "target")}
    [attack] = extract("Russian forces shot down a Ukrainian fighter jet over Kursk.", published="2025-03-11")
    assert ("RUS", "initiator") in roles(attack)  # an aircraft shot down is the shooter's attack


def test_saying_they_would_keep_striking_is_a_threat_of_the_speakers(extract):
    events = extract("The Houthis said the agreement did not cover Israel, and that they would keep striking "
                     "Israeli targets.", published="2025-05-06")
    [attack] = of_type(events, "attack")
    assert (attack.status, roles(attack)) == ("threatened", {("HOUTHI", "initiator"), ("ISR", "target")})
    [attack] = extract("Russian forces will not stop shelling Kharkiv, the governor said.", published="2025-05-06")
    assert attack.status == "occurred"  # what will not stop goes on


def test_a_threat_to_keep_striking_is_not_the_strike_that_came_before(extract):
    events = extract("The Houthis said they would keep striking Israeli targets. On Sunday a Houthi missile hit the "
                     "area of Israel's main airport.", published="2025-05-06")
    assert sorted(e.status for e in of_type(events, "attack")) == ["occurred", "threatened"]
