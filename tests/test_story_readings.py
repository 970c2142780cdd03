"""Readings found by scoring our own gold-annotated articles (eval/own), each tested on a sentence written for it:
attacks told in one sentence by two sides, or one answering the other; a truce broken by an attack told after it
took effect; what a plan or a deal "calls for"; a second text signed beside a first; where an attack on "Thai
territory" happened; the government of the state whose president the article named; the story's day from its
dateline; and, from later batches, who a titled person, "he" and "they" stand for across a story, live-blog stamps
and days carried from the sentence before, a deal's steps told in passing, conditions and condemnations."""

import pytest

from records import of_type, roles


def test_attacks_by_each_side_in_one_sentence_are_two_attacks(extract):
    attacks = of_type(extract("Army drones struck RSF positions near Babanusa on Monday, and the RSF shelled the city "
                              "of El Obeid, killing six people, local medics said.", published="2025-11-24"), "attack")
    assert len(attacks) == 2
    drones, shelling = sorted(attacks, key=lambda e: e.evidence.start + (e.trigger.start if e.trigger else 0))
    assert ("RSF", "target") in roles(drones) and "killed" not in drones.quantities
    assert ("RSF", "initiator") in roles(shelling) and shelling.quantities == {"killed": 6}


def test_the_attack_another_answers_is_its_own_event_with_its_own_day_and_toll(extract):
    attacks = of_type(extract("India struck what it called terrorist camps in Pakistan on Wednesday in retaliation "
                              "for an attack on tourists in Pahalgam in April that killed 26 people.",
                              published="2025-05-10"), "attack")
    assert len(attacks) == 2
    strike = next(a for a in attacks if ("IND", "initiator") in roles(a))
    earlier = next(a for a in attacks if a is not strike)
    assert (strike.date.start, strike.place.country, strike.quantities) == ("2025-05-07", "PAK", {})
    assert (earlier.date.start, earlier.quantities) == ("2025-04", {"killed": 26})


def test_an_attack_told_after_the_truce_took_effect_breaks_it(extract):
    for text, side in [
        ("Israel said Iran had fired missiles at its territory after the ceasefire came into force on Tuesday.", "IRN"),
        ("The defence ministry said Ukrainian forces had attacked Russian positions 1,000 times during the truce.",
         "UKR"),
        ("Israeli strikes have killed 300 people in Gaza since the ceasefire took effect.", "ISR")]:
        [broken] = [e for e in of_type(extract(text, published="2025-06-24"), "ceasefire") if e.status == "violated"]
        assert (side, "initiator") in roles(broken), text


def test_what_happens_during_a_truce_that_is_no_attack_breaks_nothing(extract):
    events = extract("Aid trucks entered Gaza during the truce, and families returned to their homes in the north.",
                     published="2025-01-20")
    assert not [e for e in events if e.type == "ceasefire" and e.status == "violated"]


def test_what_a_plan_calls_for_is_proposed_and_what_a_deal_calls_for_is_agreed(extract):
    [plan] = of_type(extract("The plan calls for a six-week humanitarian truce followed by talks on a political "
                             "transition.", published="2025-11-24"), "ceasefire")
    assert (plan.status, plan.quantities.get("duration_days")) == ("proposed", 42)
    deal = [e for e in of_type(extract("The deal, brokered by the United States and France, calls for a 60-day truce "
                                       "during which Israeli forces will withdraw from southern Lebanon and Hezbollah "
                                       "will move its fighters north of the Litani River.", published="2024-11-27"),
                               "ceasefire")]
    assert deal and all(e.status == "agreed" for e in deal)
    assert any(e.quantities.get("duration_days") == 60 for e in deal)


def test_a_deal_that_ends_a_conflict_is_made_not_ended(extract):
    deals = of_type(extract("The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House on "
                            "Friday, pledging to end decades of conflict in a deal brokered by Donald Trump.",
                            published="2025-08-08"), "agreement")
    assert deals and all(d.status == "agreed" for d in deals)


