"""Readings of what a clause around the event word tells, each on a sentence written for it: a participle that says
what a truce ended, the fighting a stop ends, the terms a deal sets out, an event a speaker says there will be none
of, the one a cause moves to act, and who hosted talks "after hosting" them."""

from records import of_type, roles


def test_the_strikes_a_truce_ends_are_no_second_truce(extract):
    events = extract("India and Pakistan agreed on Saturday to stop all firing and military action on land, in the "
                     "air and at sea, ending four days of missile and drone strikes that had brought the nuclear-armed "
                     "rivals close to war.", published="2025-05-11")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("agreed", {("IND", "participant"), ("PAK", "participant")})


def test_the_fighting_a_deal_pledges_to_end_is_the_setting(extract):
    events = extract("The foreign ministers of Congo and Rwanda signed a peace agreement at the White House on "
                     "Friday, pledging to end fighting that has killed thousands of people in eastern Congo this "
                     "year.", published="2025-06-28")
    assert not of_type(events, "attack")
    assert [e.status for e in of_type(events, "agreement")] == ["signed"]


def test_what_a_side_must_do_under_the_agreement_is_agreed_with_the_other(extract):
    [swap] = of_type(extract("Under the agreement, Hamas must release all 20 living hostages within 72 hours, and "
                             "Israel will free about 2,000 Palestinian prisoners and detainees.",
                             published="2025-10-10"), "prisoner_exchange")
    assert (swap.status, roles(swap)) == ("agreed", {("HAMAS", "participant"), ("ISR", "participant")})


def test_what_a_side_must_do_with_no_deal_named_is_only_asked(extract):
    [swap] = of_type(extract("Hamas must release all the hostages, the Israeli prime minister said.",
                             published="2025-10-01"), "prisoner_exchange")
    assert swap.status != "agreed"


def test_there_will_be_no_truce_says_the_speaker_rejects_it(extract):
    [truce] = of_type(extract("Sudan's army chief Abdel Fattah al-Burhan told troops there would be no truce while the "
                              "RSF occupied cities.", published="2025-11-14"), "ceasefire")
    assert (truce.status, roles(truce)) == ("rejected", {("SDN", "initiator")})
    [talks] = of_type(extract("Zelensky said there can be no talks while Russian troops occupy Ukrainian land.",
                              published="2025-03-01"), "talks")
    assert talks.status == "rejected" and "UKR" in talks.codes()


def test_no_deal_on_a_condition_is_no_rejection(extract):
    for text in ("Trump said there will be no deal if Hamas refuses.",
                 "Hamas said there could be no deal without a full withdrawal."):
        assert not [e for e in extract(text, published="2025-10-01") if e.status == "rejected"], text


def test_whom_an_attack_prompted_to_suspend_talks_suspended_them(extract):
    [talks] = of_type(extract("The ELN killed two soldiers in a truck bomb attack in Arauca in September, prompting "
                              "President Gustavo Petro to suspend the negotiations.", published="2024-11-03"), "talks")
    assert talks.status == "cancelled" and "COL" in talks.codes()


def test_the_cause_that_led_a_side_to_accept_is_no_side(extract):
    [truce] = of_type(extract("Pressure from Washington led Russia to accept the ceasefire.", published="2025-03-14"),
                      "ceasefire")
    assert (truce.status, roles(truce)) == ("accepted", {("RUS", "initiator")})


def test_who_spoke_after_hosting_talks_hosted_them(extract):
    [talks] = of_type(extract("Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire, "
                              "Malaysian Prime Minister Anwar Ibrahim said after hosting talks between the two "
                              "countries' leaders.", published="2025-07-29"), "talks")
    assert roles(talks) == {("MYS", "mediator"), ("THA", "participant"), ("KHM", "participant")}


def test_the_talks_told_again_are_the_talks_told_before_not_the_wars_sides(extract):
    events = extract("Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate 30-day ceasefire "
                     "with Russia, after more than eight hours of talks with American officials in Saudi Arabia.\n"
                     "Hours before the talks began, Ukraine launched its largest drone attack on Moscow of the war, "
                     "killing three people, Russian officials said.", published="2025-03-12")
    [talks] = of_type(events, "talks")
    assert talks.codes("participant") == {"USA", "UKR"}


def test_who_used_the_devices_that_exploded_did_not_set_them_off(extract):
    [attack] = of_type(extract("Thousands of pagers used by Hezbollah members exploded across Lebanon on Tuesday, "
                               "killing 12 people.", published="2024-09-18"), "attack")
    assert ("HEZBOLLAH", "initiator") not in roles(attack)


