"""Readings that wire copy, live blogs, digests of the day and press briefings need, each on a sentence written for
it: a group named after the words that describe it, a swap of "people", an exchange a side "brought home"
prisoners in, the sides of a swap in a digest that also tells of a phone call, a readiness to accept, talks for an
extension still going on, and the deal told again with more of its sides."""


from records import of_type, roles


def test_the_country_that_describes_a_named_group_is_no_side_of_its_own(extract):
    for text, group in [
        ("A ceasefire between Israel and the Lebanese Shiite movement Hezbollah came into force on Wednesday.",
         "HEZBOLLAH"),
        ("A ceasefire between Israel and the Palestinian militant group Hamas came into force on Wednesday.",
         "HAMAS")]:
        [truce] = of_type(extract(text, published="2024-11-27"), "ceasefire")
        assert roles(truce) == {("ISR", "participant"), (group, "participant")}, text


def test_a_government_named_beside_a_group_is_still_a_side(extract):
    [truce] = of_type(extract("The Lebanese government and Hezbollah agreed a ceasefire with Israel on Wednesday.",
                              published="2024-11-27"), "ceasefire")
    assert {"LBN", "HEZBOLLAH", "ISR"} <= {a.code for a in truce.actors}


def test_people_swapped_by_the_sides_of_a_swap_are_a_swap(extract):
    events = extract("Russia and Ukraine carried out the second stage of a large-scale prisoner exchange on Saturday, "
                     "with each side handing over 307 people, the Russian Defense Ministry said. On Friday, the "
                     "sides swapped 390 people each, including 120 civilians.", published="2025-05-24")
    swaps = sorted(of_type(events, "prisoner_exchange"), key=lambda e: e.date.start)
    assert [(s.date.start, s.quantities) for s in swaps] == [
        ("2025-05-23", {"prisoners_per_side": 390}), ("2025-05-24", {"prisoners_per_side": 307})]
    assert all(roles(s) == {("RUS", "participant"), ("UKR", "participant")} for s in swaps)


def test_an_exchange_a_side_brought_prisoners_home_in_is_carried_out_on_its_day(extract):
    [swap] = of_type(extract("Ukraine brought home 175 prisoners of war in an exchange with Russia on March 19, "
                             "President Volodymyr Zelensky said.", published="2025-03-20"), "prisoner_exchange")
    assert (swap.status, swap.date.start, swap.quantities) == ("carried_out", "2025-03-19", {"prisoners_total": 175})
    assert roles(swap) == {("UKR", "participant"), ("RUS", "participant")}


def test_prisoners_returned_in_an_exchange_mediated_by_a_third_are_still_returned(extract):
    [swap] = of_type(extract("Russia and Ukraine each returned 103 prisoners of war on Saturday in an exchange "
                             "mediated by the United Arab Emirates.", published="2024-09-14"), "prisoner_exchange")
    assert swap.status == "carried_out"


def test_a_swap_in_a_digest_takes_its_sides_from_the_swaps_not_from_a_phone_call(extract):
    events = extract("Key developments on March 19:\n"
                     "- Zelensky, Trump hold phone call after Putin agrees to partial ceasefire on energy strikes\n"
                     "- Ukraine, Russia carry out prisoner exchange, 175 POWs returned\n"
                     "Another 22 severely wounded soldiers were also released as a gesture of goodwill, Zelensky "
                     "said.", published="2025-03-20")
    swaps = of_type(events, "prisoner_exchange")
    assert swaps and all(roles(s) == {("UKR", "participant"), ("RUS", "participant")} for s in swaps)


def test_a_side_that_expressed_readiness_to_accept_a_proposal_accepts_it(extract):
    events = extract("MS BRUCE: Ukraine has expressed readiness to accept the U.S. proposal to enact an immediate, "
                     "interim 30-day ceasefire.", published="2025-03-11")
    [answer] = of_type(events, "proposal")
    assert (answer.status, roles(answer)) == ("accepted", {("UKR", "initiator"), ("USA", "target")})
    assert answer.place is None  # "the U.S. proposal" is whose, not where