def test_a_second_text_signed_beside_the_first_is_its_own_deal(extract):
    deals = of_type(extract("Armenia and Azerbaijan initialled a peace agreement at the White House on Friday. The two "
                            "countries also signed a joint declaration on a transit route through southern Armenia.",
                            published="2025-08-08"), "agreement")
    assert sorted(d.status for d in deals) == ["agreed", "signed"]


def test_an_attack_on_a_countrys_territory_or_sites_happened_there(extract):
    for text, country in [("Cambodia fired rockets into Thai territory on Thursday.", "THA"),
                          ("The United States bombed three Iranian nuclear facilities on Sunday.", "IRN")]:
        [attack] = of_type(extract(text, published="2025-07-26"), "attack")
        assert attack.place is not None and attack.place.country == country, text
    [raid] = of_type(extract("The Houthis attacked Israeli ships on Sunday.", published="2025-07-26"), "attack")
    assert raid.place is None  # ships sail far from home


def test_the_government_is_that_of_the_state_whose_president_the_article_named(extract):
    events = extract("Colombian President Gustavo Petro suspended peace talks with the ELN on Friday. The talks were "
                     "hosted by Venezuela, Cuba, Mexico and Norway. A bilateral ceasefire between the government and "
                     "the ELN expired in August.", published="2025-01-18")
    [truce] = of_type(events, "ceasefire")
    assert {("COL", "participant"), ("ELN", "participant")} <= roles(truce)


def test_a_meeting_of_a_council_is_no_talks(extract):
    events = extract("Cambodia called for an immediate ceasefire at an emergency meeting of the U.N. Security Council "
                     "on Friday.", published="2025-07-26")
    assert not of_type(events, "talks")
    assert [e.status for e in of_type(events, "ceasefire")] == ["called_for"]


def test_prisoners_who_are_wounded_tell_no_attack(extract):
    events = extract("The two sides agreed at talks in Istanbul to release all prisoners who are seriously wounded.",
                     published="2025-06-03")
    assert not of_type(events, "attack")


def test_a_group_that_mediated_is_the_organisation_it_belongs_to(extract):
    [talks] = of_type(extract("The Minsk Group had mediated between Armenia and Azerbaijan since the 1990s.",
                              published="2025-08-08"), "talks")
    assert ("OSCE", "mediator") in roles(talks) and "BLR" not in {a.code for a in talks.actors}


def test_a_dateline_the_day_before_publication_is_the_storys_day(extract):
    events = extract("WASHINGTON, Aug 8 (Reuters) - Armenia and Azerbaijan signed a joint declaration at the White "
                     "House.", published="2025-08-09")
    [signed] = of_type(events, "agreement")
    assert (signed.date.start, signed.date.inferred) == ("2025-08-08", True)


def test_a_refusal_until_another_side_acts_is_a_demand_on_it(extract):
    events = extract("Azerbaijan has said it will not sign the peace treaty until Armenia removes from its "
                     "constitution a claim to Karabakh.", published="2025-08-08")
    [demand] = of_type(events, "demand")
    assert roles(demand) == {("AZE", "initiator"), ("ARM", "target")}


def test_a_truce_inside_one_country_is_there_where_no_place_is_named(extract):
    [truce] = of_type(extract("The Rapid Support Forces announced on Monday a unilateral humanitarian truce of three "
                              "months.", published="2025-11-24"), "ceasefire")
    assert truce.place is not None and truce.place.country == "SDN"
    [rockets] = of_type(extract("Hamas fired rockets on Monday, the army said.", published="2025-11-24"), "attack")
    assert rockets.place is None  # one side alone, at no named target: they may land abroad


def test_the_length_of_a_truce_proposed_at_talks_is_the_truces(extract):
    truces = of_type(extract("Ukraine accepted a U.S. proposal for a full 30-day ceasefire at talks in Jeddah on "
                             "March 11.", published="2025-04-20"), "ceasefire")
    assert truces and all(t.quantities.get("duration_days") == 30 for t in truces)


