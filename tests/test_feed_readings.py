"""Readings found on batch 16 of our own articles (eval/own/pending): an agreement's points, a feed of dated
headlines, a spokesperson's press briefing, an army's statement, a UN noon briefing and a humanitarian news release.
Each is tested on sentences written for it."""

from records import of_type, roles


def test_a_feed_of_dated_headlines_tells_each_line_s_event_on_its_day(extract):
    events = extract("Ceasefire news: all our headlines\n\n"
                     "24 Jun 2025 - Ceasefire between Israel and Iran takes hold\n"
                     "13 Jun 2025 - Israel strikes Iran's nuclear programme, kills top military commanders",
                     published="2025-06-25")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "in_effect" and truce.date.start == "2025-06-24"
    assert {("ISR", "participant"), ("IRN", "participant")} <= roles(truce)
    [strike] = of_type(events, "attack")
    assert strike.date.start == "2025-06-13" and ("ISR", "initiator") in roles(strike)
    assert "attacks" not in strike.quantities  # (2025 is the line's year, not a count of strikes)


def test_the_secretary_general_alone_is_the_un_s_but_not_where_another_body_names_its_own(extract):
    [call] = of_type(extract("SUDAN\nThe Secretary-General condemns the killings and calls on the parties to stop "
                             "the fighting.", published="2023-11-24"), "ceasefire")
    assert call.status == "called_for" and ("UN", "initiator") in roles(call)
    for sentence, body in [("NATO Secretary-General Mark Rutte called for a ceasefire on Monday.", "NATO"),
                           ("The Secretary-General of the Arab League called for a ceasefire on Monday.",
                            "ARABLEAGUE")]:
        [call] = of_type(extract(sentence, published="2023-11-24"), "ceasefire")
        assert (body, "initiator") in roles(call) and "UN" not in {code for code, _ in roles(call)}


def test_the_clause_on_a_proposal_says_who_made_it_not_the_sentence_s_subject(extract):
    [plan] = of_type(extract("Briefing\n\nHamas has given its response to the mediators, Qatar and Egypt, on the "
                             "proposal that President Biden set out on May 31.", published="2024-06-11"), "proposal")
    assert plan.status == "presented" and plan.date.start == "2024-05-31"
    assert ("USA", "initiator") in roles(plan) and ("HAMAS", "initiator") not in roles(plan)
    [plan] = of_type(extract("Briefing\n\nIsrael presented the proposal that Egypt drafted.", published="2024-06-11"),
                     "proposal")
    assert {("ISR", "initiator"), ("EGY", "initiator")} <= roles(plan)  # (who presents it puts it forward too)


def test_a_noon_briefing_s_pause_its_hoped_for_ceasefire_and_a_release_as_agreed_by_two_sides(extract):
    events = extract("Highlights\n\nGAZA\nThe humanitarian pause in Gaza began at 7 a.m. local time this morning. The "
                     "Secretary-General welcomed it and said he hoped it would lead to a full humanitarian ceasefire.\n"
                     "This afternoon, 24 hostages held in Gaza were released, and 39 Palestinian women and children "
                     "were freed from Israeli prisons, as agreed by Israel and Hamas with the mediation of Qatar.",
                     published="2023-11-24")
    pause, hoped = sorted(of_type(events, "ceasefire"), key=lambda e: e.evidence.start)
    assert pause.status == "in_effect" and pause.date.start.startswith("2023-11-24T07")
    assert "PSE" not in {code for code, _ in roles(pause)}  # ("it" is the pause, not Gaza)
    assert hoped.status == "called_for" and roles(hoped) == {("UN", "initiator")}
    [release] = of_type(events, "prisoner_exchange")
    assert {("ISR", "participant"), ("HAMAS", "participant"), ("QAT", "mediator")} <= roles(release)
    [led] = of_type(extract("The talks led to a ceasefire between Armenia and Azerbaijan on Saturday.",
                            published="2023-11-24"), "ceasefire")
    assert led.status == "agreed"


def test_what_it_calls_for_after_a_sentence_on_an_agreed_plan_is_what_the_plan_settled(extract):
    events = extract("Georgia\n\nThe six-point plan was agreed in Moscow on Tuesday by Russian President Dmitry "
                     "Medvedev and French President Nicolas Sarkozy. It calls for an end to hostilities between "
                     "Russia and Georgia.", published="2008-08-16")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed"
    [asked] = of_type(extract("Georgia\n\nThe foreign minister arrived in Tbilisi on Tuesday. He calls for an end to "
                              "hostilities between Russia and Georgia.", published="2008-08-16"), "ceasefire")
    assert asked.status == "called_for"