def test_talks_to_extend_a_truce_that_are_continuing_are_held_and_extend_nothing_yet(extract):
    events = extract("Israel and Hamas agreed a four-day truce on Wednesday. Qatar said talks to extend the truce "
                     "were continuing.", published="2023-11-23")
    assert [t.status for t in of_type(events, "talks")] == ["held"]
    assert "extended" not in {e.status for e in of_type(events, "ceasefire")}


def test_the_deal_told_again_with_more_of_its_sides_is_one_record(extract):
    events = extract("Libya's two rival armed forces signed a permanent nationwide ceasefire on Friday at United "
                     "Nations-hosted talks in Geneva. Stephanie Williams, the acting UN envoy for Libya, said the "
                     "deal, signed by five military officers from each side, required all foreign fighters and "
                     "mercenaries to leave the country within three months. The eastern-based Libyan National Army "
                     "of Khalifa Haftar had fought a 14-month campaign to seize Tripoli.", published="2020-10-23")
    deals = [e for e in events if e.type in ("ceasefire", "agreement")]
    assert len(deals) == 1 and deals[0].place.name == "Geneva"


def test_a_group_negotiating_now_holds_talks(extract):
    [talks] = of_type(extract("The M23 rebel group is negotiating separately with Kinshasa in Doha.",
                              published="2025-06-28"), "talks")
    assert talks.status == "held" and {("M23", "participant"), ("COD", "participant")} <= roles(talks)


def test_a_truce_agreed_at_talks_takes_the_talks_day(extract):
    events = extract("A six-month ceasefire between Colombia's government and the ELN rebels came into effect on "
                     "Thursday. The truce, agreed at talks in Cuba in June, will be monitored by the United Nations.",
                     published="2023-08-04")
    [agreed] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert agreed.date.start == "2023-06"


def test_a_side_that_remains_committed_to_an_accord_the_article_told_of_adds_no_record(extract):
    events = extract("Thailand said Monday it was suspending a peace agreement with Cambodia signed last month. "
                     "Cambodia denied laying new mines and said it remained committed to the accord.",
                     published="2025-11-11")
    assert sorted(e.status for e in of_type(events, "agreement")) == ["ended", "signed"]  # (the signing its
    # participle dates: last month)


def test_the_declaration_a_side_suspends_is_the_one_told_and_soldiers_on_patrol_are_no_deal(extract):
    events = extract("Thailand and Cambodia signed a joint declaration on Sunday in Kuala Lumpur. On Nov. 10, "
                     "Thailand suspended the declaration after a landmine wounded Thai soldiers on patrol.",
                     published="2025-11-11")
    assert sorted(e.status for e in of_type(events, "agreement")) == ["ended", "signed"]


def test_what_a_phase_that_will_last_weeks_includes_is_agreed_with_the_broker_of_the_list(extract):
    events = extract("Here are the main points of the agreement announced by Qatar on Wednesday:\n"
                     "- The first phase will last six weeks and include a complete ceasefire.\n"
                     "- Hamas will release 33 Israeli hostages, including women and children.\n",
                     published="2025-01-16")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed" and ("QAT", "mediator") in roles(truce)
    [swap] = of_type(events, "prisoner_exchange")
    assert ("QAT", "participant") not in roles(swap)  # who announced the deal is no side of its points


def test_the_toll_of_fighting_a_deal_pledges_to_end_is_no_attack(extract):
    events = extract("The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday, "
                     "pledging to end fighting in eastern Congo that has killed thousands of people this year.",
                     published="2025-06-28")
    assert not of_type(events, "attack")


def test_a_region_a_side_retook_in_an_offensive_names_the_attacker(extract):
    events = extract("The two countries fought wars in 2020 and 2023 over Nagorno-Karabakh, which Azerbaijan "
                     "retook in a lightning offensive in September 2023.", published="2025-08-09")
    [offensive] = of_type(events, "attack")
    assert (roles(offensive), offensive.date.start) == ({("AZE", "initiator")}, "2023-09")