def test_a_toll_since_a_side_began_firing_is_not_that_sides_attack(extract):
    attacks = of_type(extract("More than 3,700 people have been killed in Lebanon since Hezbollah began firing on "
                              "Israel in October 2023, the health ministry said.", published="2024-11-27"), "attack")
    toll = next(a for a in attacks if a.quantities.get("killed") == 3700)
    assert not any(a.role == "initiator" for a in toll.actors)


def test_an_all_for_all_swap_is_a_swap(extract):
    events = extract('Kyiv has pressed Moscow to agree to an "all for all" exchange.',
                     published="2025-10-02")
    assert [e.status for e in of_type(events, "prisoner_exchange")] == ["proposed"]


def test_talks_still_to_come_are_planned_whoever_tells_of_them(extract):
    [talks] = of_type(extract("Thailand and Cambodia agreed to a ceasefire on Monday. Military commanders from both "
                              "sides will meet on Tuesday morning, Anwar added.", published="2025-07-28"), "talks")
    assert (talks.status, talks.modality, talks.date.start) == ("planned", "planned", "2025-07-29")


def test_the_body_not_the_headline_gives_the_evidence(extract):
    text = ("Pakistan and Afghanistan agree immediate ceasefire at Doha talks\n\n"
            "ISLAMABAD, Oct 19 - Pakistan and Afghanistan agreed to an immediate ceasefire during talks in Doha "
            "mediated by Qatar and Turkey, Qatar's foreign ministry said on Sunday.")
    events = extract(text, published="2025-10-19",
                     title="Pakistan and Afghanistan agree immediate ceasefire at Doha talks")
    assert events and all(e.evidence.start > text.index("ISLAMABAD") for e in events)


def test_talks_a_truce_was_not_reached_in_were_held(extract):
    [talks] = of_type(extract("Russian and Ukrainian negotiators agreed on Wednesday to swap another 1,200 prisoners "
                              "of war each, but made no progress towards a ceasefire in talks in Istanbul that lasted "
                              "less than an hour.", published="2025-07-23"), "talks")
    assert (talks.status, talks.date.start, talks.place.country) == ("held", "2025-07-23", "TUR")


def test_where_a_halt_holds_is_told_inside_its_own_phrase(extract):
    [halt] = of_type(extract("The coalition announced a unilateral halt to military operations inside Yemen on "
                             "Wednesday.", published="2022-04-01"), "ceasefire")
    assert halt.place is not None and halt.place.country == "YEM"


def test_laying_down_weapons_is_a_truce_and_a_cabinet_meeting_is_no_talks(extract):
    events = extract("U.S. envoy Tom Barrack called on Druze and Bedouin fighters in Sweida to lay down their "
                     "weapons. Netanyahu's office said the cabinet would meet to approve the deal.",
                     published="2025-07-19")
    assert [(e.status, roles(e)) for e in of_type(events, "ceasefire")] == [("called_for", {("USA", "initiator")})]
    assert not of_type(events, "talks")


def test_strikes_on_two_days_are_two(extract):
    events = extract("Pakistani jets struck a market on Thursday. A truce agreed on Wednesday collapsed on Friday "
                     "when Pakistani jets struck the Paktika province, killing at least ten people.",
                     published="2025-10-19")
    attacks = sorted(of_type(events, "attack"), key=lambda e: e.date.start)
    assert [a.date.start for a in attacks] == ["2025-10-16", "2025-10-17"]
    assert attacks[1].quantities == {"killed": 10} and not attacks[0].quantities


def test_a_government_named_for_the_movement_that_runs_it_is_the_states(extract):
    from trucewatch.nlp.actors import actor_book

    assert actor_book().lookup("the Taliban government").code == "AFG"
    assert actor_book().lookup("National Unity Government").code == "NUG"


