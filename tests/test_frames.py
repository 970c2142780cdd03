"""Event frames beyond a trigger word and its status verb: obligations read as demands, refused requests, sanctions
told as halted aid or expelled diplomats, captured towns, attempts, mediation and calls. Sentences written for
the purpose."""

import pytest


def found(annotate, text, type_, published="2024-03-05"):
    return [m for m in annotate(text, published)._.tw_events if m.type == type_]


def one(annotate, text, type_, published="2024-03-05"):
    mentions = found(annotate, text, type_, published)
    assert len(mentions) == 1, [(m.type, m.status) for m in mentions]
    return mentions[0]


def roles(m):
    return {(ref.code, role) for ref, role in m.actors if ref.code}


def test_violating_a_truce_agreement_violates_the_truce_and_the_guilty_are_who_broke_it(annotate):
    mentions = found(annotate, "Observers said the Taliban were guilty of violating the ceasefire agreement signed in "
                     "May.", "ceasefire")
    # the truce violated, and (told apart, as its participle dates it) its signing in May
    assert sorted(m.status for m in mentions) == ["agreed", "violated"]
    m = next(m for m in mentions if m.status == "violated")
    assert ("TALIBAN", "initiator") in roles(m)
    assert ("TALIBAN", "initiator") not in roles(next(m for m in mentions if m.status == "agreed"))


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


def test_the_accused_who_denies_an_accusation_is_its_target_not_its_maker(annotate):
    m = one(annotate, "Cambodia denied the accusation on Tuesday.", "accusation")
    assert roles(m) == {("KHM", "target")}


@pytest.mark.parametrize("sentence, day", [
    ("Military commanders of Thailand and Cambodia were to meet on Tuesday.", "2025-07-29"),
    ("Sudan's army and the RSF agreed to meet on Friday.", "2025-08-01"),
])
def test_talks_that_are_to_be_or_agreed_on_are_planned_for_the_coming_day(annotate, sentence, day):
    m = one(annotate, sentence, "talks", published="2025-07-28")  # a Monday
    assert (m.status, m.date.start) == ("planned", day)


def test_a_deal_reached_after_hosted_talks_names_the_talks_sides_and_host(annotate):
    mentions = annotate("Thailand and Cambodia agreed to an immediate ceasefire on Monday after talks in Putrajaya "
                        "hosted by Malaysian Prime Minister Anwar Ibrahim.", "2025-07-28")._.tw_events
    [talks] = [m for m in mentions if m.type == "talks"]
    assert (talks.status, roles(talks)) == ("held", {("THA", "participant"), ("KHM", "participant"),
                                                     ("MYS", "mediator")})


@pytest.mark.parametrize("sentence, type_, mediators", [
    ("Israel and Hamas agreed on Wednesday to a ceasefire in Gaza, after more than a year of mediation by Egypt, "
     "Qatar and the United States.", "ceasefire", {"EGY", "QAT", "USA"}),
    ("The prisoner swap between Russia and Ukraine was agreed under the auspices of the United Arab Emirates.",
     "prisoner_exchange", {"ARE"}),
])
def test_whoever_the_sentence_says_mediated_a_deal_is_its_mediator(annotate, sentence, type_, mediators):
    m = one(annotate, sentence, type_)
    assert {c for c, role in roles(m) if role == "mediator"} == mediators
    assert m.status == "agreed"


def test_an_armys_delegation_is_the_armys_not_both_sides(extract):
    events = extract("Sudan's army and the Rapid Support Forces signed a truce in Jeddah on Saturday. The army's "
                     "delegation walked out of the talks on Monday, accusing the RSF of failing to withdraw.",
                     published="2023-05-23")
    [accusation] = [e for e in events if e.type == "accusation"]
    assert {(a.code, a.role) for a in accusation.actors} == {("SDN", "initiator"), ("RSF", "target")}


