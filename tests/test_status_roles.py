"""Triggers, status, roles and modality, each checked on sentences written for the purpose."""

import pytest

from trucewatch.nlp.triggers import SPAN_KEY


def events(annotate, text, published="2025-06-02"):
    return annotate(text, published)._.tw_events


def only(annotate, text, type_, published="2025-06-02"):
    found = [m for m in events(annotate, text, published) if m.type == type_]
    assert len(found) == 1, [(m.type, m.status) for m in found]
    return found[0]


def roles(m):
    return {(ref.code, role) for ref, role in m.actors}


@pytest.mark.parametrize("sentence,status", [
    ("Moscow refused to agree to a ceasefire.", "rejected"),
    ("Kyiv and Moscow failed to reach a ceasefire agreement.", "failed"),
    ("Russia and Ukraine agreed to a ceasefire on Monday.", "agreed"),
    ("Erdogan urged Putin to implement a unilateral ceasefire.", "called_for"),
    ("Russia broke the ceasefire within an hour.", "violated"),
    ("The United States proposed a 30-day ceasefire.", "proposed"),
    ("Putin ordered the army to observe a truce.", "announced"),
    ("The truce was extended by two weeks.", "extended"),
    ("The ceasefire collapsed on Sunday.", "ended"),
])
def test_ceasefire_status_from_the_governing_words(annotate, sentence, status):
    assert only(annotate, sentence, "ceasefire").status == status


def test_agreeing_to_discuss_is_no_agreed_ceasefire(annotate):
    assert not [m for m in events(annotate, "Both sides agreed to discuss a ceasefire.") if m.type == "ceasefire"]


def test_ceasefire_talks_are_talks(annotate):
    doc = annotate("The ceasefire talks between Israel and Hamas were held in Doha on Monday.")
    assert [m.type for m in doc._.tw_events] == ["talks"]
    assert {s.label_ for s in doc.spans[SPAN_KEY]} == {"ceasefire", "talks"}


def test_a_currency_swap_is_no_prisoner_exchange(annotate):
    assert not events(annotate, "The central banks agreed a currency swap on Monday.")


def test_striking_a_deal_is_no_attack(annotate):
    assert not [m for m in events(annotate, "Turkey struck a deal with Russia on Monday.") if m.type == "attack"]


def test_talks_between_parties_in_a_third_country_have_a_mediator(annotate):
    m = only(annotate, "Russian and Ukrainian delegations met in Istanbul on Friday.", "talks")
    assert m.status == "held" and m.place.country == "TUR"
    assert roles(m) == {("RUS", "participant"), ("UKR", "participant"), ("TUR", "mediator")}
    assert m.date.start == "2025-05-30"


def test_talks_held_where_an_armed_group_is_at_home_have_no_host(annotate):
    m = only(annotate, "Saudi officials met Houthi leaders in Sanaa on Sunday.", "talks")
    assert m.place.country == "YEM"
    assert roles(m) == {("SAU", "participant"), ("HOUTHI", "participant")}


def test_the_host_of_talks_is_their_mediator(annotate):
    m = only(annotate, "Turkish Foreign Minister Hakan Fidan opened the meeting on Monday.", "talks")
    assert roles(m) == {("TUR", "mediator")}


def test_attacker_and_target(annotate):
    m = only(annotate, "Russian forces attacked Ukrainian settlements seven times on Jan. 7.", "attack",
             "2023-01-08")
    assert roles(m) == {("RUS", "initiator"), ("UKR", "target")}
    assert m.quantities == {"attacks": 7} and m.date.start == "2023-01-07"


def test_agent_phrase_is_the_initiator(annotate):
    m = only(annotate, "Two Turkish soldiers were killed in Idlib by Syrian forces on Thursday.", "attack",
             "2020-03-05")
    assert roles(m) == {("SYR", "initiator"), ("TUR", "target")}
    assert m.place.name == "Idlib" and m.quantities == {"killed": 2}


def test_pronoun_resolved_to_the_other_person(annotate):
    m = only(annotate, "Erdogan called Putin, urging him to implement a unilateral ceasefire.", "ceasefire")
    assert roles(m) == {("TUR", "initiator"), ("RUS", "target")}


@pytest.mark.parametrize("sentence,modality", [
    ("Russia reportedly demanded that Ukraine withdraw.", "reported"),
    ("Ukraine's General Staff said Russian forces shelled Kherson on Monday.", "reported"),
    ("It is widely believed to have been a Russian strike on Turkish positions.", "uncertain"),
    ("The two sides will hold talks in Geneva next week.", "planned"),
    ("Russian troops shelled Kharkiv on Monday.", "asserted"),
])
def test_modality(annotate, sentence, modality):
    found = [m for m in events(annotate, sentence)]
    assert found and found[0].modality == modality