def test_the_captor_of_the_hostages_a_plan_frees_is_a_side_of_the_swap(extract):
    [swap] = of_type(extract("The U.N. Security Council on Monday adopted a U.S.-drafted resolution backing a "
                             "three-phase plan for a ceasefire in Gaza and the release of hostages held by Hamas.",
                             published="2024-06-11"), "prisoner_exchange")
    assert roles(swap) == {("HAMAS", "participant")}


def test_the_entries_of_a_timeline_on_different_days_are_different_events(extract):
    events = extract("Here is a timeline of key events:\n"
                     "Sept. 17, 2024 - Thousands of pagers used by Hezbollah members explode across Lebanon, killing "
                     "12 people.\n"
                     "Sept. 27, 2024 - An Israeli airstrike in Beirut kills Hezbollah leader Hassan Nasrallah.\n",
                     published="2024-11-27")
    attacks = {e.date.start: e.quantities for e in of_type(events, "attack")}
    assert attacks == {"2024-09-17": {"killed": 12}, "2024-09-27": {}}


def test_leaders_struck_as_they_met_are_the_target_and_the_striker_killed(extract):
    [attack] = of_type(extract("Israel carried out an airstrike on Hamas leaders in the Qatari capital on Tuesday as "
                               "they met to discuss a U.S. ceasefire proposal, killing five members of the group.",
                               published="2025-09-10"), "attack")
    assert roles(attack) == {("ISR", "initiator"), ("HAMAS", "target")}
    assert attack.place.name == "Doha"


def test_the_killing_strikes_came_after_is_an_attack_of_its_own(extract):
    attacks = of_type(extract("Israel carried out a wave of strikes across Gaza on Sunday after two soldiers were "
                              "killed in Rafah.", published="2025-10-20"), "attack")
    assert sorted((e.place.name, e.quantities.get("killed")) for e in attacks) == [("Gaza Strip", None),
                                                                                 ("Rafah", 2)]


def test_what_a_faction_accuses_the_army_of_launching_is_the_armys_attack(extract):
    events = extract("Colombian President Gustavo Petro suspended a ceasefire with a faction of FARC dissidents on "
                     "Sunday after the group attacked soldiers in Cauca province, killing two.\n"
                     "The faction has accused the army of launching operations in breach of the truce.",
                     published="2025-04-14")
    [accusation] = of_type(events, "accusation")
    assert roles(accusation) == {("EMC", "initiator"), ("COL", "target")}
    assert {(e.status, frozenset(e.codes("initiator"))) for e in of_type(events, "attack")} == {
        ("occurred", frozenset({"EMC"})), ("occurred", frozenset({"COL"}))}
    assert [e.codes("initiator") for e in of_type(events, "ceasefire") if e.status == "violated"] == [{"COL"}]


def test_a_violation_a_side_names_as_its_condition_is_no_violation(extract):
    events = extract("Iran will respect the ceasefire with Israel as long as Israel does not violate it, President "
                     "Masoud Pezeshkian said on Tuesday.", published="2025-06-25")
    assert not [e for e in events if e.status == "violated"]


def test_a_side_committed_to_the_truce_told_adds_no_deal(extract):
    events = extract("A ceasefire between Israel and Hamas took effect on Friday.\nHamas said it was committed to the "
                     "truce.", published="2025-10-12")
    assert [e.status for e in events] == ["in_effect"]


def test_a_truce_a_side_resumed_enforcing_is_in_force_by_its_word(extract):
    events = extract("Israel said on Sunday that it had struck Hamas targets in Rafah, then announced that it had "
                     "resumed enforcing the truce.", published="2025-10-20")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, truce.codes()) == ("in_effect", {"ISR"})


def test_the_army_of_the_fallen_whose_bodies_are_handed_over_is_the_other_side(extract):
    events = extract("Russia handed over the bodies of 6,000 Ukrainian soldiers this week under the terms agreed at "
                     "talks in Istanbul, officials said on Thursday.\nThe two sides also exchanged wounded and young "
                     "prisoners of war on Monday.", published="2025-06-05")
    assert [e.codes("participant") for e in of_type(events, "prisoner_exchange")] == [{"RUS", "UKR"}] * 2


def test_the_freed_fighters_own_land_is_no_side_of_the_half_that_freed_them(extract):
    events = extract("Ukraine said on Thursday that Russia had freed 215 Ukrainian and foreign fighters in a prisoner "
                     "swap brokered by Turkey and Saudi Arabia.\nIn return, Ukraine handed over 55 prisoners.",
                     published="2022-09-22")
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.quantities["prisoners_total"] == 270


