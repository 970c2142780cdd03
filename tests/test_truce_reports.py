"""Readings that reports of truces need, each on a sentence written for it: a proposal accepted, a violation
counted or alleged in the present tense, a halt to bombing on both sides, drones shot down, a threat to keep
striking, talks with one side named, a dateline that names a country, a deal named for a city, a word of a name,
the government of the country a truce is in, and a pause one side says it will agree to."""


from records import of_type, roles


def test_accepting_a_proposal_for_a_truce_accepts_the_truce(extract):
    truces = of_type(extract("Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate "
                             "30-day ceasefire with Russia.", published="2025-03-11"), "ceasefire")
    # (and whose proposal it was: the U.S. proposed it)
    assert {t.status: roles(t) for t in truces} == {"accepted": {("UKR", "initiator"), ("RUS", "participant")},
                                                    "proposed": {("USA", "initiator")}}


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
    events = extract("India's army had recorded 5,133 violations of the truce by Pakistan in 2020.",
                     published="2021-02-25")
    [violated] = of_type(events, "ceasefire")
    assert (violated.status, roles(violated), violated.claimed_by) == ("violated", {("PAK", "initiator")}, "IND")
    [charge] = of_type(events, "accusation")  # (and the count is India's charge against Pakistan)
    assert roles(charge) == {("IND", "initiator"), ("PAK", "target")}


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


def test_a_threat_on_a_condition_is_a_threat_aimed_at_whoever_the_condition_names(extract):
    [attack] = extract("Israel said it would strike if Hezbollah breached the deal.", published="2024-11-27")
    assert (attack.status, attack.modality) == ("threatened", "hypothetical")
    assert roles(attack) == {("ISR", "initiator"), ("HEZBOLLAH", "target")}
    assert not extract("Israel said a ceasefire would hold if Hezbollah withdrew.", published="2024-11-27")


def test_a_rate_of_release_is_no_release(extract):
    assert not of_type(extract("Israel's government said the pause could be extended by one day for every 10 "
                               "additional hostages released.", published="2023-11-22"), "prisoner_exchange")


def test_talks_a_deal_was_reached_in_were_held(extract):
    events = extract("India and Pakistan agreed to observe the ceasefire. The agreement was reached in talks over a "
                     "hotline between the two armies.", published="2021-02-25")
    [talks] = of_type(events, "talks")
    assert (talks.status, {a.code for a in talks.actors}) == ("held", {"IND", "PAK"})


def test_helpers_and_the_un_in_un_mediated_talks_are_mediators(extract):
    events = extract("Israel and Hamas agreed to a four-day truce in Gaza. The deal, brokered by Qatar with help from "
                     "Egypt and the United States, is the first truce in seven weeks of war.", published="2023-11-22")
    [truce] = of_type(events, "ceasefire")  # the deal is the truce
    assert roles(truce) == {("ISR", "participant"), ("HAMAS", "participant"), ("QAT", "mediator"),
                            ("EGY", "mediator"), ("USA", "mediator")}
    events = extract("The two sides signed a ceasefire on Friday at United Nations-mediated talks in Geneva.",
                     published="2020-10-23")
    assert all(("UN", "mediator") in roles(e) for e in events) and len(events) == 2


def test_a_deal_in_apposition_to_a_truce_is_the_truce(extract):
    events = extract("Libya's rival factions signed a permanent ceasefire on Friday in Geneva, a deal the UN said "
                     "marked a turning point.", published="2020-10-23")
    assert [e.type for e in events] == ["ceasefire"]


def test_where_talks_are_due_to_begin_is_their_place(extract):
    for sentence, country in [("Political talks are scheduled to begin in Tunisia in November.", "TUN"),
                              ("The talks are due to resume in Doha on Monday.", "QAT")]:
        [talks] = extract(sentence, published="2020-10-23")
        assert (talks.status, talks.place.country) == ("planned", country)