def test_conditional_events_are_not_recorded(annotate):
    assert not [m for m in events(annotate, "If Moscow rejects the ceasefire, sanctions must follow.")
                if m.type == "ceasefire"]


def test_claimed_by_is_who_reports_it(annotate):
    m = only(annotate, "Ukraine's General Staff reported that Russian forces shelled Kherson on Monday.", "attack")
    assert m.claimed_by == "UKR"


def test_the_more_specific_of_two_places_wins(annotate):
    m = only(annotate, "Russia and Turkey agreed on Thursday to a ceasefire in Syria's Idlib province.", "ceasefire")
    assert m.place.name == "Idlib province" and m.place.country == "SYR"


def test_a_purpose_is_no_event(annotate):
    found = events(annotate, "Moscow demanded that Ukraine withdraw from parts of its territory to secure a ceasefire.")
    assert not [m for m in found if m.type == "ceasefire"]


def test_a_subject_hung_on_a_noun_trigger_is_no_actor(annotate):
    found = events(annotate, "The meeting saw Russia present demands that a Ukrainian official described as "
                             "beyond previous conditions.")
    assert not [m for m in found if m.type == "demand" and "UKR" in m.codes()]


def test_the_subject_of_what_is_demanded_is_the_target(annotate):
    m = only(annotate, "Moscow demanded that Ukraine withdraw from four regions.", "demand")
    assert roles(m) == {("RUS", "initiator"), ("UKR", "target")}


def test_sanctions_conditioned_on_an_actor_target_that_actor(annotate):
    m = only(annotate, "Kyiv urged the West to impose stricter sanctions if Moscow rejected the truce.", "sanction")
    assert roles(m) == {("UKR", "initiator"), ("RUS", "target")}


def test_only_the_host_is_the_mediator(annotate):
    found = [m for m in events(annotate, "Russian and Ukrainian delegations met in Istanbul on Friday for peace talks, "
                                         "in a meeting hosted by Turkish Foreign Minister Hakan Fidan.")
             if m.type == "talks"]
    mediators = {ref.code for m in found for ref, role in m.actors if role == "mediator"}
    assert mediators == {"TUR"}


# -- an event word that nothing governs: presupposed, unless wished, possible or a mere modifier ---------------

@pytest.mark.parametrize("sentence,type_,status", [
    ("The relentless airstrikes by the coalition, now in their third month, have levelled the old town.",
     "attack", "occurred"),
    ("Cheese exports to Russia collapsed after the embargo began in 2014.", "sanction", "imposed"),
    ("The withdrawal of Iran from this nuclear agreement would isolate it.", "agreement", "agreed"),
])
def test_a_referring_event_word_is_a_real_event(annotate, sentence, type_, status):
    m = only(annotate, sentence, type_)
    assert m.status == status


@pytest.mark.parametrize("sentence,type_", [
    ("Some voters said they hoped the army could start a coup.", "attack"),
    ("Veterans marched under the old battle flag through the capital.", "attack"),
    ("Membership would give Kyiv protection, treating an attack on one ally as an attack on all.", "attack"),
    ("Both sides face hurdles to achieving a lasting ceasefire and peace agreement.", "agreement"),
])
def test_a_wished_possible_or_modifying_event_word_is_no_event(annotate, sentence, type_):
    found = [m for m in events(annotate, sentence) if m.type == type_ and m.status]
    assert not found, [(m.trigger.text, m.status) for m in found]


def test_sanctions_someone_should_face_if_a_condition_holds_are_hypothetical(annotate):
    text = "Zelenskiy said that if Russia refuses the truce, it should face harsh new sanctions."
    assert not [m for m in events(annotate, text) if m.type == "sanction"]


def test_threatened_sanctions_with_a_condition_are_still_a_threat(annotate):
    m = only(annotate, "The EU threatened sanctions if Moscow rejects the truce.", "sanction")
    assert m.status == "threatened"


def test_an_event_behind_after_is_the_setting_not_a_report(annotate):
    text = "Delegates met in Istanbul for the first time since March 2022, a month after Russia's invasion."
    assert not [m for m in events(annotate, text) if m.type == "attack" and m.status]


def test_indefinite_and_definite_mentions(annotate):
    from trucewatch.nlp.status import indefinite

    doc = annotate("Militants detonated a car bomb. Those who were wounded were taken away.")
    verbs = {t.lemma_: t for t in doc if t.lemma_ in ("detonate", "wound")}
    assert not indefinite(verbs["detonate"])  # militants: a participant the text points at
    assert indefinite(verbs["wound"])  # "those who": nobody in particular