def test_fighting_inside_one_country_is_placed_there_by_who_fights(extract):
    events = extract("Myanmar's military government declared a temporary ceasefire on Wednesday. The announcement "
                     "came a day after the Three Brotherhood Alliance declared a one-month ceasefire. Despite the "
                     "declarations, the army carried out at least 16 air strikes.", published="2025-04-03")
    assert {(e.type, e.place and e.place.country) for e in events} == {("ceasefire", "MMR"), ("attack", "MMR")}
    abroad = extract("Russia launched dozens of drones overnight, the air force said. Russia declared a ceasefire.",
                     published="2025-04-03")
    assert all(e.place is None for e in abroad)  # a state alone may fight abroad


def test_two_sides_unilateral_truces_told_in_one_sentence_are_two(extract):
    truces = of_type(extract("The announcement came a day after the Three Brotherhood Alliance declared a one-month "
                             "unilateral ceasefire, and days after the National Unity Government said its armed wing "
                             "would pause offensive operations for two weeks.", published="2025-04-03"), "ceasefire")
    assert sorted((next(iter(roles(t))), t.quantities["duration_days"]) for t in truces) == [
        (("BROTHERHOOD", "initiator"), 30), (("NUG", "initiator"), 14)]


def test_whose_envoy_tells_of_a_deal_brokered_it(extract):
    [truce] = of_type(extract("The Saudi-led coalition and the Houthis have agreed to a two-month truce, the United "
                              "Nations envoy Hans Grundberg said on Friday, the first such deal in six years of war.",
                              published="2022-04-01"), "ceasefire")
    assert {("UN", "mediator"), ("SAU", "participant"), ("HOUTHI", "participant")} <= roles(truce)


def test_talks_a_side_boycotts_are_rejected_by_it_and_no_sanction(extract):
    events = extract("The Houthis boycotted the peace talks in Riyadh on Monday. Petro suspended peace talks with the "
                     "ELN on Friday.", published="2022-04-01")
    assert not of_type(events, "sanction")
    assert sorted((t.status, tuple(sorted(roles(t)))) for t in of_type(events, "talks")) == [
        ("cancelled", (("COL", "initiator"), ("ELN", "participant"))), ("rejected", (("HOUTHI", "initiator"),))]


def test_third_states_that_tell_of_a_deal_together_brokered_it(extract):
    [truce] = of_type(extract("Sudan's army and the Rapid Support Forces have agreed to a seven-day ceasefire, Saudi "
                              "Arabia and the United States said in a joint statement on Saturday.",
                              published="2023-05-21"), "ceasefire")
    assert roles(truce) == {("SDN", "participant"), ("RSF", "participant"), ("SAU", "mediator"),
                            ("USA", "mediator")}


def test_a_truce_that_ended_the_fighting_has_not_itself_ended(extract):
    events = extract("The agreement expanded the ceasefire that ended five days of fighting in July.",
                     published="2025-11-11")
    assert "ended" not in {e.status for e in of_type(events, "ceasefire")}


def test_a_deal_suspended_by_one_side_and_signed_earlier_is_two_steps_of_its_life(extract):
    events = of_type(extract(
        "Thailand said on Monday it was suspending a peace agreement with Cambodia signed last month in Kuala Lumpur."
        "\n\nThe agreement, signed on October 26 in the presence of U.S. President Donald Trump and Malaysian Prime "
        "Minister Anwar Ibrahim, expanded the ceasefire.", published="2025-11-11"), "agreement")
    by_status = {e.status: e for e in events}
    assert set(by_status) == {"ended", "signed"}
    ended, signed = by_status["ended"], by_status["signed"]
    assert ("THA", "initiator") in roles(ended) and ended.date.start == "2025-11-10" and ended.place is None
    assert roles(signed) == {("THA", "participant"), ("KHM", "participant"), ("USA", "mediator"),
                             ("MYS", "mediator")}
    assert (signed.date.start, signed.place.country) == ("2025-10-26", "MYS")