def test_the_capital_of_a_demonym_is_that_states_capital(extract):
    [talks] = extract("Russia and Ukraine held talks in the Belarusian capital on Thursday.", published="2015-02-12")
    assert (talks.place.name, talks.place.country) == ("Minsk", "BLR")


def test_talks_a_deal_came_after_are_dated_by_the_deal_not_by_when_it_takes_effect(extract):
    events = extract("The leaders of Russia and Ukraine agreed on Thursday to a ceasefire that will take effect at "
                     "midnight on Feb. 15, after 16 hours of talks in Minsk.", published="2015-02-12")
    [talks] = of_type(events, "talks")
    assert talks.date.start == "2015-02-12"


def test_a_truce_misparsed_as_agreeing_is_what_befell_it(extract):
    # (the participle is a step of its own too, since the parse is mended: agreed in Minsk, then ended)
    truces = extract("A ceasefire agreed in Minsk in September collapsed within weeks.", published="2015-02-12")
    assert {(e.status, e.date.start) for e in truces} == {("ended", "2014-09"), ("agreed", "2014-09")}
    assert next(e for e in truces if e.status == "agreed").place.country == "BLR"


def test_fighting_that_continued_is_an_attack_and_shelling_as_a_kind_of_act_is_none(extract):
    [attack] = extract("Fighting continued on Thursday around the rail hub of Debaltseve.", published="2015-02-12")
    assert (attack.status, attack.date.start) == ("occurred", "2015-02-12")
    assert not extract("Shelling civilians is a war crime.", published="2015-02-12")


def test_the_toll_of_an_insurgency_is_no_attack(extract):
    assert not extract("The PKK has waged an insurgency against the Turkish state since 1984 in which more than "
                       "40,000 people have been killed.", published="2025-03-01")
    [attack] = extract("Russia launched a strike on Kyiv in which 12 people were killed.", published="2025-03-01")
    assert attack.quantities == {"killed": 12}


def test_what_befalls_the_truce_befalls_the_truce_the_article_told_of(extract):
    events = extract("Israel and Hamas agreed on Wednesday to a four-day truce in Gaza. On Nov. 27, Qatar announced "
                     "that the truce had been extended by two days.", published="2023-11-22")
    [extended] = [e for e in of_type(events, "ceasefire") if e.status == "extended"]
    assert {a.code for a in extended.actors if a.role == "participant"} == {"ISR", "HAMAS"}
    events = extract("Israel and Hamas agreed on Wednesday to a four-day truce. A truce elsewhere was extended.",
                     published="2023-11-22")
    assert [(e.status, {a.code for a in e.actors}) for e in events] == [("agreed", {"ISR", "HAMAS"})]  # "a truce"
    # is not the truce told of, and alone, with nobody, nowhere, it is no record


def test_a_swap_of_the_dead_a_day_earlier_is_a_second_swap(extract):
    events = extract("Russia and Ukraine each returned 103 prisoners of war on Saturday in an exchange mediated by the "
                     "United Arab Emirates. A day earlier, the two sides exchanged the bodies of dozens of soldiers.",
                     published="2024-09-14")
    swaps = of_type(events, "prisoner_exchange")
    assert sorted(e.date.start for e in swaps) == ["2024-09-13", "2024-09-14"]
    [living] = [e for e in swaps if e.date.start == "2024-09-14"]
    assert living.quantities == {"prisoners_per_side": 103} and ("ARE", "mediator") in roles(living)


def test_what_a_deal_provides_for_is_agreed(extract):
    [swap] = of_type(extract("Qatar said the agreement provides for the exchange of 50 detainees from each side.",
                             published="2024-01-23"), "prisoner_exchange")
    assert (swap.status, swap.quantities) == ("agreed", {"prisoners_per_side": 50})