def test_who_rejected_a_plan_others_put_forward_rejects_it_and_they_proposed_it(extract):
    events = extract("The commander of Sudan's Rapid Support Forces announced a unilateral humanitarian truce on "
                     "Monday, a day after the army chief rejected a ceasefire plan put forward by the United States, "
                     "Saudi Arabia, Egypt and the United Arab Emirates.", published="2025-11-25")
    by_status = {e.status: roles(e) for e in of_type(events, "ceasefire")}
    assert by_status["proposed"] == {("USA", "initiator"), ("SAU", "initiator"), ("EGY", "initiator"),
                                     ("ARE", "initiator")}
    assert by_status["rejected"] == {("SDN", "initiator")}  # "the army chief", of the state the article named
    assert by_status["announced"] == {("RSF", "initiator")}


def test_officers_who_spoke_over_a_hotline_held_talks(extract):
    [talks] = of_type(extract("The top military operations officers of India and Pakistan spoke over a hotline on "
                              "Monday.", published="2025-05-12"), "talks")
    assert (talks.status, roles(talks)) == ("held", {("IND", "participant"), ("PAK", "participant")})


def test_the_truce_announced_hours_before_is_the_one_agreed(extract):
    events = extract("India and Pakistan agreed to stop firing on Saturday. Explosions were heard in Srinagar on "
                     "Saturday night, hours after the truce was announced, and India accused Pakistan of violating "
                     "it. The officers discussed steps to ensure that the ceasefire holds.", published="2025-05-11")
    assert sorted(e.status for e in of_type(events, "ceasefire")) == ["agreed", "violated"]


def test_a_day_earlier_counts_from_the_day_a_range_began(extract):
    events = extract("Myanmar's military government announced a temporary ceasefire on Wednesday until April 22 to "
                     "support relief efforts after last week's earthquake.\nThe announcement followed a unilateral "
                     "truce declared a day earlier by the Three Brotherhood Alliance.", published="2025-04-03")
    dates = {next(a.code for a in e.actors): e.date.start for e in of_type(events, "ceasefire")}
    assert dates == {"MMR": "2025-04-02", "BROTHERHOOD": "2025-04-01"}


def test_what_militants_are_said_to_do_is_no_attack(extract):
    events = extract("Islamabad has accused Kabul of sheltering militants who attack Pakistan.",
                     published="2025-10-30")
    assert not of_type(events, "attack") and of_type(events, "accusation")


def test_talks_hosted_by_two_and_a_first_round_elsewhere_are_two_rounds_with_both_hosts(extract):
    events = extract("Pakistan and Afghanistan have agreed to extend a ceasefire and will meet again in Istanbul on "
                     "Nov. 6.\nThe neighbours had held talks in Istanbul since Saturday, hosted by Turkey and Qatar, "
                     "after a first round in Doha produced a truce on Oct. 19.", published="2025-10-30")
    held = {e.place.name: e for e in of_type(events, "talks") if e.status == "held"}
    assert set(held) == {"Istanbul", "Doha"}
    assert {("TUR", "mediator"), ("QAT", "mediator")} <= roles(held["Istanbul"])
    assert held["Doha"].quantities == {"round": 1} and "round" not in held["Istanbul"].quantities


def test_sides_that_agree_to_stop_targeting_each_other_agree_a_truce_and_are_not_its_targets(extract):
    events = extract("The United States and Yemen's Houthis have agreed to stop targeting each other, Oman's foreign "
                     "ministry said on Tuesday, after U.S. President Donald Trump announced that Washington would "
                     "halt its bombing campaign against the group.", published="2025-05-07")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("agreed", {("USA", "participant"), ("HOUTHI", "participant")})
    assert not of_type(events, "attack")