def test_drones_shot_down_tell_of_their_owners_attack_however_the_count_is_parsed(extract):
    [attack] = of_type(extract("Ukraine's air force said it had shot down 39 of 49 drones launched by Russia.",
                               published="2025-08-14"), "attack")
    assert roles(attack) == {("RUS", "initiator"), ("UKR", "target")}


def test_the_truce_a_plan_begins_with_is_proposed_not_in_force(extract):
    events = extract("Biden outlined a three-phase plan he says Israel has offered, beginning with a six-week "
                     "ceasefire.", published="2024-06-01")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, truce.quantities) == ("proposed", {"duration_days": 42})
    assert [p.status for p in of_type(events, "proposal")] == ["presented"]


def test_they_after_a_sentence_about_one_group_is_that_group(extract):
    [talks] = of_type(extract("The M23 rebels are not party to the deal. Their leaders are negotiating separately "
                              "with Kinshasa in Doha.", published="2025-06-28"), "talks")
    assert {("M23", "participant"), ("COD", "participant")} <= roles(talks)


def test_a_city_named_by_its_states_adjective_is_in_that_state(extract):
    [talks] = of_type(extract("The truce was agreed after two weeks of talks between Sudan's army and the RSF in "
                              "the Saudi city.", published="2023-05-21"), "talks")
    assert talks.place.country == "SAU"


def test_a_headline_labelled_with_a_country_places_the_unplaced_truce_there(extract):
    text = ("Yemen: parties agree to extend truce by two months\n\nThe United Nations envoy announced today that the "
            "parties to the conflict have agreed to renew the truce for an additional two months.")
    [truce] = [e for e in of_type(extract(text, published="2022-06-02"), "ceasefire") if e.status == "extended"]
    assert truce.place.country == "YEM"
    [truce] = [e for e in of_type(extract(text.replace("Yemen: p", "P"), published="2022-06-02"), "ceasefire")
               if e.status == "extended"]
    assert truce.place is None  # nothing else says where


def test_a_live_blog_entrys_stamp_is_on_the_blogs_day_not_the_last_day_an_entry_named(extract):
    text = ("Thursday 14 August 2025\n\n12:45 — Zelenskiy warns Trump\nPresident Volodymyr Zelenskiy said he had "
            "warned Donald Trump in a video call on Wednesday that Putin was bluffing.\n\n09:10 — Russian drones hit "
            "Sumy region overnight\nRussian drones struck the Sumy region overnight, killing two people and damaging "
            "homes, the regional governor said.")
    [strike] = of_type(extract(text, published="2025-08-14"), "attack")
    assert strike.date.start[:10] == "2025-08-14"


def test_a_simple_present_meeting_on_a_weekday_is_planned(extract):
    [summit] = of_type(extract("Trump and Putin meet in Anchorage, Alaska, on Friday.", published="2025-08-14"),
                       "talks")
    assert (summit.status, summit.date.start, summit.modality) == ("planned", "2025-08-15", "planned")
    [held] = of_type(extract("Trump and Putin met in Anchorage, Alaska, on Friday.", published="2025-08-18"),
                     "talks")
    assert (held.status, held.date.start) == ("held", "2025-08-15")


def test_he_after_an_envoy_named_with_his_title_is_the_envoys_organisation_which_brokers(extract):
    text = ("The United Nations Special Envoy for Yemen, Hans Grundberg, announced today that the parties have agreed "
            "to renew the truce for two months.\n\nHe will continue to meet the parties in Amman to discuss roads.")
    [talks] = of_type(extract(text, published="2022-06-02"), "talks")
    assert (talks.status, roles(talks), talks.place.country) == ("planned", {("UN", "mediator")}, "JOR")