def test_two_meetings_of_one_sentence_on_different_days_stay_two(extract):
    events = extract("Thailand and Cambodia agreed to a ceasefire on Monday. Military commanders of the two sides "
                     "were to meet on Tuesday, and a meeting of the General Border Committee is planned for August 4 "
                     "in Cambodia.", published="2025-07-29")
    planned = sorted((e.date.start, e.place.country if e.place else None) for e in events
                     if e.type == "talks" and e.status == "planned")
    assert planned == [("2025-07-29", None), ("2025-08-04", "KHM")]


def test_accused_of_violations_of_a_truce_the_accused_violated_it_by_the_accusers_claim(annotate):
    m = one(annotate, "Hours later, India accused Pakistan of repeated violations of the ceasefire.", "ceasefire")
    assert (m.status, roles(m), m.claimed_by) == ("violated", {("PAK", "initiator")}, "IND")


def test_a_deal_that_calls_for_talks_is_agreed_and_the_talks_it_calls_for_are_planned(annotate):
    doc = annotate("The Democratic Republic of Congo and the M23 rebel group signed a declaration of principles in "
                   "Doha on Saturday, committing to a permanent ceasefire. The agreement, mediated by Qatar, calls for "
                   "both sides to refrain from attacks and to start negotiations on a peace deal by August 8.",
                   "2025-07-19")
    statuses = {(m.type, m.status) for m in doc._.tw_events}
    assert {("agreement", "signed"), ("ceasefire", "agreed"), ("talks", "planned")} <= statuses
    assert ("agreement", "proposed") not in statuses  # the agreement asks; nobody proposed it here
    assert not any(m.type == "attack" for m in doc._.tw_events)  # refraining from attacks is no attack


def test_with_the_help_of_names_a_mediator_and_the_rebels_are_the_group_named_before(extract):
    events = extract("The M23 rebel group seized Goma in January. Congo's government and the rebels agreed on "
                     "Saturday to an exchange of prisoners with the help of the International Committee of the Red "
                     "Cross.", published="2025-07-19")
    [swap] = [e for e in events if e.type == "prisoner_exchange"]
    assert {(a.code, a.role) for a in swap.actors} == {("COD", "participant"), ("M23", "participant"),
                                                      ("ICRC", "mediator")}


def test_a_demand_a_relative_clause_rejects_is_rejected_by_its_subject(annotate):
    m = one(annotate, "A government spokesman said the army would withdraw only once the rebels had left the towns, "
                      "a demand the M23 rejected.", "demand")
    assert (m.status, ("M23", "initiator") in roles(m)) == ("rejected", True)


@pytest.mark.parametrize("sentence, type_, status, sides", [
    ("Overnight, Russia launched 90 drones and two missiles at Ukraine.", "attack", "occurred",
     {("RUS", "initiator"), ("UKR", "target")}),
    ("Putin and Trump spoke by telephone on Tuesday about a ceasefire.", "talks", "held",
     {("RUS", "participant"), ("USA", "participant")}),
    ("The militaries of India and Pakistan will talk again on May 12.", "talks", "planned",
     {("IND", "participant"), ("PAK", "participant")}),
    ("India and Pakistan agreed on Saturday to stop all firing on land, in the air and at sea.", "ceasefire", "agreed",
     {("IND", "participant"), ("PAK", "participant")}),
])
def test_events_told_with_everyday_verbs_beside_their_companions(annotate, sentence, type_, status, sides):
    m = one(annotate, sentence, type_, published="2025-05-10")
    assert (m.status, roles(m)) == (status, sides)


@pytest.mark.parametrize("sentence", ["Israel launched a new website.", "Zelensky spoke about the war on Tuesday."])
def test_everyday_verbs_without_their_companions_are_no_events(annotate, sentence):
    assert annotate(sentence, "2025-05-10")._.tw_events == []


def test_a_truce_that_began_falling_apart_ended_and_a_hyphenated_pair_are_its_sides(annotate):
    m = one(annotate, "The recent US-Taliban ceasefire in Afghanistan began falling apart a day after it was signed.",
            "ceasefire", published="2020-03-05")
    assert (m.status, roles(m)) == ("ended", {("USA", "participant"), ("TALIBAN", "participant")})