def test_whoever_hosts_a_guest_for_talks_is_a_side_not_a_mediator(annotate):
    m = only(annotate, "President Yeltsin hosted Japanese Prime Minister Hashimoto in Siberia for an informal meeting.",
             "talks", published="1997-11-01")
    assert roles(m) == {("RUS", "participant"), ("JPN", "participant")}


def test_hoping_for_talks_plans_them_and_a_deadline_dates_them(annotate):
    m = only(annotate, "Ukraine is hoping for more negotiations before the end of June.", "talks",
             published="2025-06-03")
    assert m.status == "planned"
    assert (m.date.start, m.date.precision) == ("2025-06", "month")


def test_a_deadline_does_not_date_what_already_happened(annotate):
    m = only(annotate, "Russian troops shelled the city before the end of June.", "attack", published="2025-07-03")
    assert m.date is None or m.date.inferred


def test_a_participle_clause_on_the_trigger_gives_its_status(annotate):
    m = only(annotate, "This includes the Geneva Conventions, a treaty ratified by 196 nations after the war.",
             "agreement")
    assert m.status == "signed" and not m.indefinite


def test_shared_objects_and_inherited_subjects_point_a_verb_at_one_event(annotate):
    found = events(annotate, "The government has retaken the towns, bombarding and starving people until they leave.")
    m = next(m for m in found if m.trigger.text == "bombarding")
    assert m.status == "occurred" and not m.indefinite


@pytest.mark.parametrize("sentence", [
    "They opted to detonate the bomb at the base of the tomb, causing minimal damage.",
    "The envoy warned that the battle could be a grinding, street-by-street fight.",
])
def test_implicative_verbs_and_what_a_battle_could_be_leave_the_event_real(annotate, sentence):
    assert any(m.status == "occurred" for m in events(annotate, sentence) if m.type == "attack")


def test_not_stopping_a_bombing_does_not_negate_it(annotate):
    m = [m for m in events(annotate, "Russia's jets will not stop bombing the city, residents said.")
         if m.type == "attack"][0]
    assert m.status == "occurred" and not m.negated


def test_an_attack_that_could_come_is_no_attack_yet(annotate):
    assert not [m for m in events(annotate, "The attack could come at any moment, officials warned.")
                if m.type == "attack" and m.status == "occurred"]


def test_a_call_to_stop_the_killing_records_no_attack(annotate):
    assert not [m for m in events(annotate, "Kyiv wants a ceasefire to stop the killing.")
                if m.type == "attack" and m.status]


def test_the_place_of_talks_an_attack_undermines_is_not_the_attacks(annotate):
    m = only(annotate, "A Ukrainian attack on bombers undermines truce talks in Turkey.", "attack")
    assert m.place is None or m.place.country != "TUR"


def test_ordering_a_ceasefire_introduced_announces_it(annotate):
    m = only(annotate, "Putin ordered his defence minister to introduce a ceasefire along the line of contact.",
             "ceasefire", published="2023-01-05")
    assert m.status == "announced"


def test_two_attackers_named_together_are_both_initiators(annotate):
    m = only(annotate, "On Saturday, U.S. and British warplanes struck 18 Houthi targets in Yemen.", "attack",
             published="2024-03-10")
    assert roles(m) >= {("USA", "initiator"), ("GBR", "initiator"), ("HOUTHI", "target")}


@pytest.mark.parametrize("sentence,type_,modality", [
    ("Russia and Turkey agreed to set up a security corridor along the M4 highway.", "agreement", "asserted"),
    ("The talks between Russia and Turkey are set to resume next week.", "talks", "planned"),
    ("A new round of talks between Russia and Turkey is set for next week.", "talks", "planned"),
])
def test_setting_up_is_no_plan_but_being_set_to_is(annotate, sentence, type_, modality):
    assert only(annotate, sentence, type_, published="2020-03-06").modality == modality


@pytest.mark.parametrize("sentence", [
    "The seven-day truce between Sudan's army and the RSF can be extended with the agreement of both sides.",
    "Russia and Ukraine could agree to a ceasefire next week.",
    "The truce between Israel and Hamas may be extended.",
])
def test_what_only_may_happen_to_a_truce_is_no_status_of_it(annotate, sentence):
    assert [m.status for m in events(annotate, sentence, "2023-05-21") if m.type == "ceasefire"] == []


def test_a_doubt_about_what_happened_is_uncertain_not_merely_possible(annotate):
    m = only(annotate, "Russia may have violated the truce with Ukraine on Monday.", "ceasefire", "2023-05-21")
    assert (m.status, m.modality) == ("violated", "uncertain")


def test_what_an_event_could_do_leaves_the_event_real(annotate):
    m = only(annotate, "A direct meeting between Zelensky and Putin on Monday could settle the issues.", "talks",
             "2023-05-21")
    assert m.modality != "hypothetical"
