"""Readings that reports of peace deals need, each on a sentence written for it: a denial, what a signed deal
calls for, a coalition named by its leader, a halt to military operations, talks under way, a riot that is no
attack, a pledge made at a signing, a deal that took effect, the armed group a relative clause is about, a truce
announced by a third party, a pause a deal is "for", a release given "in exchange", and who witnessed what."""


from records import of_type, roles


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


def test_a_two_word_demonym_names_the_capital(extract):
    events = extract("Ethiopia and the TPLF signed the deal in the South African capital on Wednesday.",
                     published="2022-11-02")
    assert {e.place.name for e in events if e.place} == {"Pretoria"}


def test_a_signing_at_the_state_department_is_in_washington(extract):
    [deal] = extract("The foreign ministers of Congo and Rwanda signed a peace agreement at the State Department "
                     "on Friday.", published="2025-06-27")
    assert (deal.place.country, round(deal.place.lon)) == ("USA", -77)


def test_guarantors_of_talks_are_their_mediators(extract):
    events = extract("Colombia and the ELN signed a ceasefire on Friday. Cuba and Norway act as guarantors of the "
                     "talks, which began in Caracas in November.", published="2023-06-09")
    [talks] = of_type(events, "talks")
    assert {("CUB", "mediator"), ("NOR", "mediator"), ("COL", "participant"), ("ELN", "participant")} <= \
        roles(talks)


def test_where_after_a_place_places_the_clause_event(extract):
    [talks] = extract("Petro and ELN commanders attended the ceremony in the Cuban capital, where the third round of "
                      "negotiations between them ended.", published="2023-06-09")
    assert talks.place.name == "Havana"
    assert talks.quantities.get("round") == 3


def test_a_verb_joined_without_its_own_subject_says_the_status(extract):
    events = extract("Colombia and the ELN signed a ceasefire in June. The truce was phased in over several weeks and "
                     "took full effect on Aug. 3.", published="2023-08-04")
    [in_force] = [e for e in of_type(events, "ceasefire") if e.status == "in_effect"]
    assert in_force.date.start == "2023-08-03"


def test_talks_at_which_a_truce_was_agreed_were_held_there(extract):
    events = extract("Thailand and Cambodia agreed to an immediate ceasefire at talks in Putrajaya on Monday, hosted "
                     "by Malaysian Prime Minister Anwar Ibrahim.", published="2025-07-28")
    [talks] = of_type(events, "talks")
    [truce] = of_type(events, "ceasefire")
    assert talks.status == "held"
    assert {("THA", "participant"), ("KHM", "participant"), ("MYS", "mediator")} <= roles(talks)
    assert talks.place.name == truce.place.name == "Putrajaya"


def test_calling_a_counterpart_is_a_call_held_and_speaking_again_is_planned(extract):
    events = extract("Pakistan's Director General of Military Operations called his Indian counterpart at 3.35 p.m. "
                     "The two officers will speak again on May 12.", published="2025-05-10")
    statuses = sorted(e.status for e in of_type(events, "talks"))
    assert statuses == ["held", "planned"]
    assert all({("PAK", "participant"), ("IND", "participant")} <= roles(e) for e in of_type(events, "talks"))


def test_calling_on_someone_is_no_call(extract):
    events = extract("Pakistan called on India to show restraint.", published="2025-05-10")
    assert not of_type(events, "talks")


def test_violating_the_understanding_is_a_violation_of_the_truce(extract):
    events = extract("India and Pakistan agreed to stop all firing on Saturday. Within hours, India accused Pakistan "
                     "of violating the understanding.", published="2025-05-10")
    [violated] = [e for e in of_type(events, "ceasefire") if e.status == "violated"]
    assert (roles(violated), violated.claimed_by) == ({("PAK", "initiator")}, "IND")