def test_a_verb_and_a_strike_in_a_joined_clause_are_one_attack_placed_in_the_city(extract):
    [attack] = extract("Overnight, Russia launched 90 drones and two missiles at Ukraine, the air force said, and a "
                       "strike on the city of Dnipro killed three people.", published="2025-07-24")
    assert {(a.code, a.role) for a in attack.actors} == {("RUS", "initiator"), ("UKR", "target")}
    assert (attack.place.name, attack.quantities) == ("Dnipro", {"killed": 3})


def test_a_treaty_initialled_at_a_venue_has_no_target_there(annotate):
    m = one(annotate, "Armenia and Azerbaijan initialled a peace treaty at the White House on Friday.", "agreement")
    assert roles(m) == {("ARM", "participant"), ("AZE", "participant")}


def test_a_deal_in_a_present_before_clause_has_not_happened(annotate):
    doc = annotate("Azerbaijan has demanded that Armenia change its constitution before the treaty is signed.")
    assert [(m.type, m.status) for m in doc._.tw_events] == [("demand", "made")]


@pytest.mark.parametrize("sentence, type_, status", [
    ("Colombia's President Gustavo Petro suspended peace talks with the ELN on Friday.", "talks", "cancelled"),
    ("The United States suspended the sanctions on Syria on Friday.", "sanction", "lifted"),
    ("The Houthis have vowed to continue their attacks on Israel.", "attack", "threatened"),
    ("Washington redesignated the Houthis as a terrorist organisation on Friday.", "sanction", "imposed"),
])
def test_what_a_verb_does_depends_on_the_event_it_governs(annotate, sentence, type_, status):
    assert one(annotate, sentence, type_).status == status


def test_designating_a_spokesman_is_no_sanction(annotate):
    assert annotate("The ministry designated a new spokesman on Friday.")._.tw_events == []


def test_a_groups_home_state_in_its_own_phrase_is_not_a_second_attacker(annotate):
    m = one(annotate, "Yemen's Houthi rebels fired two ballistic missiles at Israel on Sunday.", "attack")
    assert roles(m) == {("HOUTHI", "initiator"), ("ISR", "target")}
    m = one(annotate, "Yemen and the Houthis agreed to a truce on Sunday.", "ceasefire")
    assert roles(m) == {("YEM", "participant"), ("HOUTHI", "participant")}


def test_the_rebel_group_just_named_is_the_one_accused(annotate):
    m = one(annotate, "Petro suspended peace talks with the National Liberation Army (ELN) on Friday, accusing the "
                      "rebel group of war crimes.", "accusation")
    assert roles(m) == {("COL", "initiator"), ("ELN", "target")}


def test_the_army_of_the_one_state_named_owns_its_offensive(extract):
    events = extract("Colombia's President Gustavo Petro suspended peace talks with the ELN on Friday.\nThe ELN said "
                     "it would not return to the negotiating table while the army continued its offensive.",
                     published="2025-01-17")
    [attack] = [e for e in events if e.type == "attack"]
    assert [(a.code, a.role) for a in attack.actors] == [("COL", "initiator")]


GAZA = ("Israel and Hamas agreed on Wednesday to a ceasefire in Gaza that will take effect on Jan. 19, after months of "
        "talks mediated by Qatar, Egypt and the United States.\n\nQatar's prime minister announced the agreement in "
        "Doha.\n\nDuring that phase, Hamas is to release 33 hostages and Israel is to free Palestinian prisoners.")


def test_the_mediator_announcing_the_deal_at_home_is_no_party_and_no_second_truce(extract):
    events = extract(GAZA, published="2025-01-15")
    [truce] = [e for e in events if e.type == "ceasefire"]
    assert {(a.code, a.role) for a in truce.actors} == {("ISR", "participant"), ("HAMAS", "participant"),
                                                       ("QAT", "mediator"), ("EGY", "mediator"), ("USA", "mediator")}
    assert truce.place.country == "PSE"
    [talks] = [e for e in events if e.type == "talks"]
    assert {a.code for a in talks.actors if a.role == "participant"} == {"ISR", "HAMAS"}