def test_delegates_who_meet_detainees_visit_them_and_hold_no_talks(extract):
    assert not of_type(extract("X\n\nBefore the release, ICRC delegates met each of the detainees in private.",
                               published="2023-12-13"), "talks")
    [met] = of_type(extract("X\n\nZelensky met Erdogan in Ankara on Monday.", published="2023-12-13"), "talks")
    assert {("UKR", "participant"), ("TUR", "participant")} <= roles(met)


def test_a_briefing_s_sections_keep_their_own_sides_places_and_events(extract):
    events = extract("Highlights\n\nGAZA\nThe Secretary-General said he hoped the pause would lead to a full "
                     "humanitarian ceasefire.\nThis afternoon, 24 hostages held in Gaza were released, and 39 "
                     "Palestinian prisoners were freed, as agreed by Israel and Hamas.\n\nSUDAN\nThe Secretary-General "
                     "condemns the killings and calls on the parties to stop the fighting.", published="2023-11-24")
    calls = sorted(of_type(events, "ceasefire"), key=lambda e: e.evidence.start)
    assert [c.status for c in calls] == ["called_for", "called_for"]  # (two calls, one a section)
    sudan = calls[1]
    assert sudan.place is not None and sudan.place.country == "SDN"
    assert {code for code, _ in roles(sudan)} == {"UN"}  # (Gaza's swap sides are not Sudan's parties)


def test_a_truce_a_plan_would_begin_with_is_put_forward_by_who_presented_the_plan_on_that_day(extract):
    events = extract("Briefing\n\nHamas has given its response on the proposal that President Biden set out on May "
                     "31. We are studying it.\n\nWhat I will say is that the proposal on the table would begin with a "
                     "six-week ceasefire.", published="2024-06-11")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "proposed" and ("USA", "initiator") in roles(truce)
    assert truce.date.start == "2024-05-31" and truce.quantities.get("duration_days") == 42
    [truce] = of_type(extract("Timeline\n\nMay 31 - U.S. President Joe Biden outlines a three-phase plan, beginning "
                              "with a six-week ceasefire.\n\nJuly 31 - Hamas political leader Ismail Haniyeh is "
                              "killed in Tehran.", published="2024-08-01"), "ceasefire")
    assert truce.status == "proposed" and ("USA", "initiator") in roles(truce)
    assert truce.place is None or truce.place.country != "IRN"  # (a killing abroad does not say where the war is)


def test_one_side_persuaded_to_accept_the_deal_accepts_the_truce_and_who_persuaded_it_brokered_it(extract):
    events = extract("X\n\nA ceasefire between Israel and Iran took effect on Tuesday. Qatar helped persuade Tehran "
                     "to accept the deal, according to a diplomat.", published="2025-06-24")
    [accepted] = [e for e in of_type(events, "ceasefire") if e.status == "accepted"]
    assert roles(accepted) == {("IRN", "initiator"), ("QAT", "mediator")}
    [both] = [e for e in of_type(extract("X\n\nA ceasefire between Israel and Hezbollah took effect on Wednesday. "
                                         "Israel and Lebanon accepted the deal on Tuesday.", published="2024-11-27"),
                                 "ceasefire") if e.status != "in_effect"]
    assert both.status == "agreed"  # (two sides that accept it make it)


def test_a_feed_s_headlines_with_their_verbs_taken_for_nouns_tell_their_events(extract):
    events = extract("Feed\n\n23 Jun 2025 - Trump announces ceasefire between Israel and Iran\n"
                     "22 Jun 2025 - U.S. bombs Fordow, Natanz and Isfahan nuclear sites", published="2025-06-25")
    [truce] = of_type(events, "ceasefire")
    assert truce.date.start == "2025-06-23" and ("USA", "mediator") in roles(truce)
    assert {("ISR", "participant"), ("IRN", "participant")} <= roles(truce)
    [bombing] = of_type(events, "attack")
    assert bombing.date.start == "2025-06-22" and ("USA", "initiator") in roles(bombing)