def test_a_countrys_warring_parties_are_not_the_country(extract):
    events = extract("Yemen's warring parties agreed to a two-month nationwide truce, the UN envoy said.",
                     published="2022-04-02")
    assert "YEM" not in {a.code for e in events for a in e.actors}


def test_talks_joined_to_a_truce_take_the_verb_that_governs_both(extract):
    events = extract("Congo and the M23 rebels signed a declaration in Doha on Saturday, committing to a permanent "
                     "ceasefire and to talks on a final peace deal.", published="2025-07-19")
    [talks] = of_type(events, "talks")
    assert talks.status == "planned"


def test_a_verb_joined_to_a_future_one_is_future_too(extract):
    events = extract("Congo and the M23 said they will start negotiations no later than Aug. 8 and sign a "
                     "comprehensive agreement by Aug. 18.", published="2025-07-19")
    [deal] = of_type(events, "agreement")
    assert deal.status == "agreed"  # to be signed, not signed
    assert deal.date.start == "2025-08-18"


def test_a_timeline_entry_dates_everything_it_tells(extract):
    events = extract("Nov. 24, 2023 - A seven-day truce takes effect; Hamas frees 105 hostages and Israel releases "
                     "240 Palestinian prisoners.", published="2025-10-10")
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.date.start == "2023-11-24"
    assert swap.quantities == {"prisoners_total": 345}


def test_a_timeline_entry_split_off_by_its_colon_dates_what_follows(extract):
    events = extract("September 5, 2014: Ukraine, Russia, the OSCE and the separatists sign the Minsk Protocol, a "
                     "12-point ceasefire deal.", published="2022-02-24")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, truce.date.start) == ("agreed", "2014-09-05")
    assert {("UKR", "participant"), ("RUS", "participant")} <= roles(truce)


def test_numbers_belong_to_the_attack_whose_clause_holds_them(extract):
    events = extract("On Monday Israeli strikes killed 11 people in southern Lebanon after Hezbollah fired two "
                     "mortar rounds at a disputed area.", published="2024-12-02")
    by_actor = {e.actors[0].code: e for e in of_type(events, "attack")}
    assert by_actor["ISR"].quantities == {"killed": 11}
    assert "killed" not in by_actor["HEZBOLLAH"].quantities


def test_the_dead_and_wounded_of_one_attack_stay_together(extract):
    [attack] = extract("Turkey's Defense Ministry announced two Turkish soldiers killed and three others wounded in "
                       "Idlib by Syrian forces.", published="2020-03-05")
    assert attack.quantities == {"killed": 2, "injured": 3}


def test_a_denial_after_a_claim_leaves_the_claim_to_its_maker(extract):
    [attack] = extract("Azerbaijan said Armenian forces had fired on the town of Terter; Armenia denied it.",
                       published="2020-10-10")
    assert (attack.negated, attack.claimed_by) == (False, "AZE")
    assert roles(attack) == {("ARM", "initiator")}


def test_he_in_a_joined_clause_is_the_first_clauses_subject(extract):
    events = extract("Russian President Vladimir Putin agreed on Tuesday to stop attacking Ukrainian energy "
                     "infrastructure after a phone call with U.S. President Donald Trump, but he rejected a full "
                     "30-day ceasefire.", published="2025-03-18")
    [rejected] = [e for e in of_type(events, "ceasefire") if e.status == "rejected"]
    assert roles(rejected) == {("RUS", "initiator")}


def test_how_long_a_call_lasted_is_the_calls_not_the_truces(extract):
    events = extract("Putin agreed to stop attacking energy infrastructure for 30 days after a phone call with Trump "
                     "that lasted more than two hours.", published="2025-03-18")
    [truce] = of_type(events, "ceasefire")
    [call] = of_type(events, "talks")
    assert truce.quantities == {"duration_days": 30}
    assert call.quantities == {"duration_hours": 2}