def test_each_side_of_a_planned_swap_in_one_sentence_is_one_swap(extract):
    swaps = [e for e in extract(GAZA, published="2025-01-15") if e.type == "prisoner_exchange"]
    assert [sorted(a.code for a in s.actors) for s in swaps] == [["HAMAS", "ISR"]]


@pytest.mark.parametrize("sentence, status", [
    ("Russia met Ukraine's demands on Monday.", "met"),
    ("Russia accepted Ukraine's demands on Monday.", "met"),
    ("Kyiv made demands on Monday, a demand the Kremlin refused to meet.", "rejected"),
])
def test_who_answers_a_demand_acts_and_meeting_it_is_no_talks(annotate, sentence, status):
    mentions = annotate(sentence)._.tw_events
    assert not any(m.type == "talks" for m in mentions)
    answered = [m for m in mentions if m.type == "demand" and m.status == status]
    assert len(answered) == 1 and ("RUS", "initiator") in roles(answered[0])
    if "Ukraine's" in sentence:
        assert ("UKR", "target") in roles(answered[0])


def test_refusing_to_meet_demands_rejects_them(annotate):
    m = one(annotate, "Russia said it would not meet the hostage-takers' demands.", "demand")
    assert (m.status, m.negated, roles(m)) == ("rejected", False, {("RUS", "initiator")})


@pytest.mark.parametrize("sentence, status, sides", [
    ("The president announced on Saturday that Russian forces would halt all combat operations until Sunday.",
     "announced", {("RUS", "initiator")}),
    ("Russia halted all combat operations on Saturday.", "in_effect", {("RUS", "initiator")}),
    ("Combat operations were suspended at midnight, the Sudanese army said.", "in_effect", set()),
    ("The United States called on Russia to halt strikes on energy infrastructure.", "called_for",
     {("USA", "initiator"), ("RUS", "target")}),
])
def test_a_halt_to_the_fighting_is_a_ceasefire(annotate, sentence, status, sides):
    m = one(annotate, sentence, "ceasefire", "2025-04-20")
    assert (m.status, roles(m)) == (status, sides)
    assert not found(annotate, sentence, "attack", "2025-04-20")  # the strikes halted are no strikes made


@pytest.mark.parametrize("sentence", [
    "Israel will not stop its attacks on Gaza.",  # the attacks go on
    "The rescue operations were halted after dark.",
])
def test_what_is_not_a_halt_to_the_fighting(annotate, sentence):
    assert not found(annotate, sentence, "ceasefire")


@pytest.mark.parametrize("sentence", [
    "The foreign minister said Tehran had no plans to resume talks with Washington.",
    "Russia has no intention of holding talks with Ukraine.",
])
def test_no_plans_for_talks_deny_them(annotate, sentence):
    m = one(annotate, sentence, "talks")
    assert m.negated


def test_a_swap_in_return_for_people_of_the_other_side_has_both_sides(annotate):
    m = one(annotate, "Ukraine received 31 wounded soldiers in return for 15 Russians.", "prisoner_exchange")
    assert (m.status, roles(m), m.quantities) == ("carried_out", {("UKR", "participant"), ("RUS", "participant")},
                                                  {"prisoners_total": 46})
    assert not found(annotate, "Ukraine received 31 wounded soldiers in return for 15 Russians.", "attack")


def test_the_two_countries_are_the_pair_an_accusation_named_and_a_swap_mediated_by_a_third_has_it_as_mediator(
        extract):
    events = extract("Russia and Ukraine accused each other of violating the truce. On Saturday, the two countries "
                     "exchanged 246 prisoners each in a swap mediated by the United Arab Emirates. A U.S. envoy met "
                     "Putin in Moscow.", published="2025-04-20")
    [swap] = [e for e in events if e.type == "prisoner_exchange"]
    assert {(a.code, a.role) for a in swap.actors} == {("RUS", "participant"), ("UKR", "participant"),
                                                        ("ARE", "mediator")}