def test_an_agreement_s_guarantor_countries_broker_it_and_its_cycles_are_rounds(extract):
    events = extract("Havana, 9 June 2023\n\nThe Government of Colombia and the National Liberation Army (ELN), "
                     "meeting in Havana at the close of the third cycle of their peace talks, with the guarantor "
                     "countries Brazil, Chile, Cuba, Mexico, Norway and Venezuela present, agree to a bilateral "
                     "ceasefire lasting 180 days.", published="2023-06-09")
    [truce] = of_type(events, "ceasefire")
    guarantors = {"BRA", "CHL", "CUB", "MEX", "NOR", "VEN"}
    assert {(code, "mediator") for code in guarantors} <= roles(truce)
    assert {("COL", "participant"), ("ELN", "participant")} <= roles(truce)
    [talks] = of_type(events, "talks")
    assert talks.quantities.get("round") == 3


def test_a_strike_ordered_on_the_day_told_is_not_an_earlier_strike_and_a_denial_answers_the_claim(extract):
    events = extract("X\n\nIsrael said Iran had fired missiles at its territory after the ceasefire came into force "
                     "early on Tuesday, and ordered retaliatory strikes on Tehran. Iran's armed forces denied firing "
                     "any missiles after the deadline.\n\nThe war began on June 13, when Israel struck Iranian "
                     "nuclear sites.", published="2025-06-24")
    attacks = of_type(events, "attack")
    by_israel = sorted((e for e in attacks if ("ISR", "initiator") in roles(e)), key=lambda e: e.date.start)
    assert [e.date.start for e in by_israel] == ["2025-06-13", "2025-06-24"]
    by_iran = [e for e in attacks if ("IRN", "initiator") in roles(e)]
    assert len(by_iran) == 1 and not by_iran[0].negated  # (claimed and denied: one alleged attack)


def test_a_channel_post_is_on_the_day_of_its_stamp_and_its_today_is_that_day(extract):
    events = extract("Border Watch\n\n\U0001F534 BREAKING | 24 July, 09:40\nThailand sends F-16 jets against "
                     "Cambodian military targets. Thai officials say at least 12 people have been killed in border "
                     "districts today.\n\n\U0001F54A 28 July, 18:30\nThailand and Cambodia agree to an immediate "
                     "ceasefire at talks in Putrajaya.", published="2025-07-29")
    days = {e.type: e.date.start[:10] for e in events if e.type in ("attack", "ceasefire")}
    assert days == {"attack": "2025-07-24", "ceasefire": "2025-07-28"}
    assert all(e.date.start[:10] == "2025-07-24" for e in of_type(events, "attack"))


def test_a_post_stamp_is_a_day_and_a_time_under_a_label_and_nothing_else():
    from trucewatch.nlp.when import post_stamp

    assert post_stamp("\U0001F534 BREAKING | 24 July, 09:40", "2025-07-29") == "2025-07-24"
    assert post_stamp("\u26A1 July 26, 22:10", "2025-07-29") == "2025-07-26"
    assert post_stamp("The war began on 24 July", "2025-07-29") is None
    assert post_stamp("30 July, 10:00", "2025-07-29") is None  # (a stamp after the page's day is no post's)


def test_a_timeline_line_in_rough_dates_dates_what_it_tells_and_a_bare_headline_verb_is_a_verb(extract):
    events = extract("Sudan's war: a rough timeline\n\nEarly December 2023 - The Jeddah talks are suspended.\n\n"
                     "Mid-December 2023 - The RSF seize Wad Madani, the capital of Gezira state.",
                     published="2025-04-15")
    [talks] = of_type(events, "talks")
    assert talks.status == "cancelled" and talks.date.start == "2023-12" and talks.date.precision == "month"
    [seized] = of_type(events, "attack")
    assert ("RSF", "initiator") in roles(seized) and seized.date.start == "2023-12"
    assert seized.place.name == "Wad Madani" and seized.place.country == "SDN"


def test_a_line_lead_is_a_date_and_only_a_date():
    from trucewatch.nlp.when import line_lead

    assert line_lead("Early December 2023 - The Jeddah talks are suspended.", "2025-04-15").start == "2023-12"
    assert line_lead("24 Jun 2025 - Ceasefire takes hold", "2025-06-25").start == "2025-06-24"
    assert line_lead("The army - and the RSF - fought on.", "2025-04-15") is None
    assert line_lead("Talks in Jeddah on 6 May - a first round", "2025-04-15") is None


def test_whom_one_spoke_to_holds_talks_but_reporters_do_not(extract):
    [call] = of_type(extract("X\n\nTrump spoke to Putin on Tuesday about a ceasefire in Ukraine.",
                             published="2025-07-29"), "talks")
    assert {("USA", "participant"), ("RUS", "participant")} <= roles(call)
    events = extract("X\n\nThai and Cambodian troops clashed on the border on Saturday. Trump says he spoke to both "
                     "prime ministers.", published="2025-07-29")
    [call] = of_type(events, "talks")
    assert ("USA", "participant") in roles(call)
    for sentence in ("The minister spoke to reporters in Ankara on Monday.", "Zelensky spoke with the BBC on Monday."):
        assert not of_type(extract("X\n\n" + sentence, published="2025-07-29"), "talks")