def test_who_reports_clashes_counts_them_and_takes_no_part(extract):
    [clashes] = of_type(extract("Ukraine's General Staff reported 143 combat clashes along the front line on "
                                "Wednesday.", published="2025-04-10"), "attack")
    assert (roles(clashes), clashes.claimed_by, clashes.modality) == (set(), "UKR", "reported")


def test_what_troops_do_during_a_truce_is_no_end_of_it(extract):
    events = extract("The agreement, which took effect on Nov. 27, calls for a 60-day truce during which Israeli "
                     "troops withdraw from southern Lebanon and Hezbollah moves its fighters north of the Litani "
                     "River.", published="2024-12-20")
    assert "ended" not in {e.status for e in of_type(events, "ceasefire")}


def test_the_city_that_names_agreements_is_no_side_of_them(extract):
    [deal] = of_type(extract("The Minsk agreements of 2014 and 2015 froze the front lines in eastern Ukraine but "
                             "never produced a lasting peace.", published="2025-02-03"), "agreement")
    assert "BLR" not in {a.code for a in deal.actors} and deal.date.start == "2014"


def test_bodies_each_side_received_are_one_swap_of_the_dead(extract):
    events = extract("Ukraine received the bodies of 1,000 fallen soldiers from Russia on Thursday, the government's "
                     "coordination headquarters for prisoners of war said. Russia received the remains of 31 of its "
                     "servicemen in return, a Russian lawmaker said.", published="2025-11-03")
    [swap] = of_type(events, "prisoner_exchange")
    assert (roles(swap), swap.quantities) == ({("UKR", "participant"), ("RUS", "participant")},
                                              {"prisoners_total": 1031})


def test_who_survived_a_strike_was_its_target(extract):
    [strike] = of_type(extract("Hamas said its negotiating team survived the strike but five members were killed.",
                               published="2025-09-10"), "attack")
    assert roles(strike) == {("HAMAS", "target")}


def test_prisoners_a_side_returned_in_an_exchange_since_the_invasion_are_a_swap_and_the_invasion_no_attack(extract):
    events = extract("Ukraine returned 146 servicemen from Russian captivity on Sunday in the 63rd prisoner exchange "
                     "since the start of the full-scale invasion, President Volodymyr Zelensky said.",
                     published="2025-08-25")
    [swap] = of_type(events, "prisoner_exchange")
    assert (swap.status, swap.date.start) == ("carried_out", "2025-08-24")
    assert not of_type(events, "attack")


def test_a_crowd_storming_buildings_is_no_armed_attack(extract):
    assert not of_type(extract("Crowds stormed government buildings in Yerevan after the announcement.",
                               published="2020-11-10"), "attack")


def test_talks_led_by_an_organisations_envoy_are_mediated_by_it_and_not_by_his_former_state(extract):
    events = extract("Ethiopia's government and Tigrayan forces agreed on Wednesday to a permanent cessation of "
                     "hostilities. The agreement was signed in Pretoria after 10 days of talks led by the African "
                     "Union's envoy, former Nigerian President Olusegun Obasanjo.", published="2022-11-03")
    [talks] = of_type(events, "talks")
    assert ("AU", "mediator") in roles(talks) and "NGA" not in {a.code for a in talks.actors}


def test_talks_led_by_a_sides_minister_have_that_side_as_a_party(extract):
    [talks] = of_type(extract("The talks were led by Ukraine's defence minister Rustem Umerov.",
                              published="2025-05-16"), "talks")
    assert roles(talks) == {("UKR", "participant")}


def test_a_side_that_would_not_take_part_in_talks_rejects_them(extract):
    [talks] = of_type(extract("Moscow would not take part in any talks based on it, Zakharova said.",
                              published="2025-09-12"), "talks")
    assert (talks.status, roles(talks)) == ("rejected", {("RUS", "participant")})


def test_talks_a_side_prefers_are_not_held(extract):
    events = extract("Thai and Cambodian troops clashed on Friday. Thailand said it preferred bilateral talks and "
                     "rejected third-party mediation.", published="2025-07-25")
    assert "held" not in {t.status for t in of_type(events, "talks")}