def test_proposing_to_extend_a_truce_proposes_and_its_scope_is_no_attack(annotate):
    text = "Zelenskiy proposed extending the ceasefire on strikes against civilian infrastructure by 30 days."
    m = one(annotate, text, "ceasefire")
    assert (m.status, roles(m), m.quantities) == ("proposed", {("UKR", "initiator")}, {"duration_days": 30})
    assert not found(annotate, text, "attack")


@pytest.mark.parametrize("sentence", [
    "The deal came two years after a war broke out that has killed hundreds of thousands of people.",
    "The conflict has killed more than 20,000 people.",
])
def test_the_toll_of_a_war_is_no_attack(annotate, sentence):
    assert not found(annotate, sentence, "attack")


def test_talks_a_deal_came_after_were_held_with_their_mediator(extract):
    events = extract("The deal was signed in Pretoria on Wednesday after 10 days of talks mediated by the African "
                     "Union.", published="2022-11-02")
    [talks] = [e for e in events if e.type == "talks"]
    assert talks.status == "held" and {(a.code, a.role) for a in talks.actors} == {("AU", "mediator")}


def test_whoever_calls_an_event_a_violation_claims_it_and_whoever_did_it_violated(annotate):
    m = one(annotate, "The Israeli military said it had fired at suspects near the border, in what Hezbollah called "
                      "a violation of the truce.", "ceasefire", "2024-12-01")
    assert (m.status, roles(m), m.claimed_by) == ("violated", {("ISR", "initiator")}, "HEZBOLLAH")
    attack = one(annotate, "Ukraine described the shelling as a breach of the ceasefire.", "attack")
    assert roles(attack) == set()  # who describes it did not shell


def test_supporters_of_a_truce_are_no_parties_to_it(annotate):
    m = one(annotate, "The envoy said Israel and Syria had agreed to a ceasefire, backed by Turkey and Jordan.",
            "ceasefire", "2025-07-19")
    assert roles(m) == {("ISR", "participant"), ("SYR", "participant")}


def test_one_side_is_not_the_target_of_its_own_attack(extract):
    [attack] = extract("Hezbollah fired two mortar rounds at an Israeli army position on Monday, its first attack "
                       "since the truce.", published="2024-12-03")
    assert {(a.code, a.role) for a in attack.actors} == {("HEZBOLLAH", "initiator"), ("ISR", "target")}


def test_the_deal_is_the_nearest_deal_named_before_it(extract):
    events = extract("Syria's presidency announced a ceasefire in Sweida on Saturday. In March, the Syrian "
                     "Democratic Forces signed an agreement with Damascus to merge into the state. The SDF commander "
                     "and President Ahmed al-Sharaa signed the deal on March 10.", published="2025-07-19")
    assert sorted((e.type, e.status) for e in events) == [("agreement", "signed"), ("ceasefire", "announced")]


def test_trade_talks_are_no_peace_talks_and_a_threat_to_halt_talks_halts_nothing(annotate):
    assert not found(annotate, "Trump threatened to halt trade talks with both countries unless they stopped "
                               "fighting.", "talks")  # no trigger at all
    assert not [m for m in found(annotate, "Russia threatened to suspend the talks with Ukraine.", "talks")
                if m.status]


def test_soldiers_released_under_a_deal_are_a_swap_to_come(annotate):
    m = one(annotate, "Under the joint declaration, Thailand will release 18 Cambodian soldiers it has held since "
                      "July.", "prisoner_exchange", "2025-10-26")
    assert (m.status, m.quantities) == ("agreed", {"prisoners_total": 18})


def test_what_a_future_clause_waits_for_has_not_happened(annotate):
    assert not found(annotate, "The Kremlin said the Black Sea deal would only take effect after some Western "
                               "sanctions on the bank were lifted.", "sanction", "2025-03-25")


def test_what_would_be_a_violation_is_none(annotate):
    text = "Zelenskiy said any movement of Russian warships outside the eastern Black Sea would be a violation of " \
           "the agreement."
    assert not found(annotate, text, "agreement", "2025-03-25")