def test_a_person_named_by_title_then_by_surname_and_called_on_sides_after_a_passive_calls_for_the_truce(extract):
    text = ("Israel and Syria have agreed to a ceasefire, the U.S. envoy to Syria, Tom Barrack, said on Saturday.\n\n"
            "Barrack said the truce was backed by Turkey and Jordan, and called on Druze and Bedouin communities to "
            "lay down their weapons.")
    called = [e for e in of_type(extract(text, published="2025-07-19"), "ceasefire") if e.status == "called_for"]
    assert [roles(e) for e in called] == [{("USA", "initiator")}]


def test_a_ceasefire_proposal_answered_is_a_proposal_answered_as_well(extract):
    events = extract("Hamas says it accepts a ceasefire proposal drafted by Egyptian and Qatari mediators.",
                     published="2024-05-06")
    proposals = {e.status: roles(e) for e in of_type(events, "proposal")}
    assert proposals == {"accepted": {("HAMAS", "initiator")},
                         "presented": {("EGY", "initiator"), ("QAT", "initiator")}}
    assert {e.status for e in of_type(events, "ceasefire")} == {"accepted", "proposed"}
    # a proposal for a truce that is only waited on stays the truce's
    events = extract("Kyiv is waiting for details of a U.S. ceasefire proposal.", published="2025-03-10")
    assert of_type(events, "proposal") == []


def test_a_declaration_backing_a_truce_makes_no_truce_and_those_not_represented_hold_no_talks(extract):
    events = extract("Trump signed a declaration backing the Gaza ceasefire with the leaders of Egypt, Qatar and "
                     "Turkey on Monday.", published="2025-10-14")
    assert of_type(events, "ceasefire") == [] and [e.status for e in of_type(events, "agreement")] == ["signed"]
    events = extract("Neither Israel nor Hamas was represented at the summit.", published="2025-10-14")
    assert all(not {"ISR", "HAMAS"} & {a.code for a in e.actors} for e in events)


def test_calling_a_strike_a_breach_accuses_its_doer_and_strikes_nothing(extract):
    events = extract("French President Emmanuel Macron called the Israeli strike unacceptable and a breach of the "
                     "ceasefire.", published="2025-03-28")
    [accusation] = of_type(events, "accusation")
    assert roles(accusation) == {("FRA", "initiator"), ("ISR", "target")}
    assert all(("FRA", "initiator") not in roles(a) for a in of_type(events, "attack"))


@pytest.mark.parametrize("text, published, event_type, day", [
    # "hours earlier" is the day the story last named
    ("Trump signed a declaration on Monday at a summit in Egypt.\n\nHours earlier, Hamas freed the last 20 living "
     "hostages it held.", "2025-10-14", "prisoner_exchange", "2025-10-13"),
    # what sides "also agreed" is on the day told just before
    ("Pakistan and Afghanistan agreed on Thursday to continue the ceasefire. The two sides also agreed to set up a "
     "monitoring and verification mechanism.", "2025-10-31", "agreement", "2025-10-30"),
])
def test_a_sentence_naming_no_day_of_its_own_is_on_the_day_told_before(extract, text, published, event_type, day):
    [event] = of_type(extract(text, published=published), event_type)
    assert event.date.start == day and not event.date.inferred


def test_how_long_talks_went_on_is_theirs_not_the_deals(extract):
    events = extract("The deal was signed in Pretoria after ten days of talks led by the African Union. The sides "
                     "agreed a truce after two weeks of talks.", published="2022-11-03")
    assert sorted(e.quantities.get("duration_days") for e in of_type(events, "talks")) == [10, 14]
    assert all("duration_days" not in e.quantities for e in events if e.type != "talks")


def test_an_after_clause_under_a_since_clause_takes_not_its_month_and_is_where_it_was_aimed(extract):
    events = extract("Israel struck the southern suburbs of Beirut on Friday for the first time since a ceasefire "
                     "with Hezbollah took effect in November, after rockets were fired from Lebanon towards northern "
                     "Israel.", published="2025-03-28")
    [rockets] = [e for e in of_type(events, "attack") if ("ISR", "target") in roles(e)]
    assert rockets.date.start == "2025-03-28" and rockets.place.country == "ISR"