def test_a_town_retaken_at_home_was_taken_back_from_the_one_foe_the_article_or_its_war_names(extract):
    [palace] = of_type(extract("SUDAN\n\nThe army retook the Republican Palace in Khartoum on Friday, March 21, ending "
                               "nearly two years of RSF control of the seat of government.", published="2025-03-28"),
                       "attack")
    assert ("SDN", "initiator") in roles(palace) and ("RSF", "target") in roles(palace)
    [town] = of_type(extract("SUDAN\n\nThe army recaptured the town of Wad Madani on Saturday.",
                             published="2025-01-13"), "attack")
    assert ("SDN", "initiator") in roles(town) and not any(role == "target" for _, role in roles(town))


def test_calling_the_strike_told_before_it_aggression_accuses_its_doers(extract):
    events = extract("X\n\nThai F-16 jets struck Cambodian military targets on Thursday. Cambodia's defence ministry "
                     "called it reckless and brutal military aggression.", published="2025-07-24")
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("KHM", "initiator"), ("THA", "target")}
    assert not of_type(extract("X\n\nThai F-16 jets struck Cambodian military targets on Thursday. Cambodia's "
                               "defence ministry called it a day.", published="2025-07-24"), "accusation")


def test_troops_that_opened_fire_and_jets_sent_against_targets_attack_but_troops_sent_to_a_border_do_not(extract):
    [fire] = of_type(extract("X\n\nCambodian troops opened fire on Thai positions on Thursday.",
                             published="2025-07-25"), "attack")
    assert {("KHM", "initiator"), ("THA", "target")} <= roles(fire)
    [jets] = [e for e in of_type(extract("X\n\nThailand sent F-16 jets against Cambodian positions on Thursday, "
                                         "after clashes on the border.", published="2025-07-25"), "attack")
              if e.trigger.text == "sent"]
    assert {("THA", "initiator"), ("KHM", "target")} <= roles(jets)
    line = "Timeline\n\nMay 6, 2024 - Hamas accepts a ceasefire proposal, and Israel sends tanks into Rafah."
    [tanks] = [e for e in of_type(extract(line, published="2024-08-01"), "attack") if e.trigger.text == "sends"]
    assert ("ISR", "initiator") in roles(tanks) and tanks.date.start == "2024-05-06"
    sent = extract("X\n\nRussia sent troops to the border with Ukraine on Monday, officials said, amid fears of "
                   "an attack.", published="2025-07-25")
    assert not [e for e in of_type(sent, "attack") if "sent" in e.trigger.text]
    events = extract("X\n\nGunfire on the Thai-Cambodian border near the Ta Muen Thom temple on Thursday.",
                     published="2025-07-25")
    assert all(role != "target" for e in of_type(events, "attack") for _, role in roles(e))  # (a shared border)


def test_a_timeline_line_s_date_is_its_own_sentence_and_the_line_is_read_after_it(extract):
    [talks] = of_type(extract("Sudan\n\nAugust 2024 - Talks in Switzerland, convened by the United States, go ahead "
                              "without the army.", published="2025-04-15"), "talks")
    assert talks.status == "held" and talks.date.start == "2024-08" and ("USA", "mediator") in roles(talks)
    assert talks.evidence.text.startswith("Talks in Switzerland")


def test_both_prime_ministers_are_the_two_sides_the_article_named(extract):
    events = extract("X\n\nThai and Cambodian troops clashed on the border on Saturday. Trump says he spoke to both "
                     "prime ministers.", published="2025-07-29")
    [call] = of_type(events, "talks")
    assert {("USA", "participant"), ("THA", "participant"), ("KHM", "participant")} <= roles(call)


def test_the_agreement_named_again_after_a_truce_is_the_agreement_the_article_began_with(extract):
    events = extract("X\n\nOn the 10th of April 1998, after two years of talks, the two governments reached the "
                     "agreement in Belfast.\n\nIt came four years after the IRA's ceasefire of the 31st of August "
                     "1994. The IRA broke that ceasefire with the Docklands bomb in London in February 1996, and "
                     "restored it on the 20th of July 1997.\n\nVoters on both sides of the Irish border approved the "
                     "agreement on the 22nd of May 1998.", published="2023-04-10")
    assert not [e for e in of_type(events, "ceasefire") if e.status == "agreed"]