def test_what_a_deal_commits_its_sides_to_is_no_second_deal(extract):
    events = extract("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday. The "
                     "agreement commits Rwanda to withdraw its troops within 90 days.", published="2025-06-27")
    [deal] = [e for e in events if e.type == "agreement"]
    assert (deal.status, deal.quantities) == ("signed", {})  # and 90 days is a deadline, not how long it lasts


def test_a_groups_home_named_before_it_misparsed_is_still_its_home(extract):
    events = extract("Sudan's paramilitary Rapid Support Forces said on Thursday they had accepted a U.S. proposal "
                     "for a humanitarian truce. Last month the RSF captured El Fasher, the army's last stronghold in "
                     "Darfur.", published="2025-11-06")
    truce = {e.status: [(a.code, a.role) for a in e.actors] for e in events if e.type == "ceasefire"}
    assert truce == {"accepted": [("RSF", "initiator")], "proposed": [("USA", "initiator")]}
    [capture] = [e for e in events if e.type == "attack"]
    assert {(a.code, a.role) for a in capture.actors} == {("RSF", "initiator"), ("SDN", "target")}  # "the army"
    # is not the U.S.: it is Sudan's, the country the RSF is based in


def test_an_attack_and_the_strikes_it_answered_are_two_attacks(extract):
    events = extract("Iran fired missiles at a U.S. air base in Qatar in retaliation for U.S. strikes on its nuclear "
                     "sites.", published="2025-06-24")
    attacks = sorted((a.code, a.role) for e in events if e.type == "attack" for a in e.actors)
    assert attacks == [("IRN", "initiator"), ("IRN", "target"), ("USA", "initiator"), ("USA", "target")]
    places = {next(a.code for a in e.actors if a.role == "initiator"): e.place and e.place.country
              for e in events if e.type == "attack"}
    assert places == {"IRN": "QAT", "USA": "IRN"}  # "U.S. strikes" says who, not where; "on its nuclear sites",
    # Iran's, says where


def test_the_next_round_of_talks_is_between_the_sides_named_first(extract):
    events = extract("Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday. The next round of talks "
                     "will be held in Istanbul on Oct. 25, the minister said.", published="2025-10-19")
    [talks] = [e for e in events if e.type == "talks"]
    assert {(a.code, a.role) for a in talks.actors} == {("PAK", "participant"), ("AFG", "participant")}


def test_a_truce_agreed_one_day_that_collapsed_another_is_dated_by_its_collapse(extract):
    truces = [e for e in extract("Pakistan and Afghanistan fought on the border. A 48-hour truce agreed on Wednesday "
                                 "collapsed on Friday.", published="2025-10-19") if e.type == "ceasefire"]
    # its collapse on Friday, and (told apart, as its participle dates it) its making on Wednesday
    assert sorted((t.status, t.date.start) for t in truces) == [("agreed", "2025-10-15"), ("ended", "2025-10-17")]


def test_one_sides_half_of_a_swap_told_first_is_the_swap_both_agreed(extract):
    events = extract("The Israeli government approved a deal with Hamas to free the remaining hostages. Under the "
                     "agreement, Hamas is to release all 20 living hostages, and Israel will free about 2,000 "
                     "Palestinian prisoners.", published="2025-10-10")
    swaps = [e for e in events if e.type == "prisoner_exchange"]
    assert len(swaps) == 1 and {a.code for a in swaps[0].actors} == {"ISR", "HAMAS"}


def test_a_verb_joined_to_a_relative_clause_has_its_antecedent_for_subject(extract):
    [attack] = extract("The M23 rebels, who are backed by Rwanda and seized the city of Goma earlier this year, were "
                       "not at the signing.", published="2025-06-27")
    assert {(a.code, a.role) for a in attack.actors} == {("M23", "initiator")}  # Rwanda only backs them
    events = extract("Qatar, which hosted the talks and brokered the deal, welcomed the release.",
                     published="2025-06-27")
    assert {(e.type, a.code, a.role) for e in events for a in e.actors} == {("talks", "QAT", "mediator"),
                                                                           ("agreement", "QAT", "mediator")}