def test_a_truce_of_months_and_a_swap_of_n_for_n(extract):
    events = extract("The RSF announced a unilateral three-month humanitarian truce on Monday. Putin also agreed to "
                     "a prisoner swap of 175 for 175.", published="2025-11-24")
    assert of_type(events, "ceasefire")[0].quantities == {"duration_months": 3, "duration_days": 90}
    assert of_type(events, "prisoner_exchange")[0].quantities == {"prisoners_per_side": 175}


def test_the_army_with_a_clause_naming_others_is_still_the_army(extract):
    events = extract("Sudan's Rapid Support Forces announced a truce on Monday. The army, which has rejected a "
                     "proposal by the United States and Egypt for a similar truce, did not respond.",
                     published="2025-11-24")
    [rejected] = of_type(events, "proposal")
    assert {("SDN", "initiator"), ("USA", "target"), ("EGY", "target")} <= roles(rejected)


def test_a_clause_scheduling_talks_places_them(extract):
    [talks] = extract("A round of indirect talks between Israel and Hamas, which had been scheduled to take place in "
                      "Cairo on Sunday, was postponed, Egyptian officials said.", published="2024-04-12")
    assert (talks.status, talks.place.name, talks.date.start) == ("postponed", "Cairo", "2024-04-14")


def test_a_clause_on_a_name_inside_another_events_phrase_keeps_its_numbers(extract):
    events = extract("Putin agreed on Tuesday to stop attacking Ukrainian energy infrastructure for 30 days after a "
                     "phone call with U.S. President Donald Trump that lasted more than two hours.",
                     published="2025-03-18")
    [truce] = of_type(events, "ceasefire")
    assert truce.quantities == {"duration_days": 30}


def test_a_summit_planned_for_a_day_that_was_cancelled_is_cancelled(extract):
    events = extract("A summit between the presidents of Congo and Rwanda planned for Sunday in Luanda was cancelled, "
                     "Angola's presidency said.", published="2024-12-15")
    [summit] = of_type(events, "talks")
    assert (summit.status, summit.place.name) == ("cancelled", "Luanda")


def test_a_truce_agreed_in_july_that_has_been_violated_is_violated(extract):
    [truce] = extract("A ceasefire agreed in July between Congo and Rwanda has been repeatedly violated.",
                      published="2024-12-15")
    assert truce.status == "violated"


def test_talks_one_side_demands_of_another_are_not_held_and_the_asker_is_no_party(extract):
    events = extract("Rwanda demanded that Kinshasa hold direct talks with the M23 rebels.", published="2024-12-15")
    [talks] = of_type(events, "talks")
    assert talks.status != "held"
    assert roles(talks) == {("COD", "participant"), ("M23", "participant")}
    [demand] = of_type(events, "demand")
    assert roles(demand) == {("RWA", "initiator"), ("COD", "target")}


def test_talks_held_and_talks_to_come_are_two_events_and_those_to_come_have_no_date_of_the_report(extract):
    events = extract("Israel and Hamas agreed to a ceasefire on Wednesday after more than a year of negotiations "
                     "mediated by Qatar. Negotiations on the second phase are due to begin on the 16th day of the "
                     "first phase.", published="2025-01-15")
    talks = {e.status: e for e in of_type(events, "talks")}
    assert set(talks) == {"held", "planned"}
    assert talks["planned"].date is None


def test_forces_from_a_region_are_its_armed_group(extract):
    [truce] = extract("Ethiopia's government and forces from the northern Tigray region agreed on Wednesday to a "
                      "permanent cessation of hostilities.", published="2022-11-02")
    assert roles(truce) == {("ETH", "participant"), ("TPLF", "participant")}


def test_not_commenting_on_a_strike_does_not_negate_it(extract):
    events = extract("Sudan's army did not comment on the drone strike on a market in Nyala that killed at least 15 "
                     "people.", published="2025-04-13")
    assert [e.negated for e in of_type(events, "attack")] == [False]


def test_not_attending_talks_still_negates_them(extract):
    [talks] = extract("Russia did not attend the talks with Ukraine in Istanbul.", published="2025-05-16")
    assert talks.negated or talks.status == "cancelled"