def test_where_hostages_were_handed_over_and_where_a_local_source_counts_the_dead(extract):
    events = extract("Hamas handed over three Israeli hostages to the International Committee of the Red Cross in "
                     "Gaza City, the Israeli military said. Israeli strikes during the delay killed 13 people, Gaza's "
                     "civil defence agency said. The ceasefire came into force at 11:15 local time.",
                     published="2025-01-19")
    [swap] = of_type(events, "prisoner_exchange")
    [strikes] = of_type(events, "attack")
    [truce] = of_type(events, "ceasefire")
    assert (swap.place.country, strikes.place.country, truce.place.country) == ("PSE", "PSE", "PSE")


def test_sides_that_agree_to_continue_a_truce_extend_it_and_set_up_a_mechanism(extract):
    events = extract("Pakistan and Afghanistan agreed on Thursday to continue the ceasefire they reached in Doha on "
                     "Oct. 19. The two sides also agreed to set up a monitoring and verification mechanism.",
                     published="2025-10-31")
    assert {(e.status, e.date.start) for e in of_type(events, "ceasefire")} == {("extended", "2025-10-30"),
                                                                                 ("agreed", "2025-10-19")}
    [mechanism] = of_type(events, "agreement")
    assert mechanism.status == "agreed" and {("PAK", "participant"), ("AFG", "participant")} <= roles(mechanism)


def test_a_deal_for_peace_in_a_capital_is_signed_there_and_a_date_before_strikes_counts_none(extract):
    [deal] = of_type(extract("Congo and the M23 rebel group signed a framework agreement for peace in the Qatari "
                             "capital on Saturday.", published="2025-11-16"), "agreement")
    assert deal.place.country == "QAT"
    [clashes] = of_type(extract("Clashes erupted along the border on Oct. 11 after Pakistani air strikes in Kabul.",
                                published="2025-10-31"), "attack")
    assert "attacks" not in clashes.quantities


def test_a_deal_that_takes_effect_only_after_sanctions_are_lifted_demands_it_and_lifts_nothing(extract):
    events = extract("The Kremlin said the Black Sea arrangement would take effect only after Western sanctions on "
                     "the state agricultural bank were lifted.", published="2025-03-26")
    assert [roles(e) for e in of_type(events, "demand")] == [{("RUS", "initiator")}]
    assert of_type(events, "sanction") == []


def test_a_host_that_tells_of_a_truce_after_talks_at_home_brokered_it_and_the_talks_were_that_day(extract):
    events = extract("Pakistan and Afghanistan agreed on Thursday to continue the ceasefire, Turkey's foreign ministry "
                     "said after talks in Istanbul.", published="2025-10-31")
    [truce] = of_type(events, "ceasefire")
    [talks] = of_type(events, "talks")
    assert ("TUR", "mediator") in roles(truce) and truce.status == "extended"
    assert (talks.date.start, talks.place.country) == ("2025-10-30", "TUR")


def test_agreements_a_side_is_accused_of_distorting_are_no_new_proposal(extract):
    events = extract("The United States reached agreements with Ukraine and Russia on Tuesday. Zelenskiy accused "
                     "Moscow of trying to distort the agreements.", published="2025-03-26")
    assert [e.status for e in of_type(events, "agreement")] == ["agreed"]


def test_a_signing_told_in_a_clause_the_parser_split_is_still_the_signing(extract):
    events = extract("Congo and the M23 signed a framework agreement in Doha on Saturday. The framework builds on a "
                     "declaration of principles the two sides signed in Doha in July.", published="2025-11-16")
    assert sorted((e.status, e.date.start) for e in of_type(events, "agreement")) == [("signed", "2025-07"),
                                                                                      ("signed", "2025-11-15")]