def test_whoever_undertakes_mediation_efforts_mediates(extract):
    [talks] = of_type(extract("Qatar welcomed the deal, reached in the framework of the mediation efforts undertaken "
                              "by the State of Qatar.", published="2024-01-23"), "talks")
    assert roles(talks) == {("QAT", "mediator")}


def test_suspending_participation_in_talks_cancels_them_where_they_were(extract):
    [talks] = extract("Sudan's army suspended its participation in talks with the RSF in Jeddah on Wednesday.",
                      published="2023-06-01")
    assert talks.status == "cancelled" and talks.place.country == "SAU"
    assert {("SDN", "initiator"), ("RSF", "participant")} <= roles(talks)  # one side's act on the talks


def test_being_ready_to_halt_strikes_offers_a_truce(extract):
    [truce] = extract("Zelenskyy said Ukraine was ready to stop striking energy facilities for 30 days if Russia did "
                      "the same.", published="2025-04-20")
    assert (truce.status, roles(truce), truce.quantities) == ("proposed", {("UKR", "initiator")}, {"duration_days": 30})


def test_a_halt_to_strikes_is_a_truce_and_an_end_to_the_fighting_told_of_is_none(extract):
    [truce] = extract("Kyiv proposes a 30-day halt to strikes on civilian infrastructure.", published="2025-04-20")
    assert (truce.type, truce.status) == ("ceasefire", "proposed")
    [truce] = extract("Russia announced a halt to its offensive.", published="2025-04-20")
    assert (truce.type, truce.status) == ("ceasefire", "announced")
    assert not of_type(extract("An end to the fighting is still a long way off.", published="2025-04-20"),
                       "ceasefire")


def test_a_deal_named_for_a_city_has_no_party_there_and_ending_a_war_does_not_end_it(extract):
    events = extract("Two years after the Pretoria agreement ended the war in Tigray, the deal is under strain. The "
                     "African Union brokered the accord between the federal government and the Tigray People's "
                     "Liberation Front in November 2022.", published="2024-11-14")
    [deal] = of_type(events, "agreement")  # (one deal: "two years after" and "in November 2022" are one year)
    assert deal.status == "agreed"
    assert roles(deal) == {("AU", "mediator"), ("TPLF", "participant"), ("ETH", "participant")}  # no South
    # Africa, named for Pretoria; "the federal government" is Ethiopia's, the TPLF's country


def test_a_word_of_a_name_names_no_event_and_un_led_talks_are_mediated_by_the_un(extract):
    events = extract("Libya's two warring sides signed a permanent ceasefire agreement on Friday at U.N.-led talks "
                     "in Geneva. The Government of National Accord in Tripoli and Khalifa Haftar's Libyan National "
                     "Army have been fighting since 2014.", published="2020-10-23")
    assert all("Government of National Accord" not in e.evidence.text for e in events)
    [talks] = of_type(events, "talks")
    assert roles(talks) == {("UN", "mediator")}


def test_the_government_of_the_country_a_truce_is_in_and_a_truce_that_lapsed_unextended(extract):
    events = extract("A six-month truce in Yemen expired on Sunday evening after the Houthi rebels and the "
                     "government failed to agree on extending it, the U.N. envoy said.", published="2022-10-03")
    sides = {("HOUTHI", "participant"), ("YEM", "participant")}
    assert sorted((e.status, frozenset(roles(e))) for e in of_type(events, "ceasefire")) == [
        ("ended", sides), ("failed", sides)]  # the truce lapsed; its extension was sought, and not reached


def test_a_pause_one_side_says_it_will_agree_to_is_its_offer(extract):
    events = extract("Hamas has demanded a permanent ceasefire, while Israel has said it will only agree to a "
                     "temporary pause.", published="2024-04-07")
    assert {(e.status, frozenset(roles(e))) for e in of_type(events, "ceasefire")} == {
        ("called_for", frozenset({("HAMAS", "initiator")})), ("proposed", frozenset({("ISR", "initiator")}))}