def test_clashes_between_sides_and_one_sides_strikes_are_two_attacks(extract):
    events = extract("Clashes between Druze fighters and Bedouin tribes killed more than 350 people in Syria's "
                     "southern Sweida province this week. Israel struck Syrian tanks and the army headquarters in "
                     "Damascus on Wednesday.", published="2025-07-17")
    attacks = of_type(events, "attack")
    assert len(attacks) == 2
    strike = next(e for e in attacks if roles(e))
    assert roles(strike) == {("ISR", "initiator"), ("SYR", "target")}
    assert "killed" not in strike.quantities
    assert strike.place.country == "SYR"


def test_who_helped_broker_a_truce_mediated_it(extract):
    events = extract("Government forces began withdrawing from Sweida under a ceasefire agreed with Druze leaders. "
                     "The United States and Turkey helped broker the truce, Rubio said.", published="2025-07-17")
    assert {("USA", "mediator"), ("TUR", "mediator")} <= {r for e in of_type(events, "ceasefire") for r in roles(e)}
    assert not any(role == "initiator" for e in events for _, role in roles(e))


def test_a_package_of_sanctions_adopted_is_imposed_by_who_adopted_it(extract):
    [sanction] = extract("The European Union adopted its 17th package of sanctions against Russia on Tuesday.",
                         published="2025-05-20")
    assert (sanction.status, roles(sanction)) == ("imposed", {("EU", "initiator"), ("RUS", "target")})


def test_severe_tariffs_threatened_on_a_belligerent_are_a_threatened_sanction(extract):
    [sanction] = extract('President Donald Trump threatened on Monday to impose "very severe" tariffs on Russia unless '
                         "it agreed to a ceasefire in Ukraine within 50 days.", published="2025-07-14")
    assert (sanction.type, sanction.status) == ("sanction", "threatened")
    assert roles(sanction) == {("USA", "initiator"), ("RUS", "target")}
    assert sanction.place is None  # whom the tariffs hit, not where


def test_trade_tariffs_are_no_sanction(extract):
    assert extract("The US imposed tariffs on Chinese steel.", published="2025-07-14") == []


def test_an_organisation_demanding_a_release_is_no_party_to_it(extract):
    events = extract("The Security Council on Monday demanded the release of all hostages held in Gaza.",
                     published="2024-03-25")
    assert not any(a.code == "UN" for e in of_type(events, "prisoner_exchange") for a in e.actors)


def test_talks_at_which_swaps_were_agreed_were_held(extract):
    events = extract("Russia and Ukraine exchanged 146 prisoners of war each on Sunday. The swap was the latest in a "
                     "series agreed at talks in Istanbul in June.", published="2025-08-24")
    [talks] = of_type(events, "talks")
    assert (talks.status, talks.place.name, talks.date.start) == ("held", "Istanbul", "2025-06")


def test_a_call_in_which_one_leader_told_another_something_was_held_between_them(extract):
    events = extract("Earlier on Thursday, Turkish President Tayyip Erdogan told Putin in a phone call that calls for "
                     "peace should be backed by a unilateral ceasefire.", published="2023-01-05")
    [call] = of_type(events, "talks")
    assert call.status == "held"
    assert roles(call) == {("TUR", "participant"), ("RUS", "participant")}


def test_room_for_an_agreement_to_be_reached_is_no_agreement(extract):
    events = extract("Netanyahu rejected the Hamas counter-proposal on Wednesday. Blinken said there was still space "
                     "for an agreement between Israel and Hamas to be reached.", published="2024-02-09")
    assert not of_type(events, "agreement")


def test_talks_proposed_in_a_that_clause_are_planned_by_the_proposer_on_their_own_date(extract):
    [talks] = extract("Putin had proposed on Saturday that direct talks be held in Istanbul on May 15.",
                      published="2025-05-11")
    assert (talks.status, talks.date.start, talks.place.name) == ("planned", "2025-05-15", "Istanbul")
    assert roles(talks) == {("RUS", "participant")}