def test_fighting_that_stops_is_a_truce_but_attacks_that_have_not_stopped_go_on(extract):
    [stop] = of_type(extract("X\n\nThe fighting stopped on Sunday morning, residents said.", published="2025-04-28"),
                     "ceasefire")
    assert stop.status == "in_effect" and stop.date.start == "2025-04-27"
    events = extract("X\n\nIsrael's attacks on Gaza have not stopped.", published="2025-04-28")
    assert not of_type(events, "ceasefire") and of_type(events, "attack")


def test_a_court_s_arrest_warrant_accuses_whom_it_is_for_and_cutting_relations_is_a_sanction(extract):
    [warrant] = of_type(extract("X\n\nThe International Criminal Court today issued warrants of arrest for Israeli "
                                "Prime Minister Benjamin Netanyahu for war crimes.", published="2024-11-21"),
                        "accusation")
    assert {("ICC", "initiator"), ("ISR", "target")} <= roles(warrant)
    [cut] = of_type(extract("X\n\nSudan announced today the cutting of the diplomatic relations with the United Arab "
                            "Emirates.", published="2025-05-06"), "sanction")
    assert cut.status == "imposed" and ("SDN", "initiator") in roles(cut)


def test_a_live_page_s_key_points_sum_up_what_its_body_tells_with_the_evidence(extract):
    events = extract("Gaza live\n\nKey points\n- The ceasefire between Israel and Hamas took effect at noon\n"
                     "- Hamas has 72 hours to free the living hostages\n\n35m ago\nThe Israeli military said the "
                     "ceasefire took effect at 12:00 local time.", published="2025-10-10T18:00:00")
    [truce] = of_type(events, "ceasefire")
    assert truce.evidence.text.startswith("The Israeli military said")
    assert {("ISR", "participant"), ("HAMAS", "participant")} <= roles(truce)


def test_each_point_of_one_side_s_terms_is_a_demand_and_the_terms_rejected_are_those_demands(extract):
    events = extract("Putin's conditions\n\nSpeaking on Friday, 14 June 2024, President Vladimir Putin set out the "
                     "terms on which Russia would stop fighting:\n\n1. Ukraine must withdraw its troops from the "
                     "Donetsk region.\n2. Kyiv must formally give up its plan to join NATO.\n\nZelensky rejected the "
                     "terms as an ultimatum.", published="2024-06-15")
    made = [e for e in of_type(events, "demand") if e.status == "made"]
    assert len(made) == 2 and all(roles(e) == {("RUS", "initiator"), ("UKR", "target")} for e in made)
    assert all(e.date.start == "2024-06-14" for e in made)
    [rejected] = [e for e in of_type(events, "demand") if e.status == "rejected"]
    assert ("UKR", "initiator") in roles(rejected)
    agreed = extract("The deal\n\nThe two governments agreed on Friday as follows:\n\n1. Each side must withdraw its "
                     "troops from the border.", published="2024-06-15")
    assert not of_type(agreed, "demand")  # (points of a deal are agreed, not demanded)


def test_restrictive_measures_adopted_by_the_council_are_sanctions_imposed(extract):
    [package] = of_type(extract("Press release\n\nThe Council today adopted a 16th package of economic and individual "
                                "restrictive measures against Russia.", published="2025-02-24"), "sanction")
    assert package.status == "imposed" and ("RUS", "target") in roles(package)
    [listed] = of_type(extract("Press release\n\nThe Council of the EU today adopted restrictive measures against "
                               "Russia's shadow fleet.", published="2025-02-24"), "sanction")
    assert ("EU", "initiator") in roles(listed)
    assert not of_type(extract("Sport\n\nFIFA imposed sanctions on a Brazilian club on Monday.",
                               published="2025-02-24"), "sanction")


def test_a_side_s_word_that_another_broke_the_truce_is_its_charge_against_it(extract):
    events = extract("X\n\nA ceasefire between Israel and Iran took effect on Tuesday. Israel said Iran had violated "
                     "the ceasefire on Tuesday.", published="2025-06-24")
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("ISR", "initiator"), ("IRN", "target")}
    events = extract("X\n\nA ceasefire between Israel and Iran took effect on Tuesday. Israel accused Iran of "
                     "violating the ceasefire on Tuesday.", published="2025-06-24")
    assert len(of_type(events, "accusation")) == 1  # (told as an accusation already: one)