def test_who_adopted_a_resolution_calling_for_a_truce_asks_for_it_and_who_vetoed_one_does_not(extract):
    [truce] = of_type(extract("The U.N. General Assembly on Friday adopted a resolution calling for an immediate, "
                              "durable and sustained humanitarian truce in Gaza.", published="2023-10-27"), "ceasefire")
    assert (truce.status, roles(truce)) == ("called_for", {("UN", "initiator")})
    events = extract("Washington had vetoed three previous draft resolutions calling for a ceasefire.",
                     published="2024-03-25")
    assert not [e for e in events if ("USA", "initiator") in roles(e)]


def test_mediators_who_would_reconvene_plan_talks(extract):
    events = extract("Two days of talks in Doha on a Gaza ceasefire ended on Friday without a breakthrough, but "
                     "mediators said they would reconvene in Cairo next week.", published="2024-08-16")
    assert sorted((e.status, e.place.name) for e in of_type(events, "talks")) == [("held", "Doha"),
                                                                                   ("planned", "Cairo")]


def test_a_proposal_leaning_towards_a_side_is_not_put_to_it(extract):
    events = extract("The United States presented a bridging proposal on Friday. Hamas said the proposal leaned "
                     "towards Israel's positions.", published="2024-08-16")
    assert [roles(e) for e in of_type(events, "proposal")] == [{("USA", "initiator")}]


def test_the_side_named_on_assault_operations_carries_them_out(extract):
    [attack] = of_type(extract("Ukrainian President Volodymyr Zelensky said air raid alerts had sounded across "
                               "Ukraine and that Russian assault operations were continuing along the front.",
                               published="2025-04-20"), "attack")
    assert roles(attack) == {("RUS", "initiator")}


def test_the_national_liberation_army_is_colombias_eln(extract):
    [truce] = of_type(extract("The Colombian government and the National Liberation Army rebel group agreed on "
                              "Saturday to extend their bilateral ceasefire by six months.", published="2024-04-07"),
                      "ceasefire")
    assert (truce.status, truce.codes()) == ("extended", {"COL", "ELN"})


def test_an_offer_to_mediate_is_no_talks_held(extract):
    events = extract("Malaysia, which chairs ASEAN, offered to mediate between Thailand and Cambodia on Friday.",
                     published="2025-07-25")
    assert not [e for e in of_type(events, "talks") if e.status == "held"]


def test_rebels_a_named_group_leads_are_its_fighters_not_their_states(extract):
    [attack] = of_type(extract("Syrian rebels led by Hayat Tahrir al-Sham seized Damascus on Sunday.",
                               published="2024-12-09"), "attack")
    assert ("HTS", "initiator") in roles(attack) and ("SYR", "initiator") not in roles(attack)


def test_rebels_named_by_their_country_alone_keep_its_code(extract):
    [attack] = of_type(extract("Ivory Coast rebels attacked a government post near Bouake on Friday.",
                               published="2002-11-01"), "attack")
    assert attack.codes("initiator") == {"CIV"}


def test_troops_moving_into_a_buffer_zone_make_no_deal(extract):
    events = extract("Israel said its troops had moved into the demilitarised buffer zone on the Golan Heights.",
                     published="2024-12-09")
    assert not of_type(events, "agreement")


def test_tanks_seizing_a_border_crossing_attack(extract):
    [attack] = of_type(extract("Israeli tanks seized the Rafah crossing between Gaza and Egypt on Tuesday, hours after "
                               "Hamas said it had accepted a ceasefire proposal.", published="2024-05-07"), "attack")
    assert attack.codes("initiator") == {"ISR"}


def test_the_hours_of_a_truce_are_not_the_talks_it_came_after(extract):
    events = extract("Sudan's army and the Rapid Support Forces agreed to a 72-hour ceasefire starting at midnight on "
                     "Monday after 48 hours of intense negotiations, Blinken said.", published="2023-04-25")
    assert [t.quantities.get("duration_hours") for t in of_type(events, "talks")] == [48]  # (their own hours)
    assert [t.quantities.get("duration_hours") for t in of_type(events, "ceasefire")] == [72]


def test_who_condemns_the_attack_told_accuses_its_doer(extract):
    events = extract("Israel carried out an airstrike on Hamas leaders in Doha on Tuesday, killing five members of "
                     "the group.\nQatar condemned the attack as a flagrant violation of international law.",
                     published="2025-09-10")
    [accusation] = of_type(events, "accusation")
    assert roles(accusation) == {("QAT", "initiator"), ("ISR", "target")}


def test_condemning_an_attack_of_no_named_doer_accuses_nobody_in_particular(extract):
    events = extract("A car bomb killed 12 people at a market in Mogadishu on Friday.\nThe government condemned the "
                     "attack.", published="2025-02-01")
    assert all(not e.codes("target") for e in of_type(events, "accusation"))