def test_a_front_that_names_an_alliance_is_a_side_not_a_place(extract):
    [deal] = of_type(extract("Sudan's transitional government signed a peace agreement on Saturday with an alliance "
                             "of rebel groups, the Sudan Revolutionary Front, in a ceremony in Juba.",
                             published="2020-10-04"), "agreement")
    assert roles(deal) == {("SDN", "participant"), ("SRF", "participant")}


def test_hostages_freed_one_day_and_prisoners_the_next_are_each_counted(extract):
    events = extract("Three Israeli hostages were released on Sunday, the first day of the ceasefire, and Israel freed "
                     "90 Palestinian prisoners early on Monday.", published="2025-01-20")
    swaps = {e.date.start: e.quantities for e in of_type(events, "prisoner_exchange")}
    assert swaps == {"2025-01-19": {"prisoners_total": 3}, "2025-01-20": {"prisoners_total": 90}}


def test_whom_a_deal_requires_to_act_are_its_parties(extract):
    [deal] = of_type(extract('The peace agreement signed in Washington on Friday requires Rwanda to lift its '
                             '"defensive measures" and Congo to neutralise the FDLR within 90 days.',
                             published="2025-06-30"), "agreement")
    assert roles(deal) == {("RWA", "participant"), ("COD", "participant")}


def test_a_court_ordering_a_state_to_halt_its_offensive_asks_for_a_stop(extract):
    [truce] = of_type(extract("The International Court of Justice on Friday ordered Israel to immediately halt its "
                              "military offensive in Rafah.", published="2024-05-25"), "ceasefire")
    assert truce.status == "called_for" and ("ISR", "initiator") not in roles(truce)


def test_a_leader_ordering_his_minister_to_implement_a_truce_declares_it(extract):
    [truce] = of_type(extract("Russian President Vladimir Putin ordered Defense Minister Sergei Shoigu to implement a "
                              "temporary ceasefire along the entire front line.", published="2023-01-06"), "ceasefire")
    assert (truce.status, roles(truce)) == ("announced", {("RUS", "initiator")})


def test_the_olympic_truce_is_no_truce_in_a_war(extract):
    assert not extract("The UN General Assembly on Thursday adopted a resolution calling on member states to observe "
                       "the Olympic Truce during the 2026 Winter Games.", published="2024-12-14")


def test_talks_frozen_until_attacks_stop_are_suspended_and_the_condition_is_no_truce(extract):
    events = extract("Colombian President Gustavo Petro suspended a ceasefire with the Estado Mayor Central on Sunday. "
                     "The government said talks with the Estado Mayor Central would remain frozen until the group "
                     "stopped attacks.", published="2025-04-14")
    assert [t.status for t in of_type(events, "talks")] == ["cancelled"]
    assert [e.status for e in of_type(events, "ceasefire")] == ["ended"]


def test_every_sentence_of_a_timeline_entry_is_on_its_day(extract):
    events = extract("Timeline: four days of conflict\n\nApril 22: Gunmen kill 26 people near Pahalgam. India blames "
                     "Pakistan, which denies any role.\nMay 7: India strikes nine sites in Pakistan. Pakistan says 31 "
                     "civilians were killed.\n", published="2025-05-10")
    assert sorted((e.type, e.date.start, str(e.quantities)) for e in events) == [
        ("accusation", "2025-04-22", "{}"), ("attack", "2025-04-22", "{'killed': 26}"),
        ("attack", "2025-05-07", "{'killed': 31}")]


def test_talks_that_ended_with_a_side_presenting_a_proposal_leave_it_presented(extract):
    events = extract("Two days of Gaza ceasefire talks in Doha ended on Friday with the United States presenting a "
                     "bridging proposal, mediators said.", published="2024-08-16")
    [proposal] = of_type(events, "proposal")
    assert (proposal.status, roles(proposal)) == ("presented", {("USA", "initiator")})