def test_who_urges_another_to_agree_to_talks_is_no_party_to_them(extract):
    [talks] = extract("Trump urged Ukraine to agree to the meeting with Russia immediately.", published="2025-05-11")
    assert ("USA", "participant") not in roles(talks)
    assert ("UKR", "participant") in roles(talks)


def test_a_deal_signed_and_then_told_as_agreed_is_one_deal(extract):
    events = extract("Russia and Ukraine signed a deal on Friday to reopen Ukraine's Black Sea ports for grain "
                     "exports. The agreement, brokered by the United Nations and Turkey, will last 120 days.",
                     published="2022-07-22")
    [deal] = of_type(events, "agreement")
    assert deal.status == "signed"
    assert {("UN", "mediator"), ("TUR", "mediator")} <= roles(deal)
    assert deal.quantities == {"duration_days": 120}


def test_what_someone_says_should_be_done_is_called_for_by_them(extract):
    [sanction] = extract("Zelenskiy said sanctions should be imposed on Russia.", published="2025-05-11")
    assert (sanction.status, roles(sanction)) == ("called_for", {("UKR", "initiator"), ("RUS", "target")})


def test_a_truce_announced_by_a_mediator_that_appears_to_hold_is_in_force(extract):
    [truce] = of_type(extract("A ceasefire between Iran and Israel announced by U.S. President Donald Trump appeared "
                              "to be holding on Tuesday.", published="2025-06-24"), "ceasefire")
    assert (truce.status, truce.modality) == ("in_effect", "uncertain")
    assert roles(truce) == {("IRN", "participant"), ("ISR", "participant"), ("USA", "mediator")}


def test_a_deal_for_a_pause_gives_the_pause_its_sides_and_length_and_the_swap_its_status(extract):
    events = extract("Israel's government on Wednesday approved a deal with Hamas for a four-day pause in fighting in "
                     "Gaza in exchange for the release of 50 hostages held by the militant group.",
                     published="2023-11-24")
    [pause] = of_type(events, "ceasefire")
    assert (pause.status, pause.quantities) == ("agreed", {"duration_days": 4})
    assert roles(pause) == {("ISR", "participant"), ("HAMAS", "participant")}
    [swap] = of_type(events, "prisoner_exchange")
    assert (swap.status, roles(swap)) == ("agreed", {("ISR", "participant"), ("HAMAS", "participant")})


def test_a_release_in_exchange_for_another_is_told_as_the_first_is(extract):
    [swap] = of_type(extract("Hamas freed three hostages on Sunday in exchange for the release of 90 Palestinian "
                             "prisoners.", published="2025-01-19"), "prisoner_exchange")
    assert swap.status == "carried_out"


def test_who_witnessed_a_signing_stands_behind_the_deal_and_who_witnessed_a_strike_has_no_part(extract):
    events = extract("Congo and Rwanda signed a peace agreement on Friday. The deal, witnessed by Secretary of State "
                     "Marco Rubio, calls for the withdrawal of Rwandan troops.", published="2025-06-27")
    assert all(roles(e) <= {("COD", "participant"), ("RWA", "participant"), ("USA", "mediator")} for e in events)
    [strike] = of_type(extract("Two Israeli airstrikes, witnessed by U.N. observers, hit the village on Monday.",
                               published="2025-06-27"), "attack")
    assert roles(strike) == {("ISR", "initiator")}


def test_who_announced_a_truce_in_force_between_the_storys_sides_is_its_mediator(extract):
    events = extract("Iran and Israel clashed for 12 days. On Tuesday a ceasefire announced by U.S. President "
                     "Donald Trump took effect.", published="2025-06-24")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("in_effect", {("IRN", "participant"), ("ISR", "participant"),
                                                          ("USA", "mediator")})
