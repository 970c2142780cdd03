"""Readings found on batch 13 of our own articles (eval/own/pending): a sanctions press release, an armed group's
communique, a podcast transcript, a monitors' report, a translated agency item and a letter. Each is tested on
sentences written for it."""

from records import of_type, roles


def test_a_sanctions_release_punishes_attacks_it_names_and_designates_companies(extract):
    events = extract("WASHINGTON - The U.S. Department of the Treasury today imposed sanctions on the leader of "
                     "Sudan's Rapid Support Forces (RSF) for the group's attacks on civilians.\n\nTreasury also "
                     "designated seven companies based in the United Arab Emirates that it said had supplied the "
                     "RSF with weapons.\n\nThe RSF has been fighting the army since April 2023.",
                     published="2025-01-07")
    sanctions = of_type(events, "sanction")
    assert len(sanctions) == 2 and all(("USA", "initiator") in roles(s) for s in sanctions)
    attacks = of_type(events, "attack")
    assert all(("USA", "initiator") not in roles(a) for a in attacks)
    fighting = next(a for a in attacks if a.trigger.text == "fighting")
    assert {("RSF", "initiator"), ("SDN", "target")} <= roles(fighting)  # (the army a group fights at home)


def test_what_talks_brokered_by_two_produced_was_brokered_by_both(extract):
    events = extract("The RSF has been fighting Sudan's army since April 2023. U.S.- and Saudi-brokered talks in "
                     "Jeddah produced a short-lived truce in May 2023.", published="2025-01-07")
    [talks] = of_type(events, "talks")
    [truce] = of_type(events, "ceasefire")
    assert {("USA", "mediator"), ("SAU", "mediator")} <= roles(talks) and \
        {("USA", "mediator"), ("SAU", "mediator")} <= roles(truce)
    assert not any(code in ("USA", "SAU") and role != "mediator" for code, role in roles(truce))


def test_a_communique_s_we_is_its_group_and_its_calls_and_clock_times_read_right(extract):
    events = extract("1. The National Liberation Army (ELN) announces a unilateral ceasefire for the elections. "
                     "We will suspend all offensive military actions from 00:00 hours on Friday, 9 March, until "
                     "24:00 hours on Tuesday, 13 March.\n\n2. We call on the government of President Juan Manuel "
                     "Santos to return to the talks in Quito, which it left in January, and to agree to a new "
                     "bilateral ceasefire.", published="2018-03-06")
    truces = of_type(events, "ceasefire")
    assert all(("ELN", "initiator") in roles(t) for t in truces)
    assert not any("duration_hours" in t.quantities for t in truces)
    [called] = [t for t in truces if t.status == "called_for"]
    assert ("COL", "target") in roles(called)
    [left] = [t for t in of_type(events, "talks") if t.status == "cancelled"]
    assert ("COL", "initiator") in roles(left) and left.date.start == "2018-01"


def test_fighting_alongside_an_army_is_no_attack_on_it(extract):
    assert not of_type(extract("Eritrean troops, which fought alongside the Ethiopian army, were not part of the "
                               "talks.", published="2022-11-04"), "attack")
    [fought] = of_type(extract("Rebels fought against government forces in Goma on Sunday.", published="2025-01-27"),
                       "attack")
    assert fought.status == "occurred"


def test_a_podcast_s_clock_stamps_and_speaker_labels_date_nothing(extract):
    events = extract("Africa Briefing, episode 212\n\n[00:00:41] HOST: On Wednesday, November 2, in Pretoria, the "
                     "Ethiopian government and the Tigray People's Liberation Front signed an agreement for a "
                     "permanent cessation of hostilities.", published="2022-11-04")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, truce.date.start, truce.place.country) == ("agreed", "2022-11-02", "ZAF")


def test_a_truce_extended_for_two_additional_months_lasts_sixty_days(extract):
    [extended] = of_type(extract("The Houthis agreed on Thursday to extend the U.N.-brokered truce for two additional "
                                 "months.", published="2022-06-03"), "ceasefire")
    assert extended.status == "extended" and extended.quantities.get("duration_days") == 60


def test_a_letter_s_armistice_signed_as_it_and_the_guns_falling_silent(extract):
    events = extract("Sir, your report says the armistice was agreed by the two Koreas. It was signed at Panmunjom on "
                     "July 27, 1953, by the North Korean army and the Chinese People's Volunteers. The guns fell "
                     "silent that night, after two years of talks that began at Kaesong in July 1951.",
                     published="2023-07-27")
    signed = next(e for e in of_type(events, "ceasefire") if e.trigger.text == "signed")
    assert signed.date.start == "1953-07-27" and {("PRK", "participant"), ("CHN", "participant")} <= roles(signed)
    assert any(e.status == "in_effect" for e in of_type(events, "ceasefire"))
    [talks] = of_type(events, "talks")
    assert talks.date.start == "1951-07"


def test_an_it_not_yet_signed_or_only_wished_kept_is_no_event(extract):
    events = extract("The Hodeidah deal was agreed in Stockholm on Thursday. The text says the ceasefire starts as "
                     "soon as it is signed. Biden welcomed the truce and said it must be respected.",
                     published="2018-12-14")
    assert not any(e.trigger.text in ("signed", "respected") for e in events)


def test_a_correction_s_it_was_signed_is_the_signing_it_corrects(extract):
    events = extract("ASMARA, July 9 (Wire) - The leaders of Ethiopia and Eritrea signed a declaration in Asmara on "
                     "Monday saying the state of war between them had ended.\n\nCorrection: An earlier version of this "
                     "story said the declaration was signed on Sunday. It was signed on Monday, a day after the talks.",
                     published="2018-07-10")
    signings = [e for e in of_type(events, "agreement") if e.status == "signed" and e.date.start == "2018-07-09"]
    assert len(signings) == 1 and signings[0].evidence.text.startswith("The leaders")


def test_a_place_a_report_opens_with_is_where_what_it_saw_happened_not_where_a_speaker_spoke(extract):
    [shelling] = of_type(extract("In Luhansk region, the monitors saw damage caused by shelling to a kindergarten "
                                 "in Stanytsia Luhanska.", published="2022-02-18"), "attack")
    assert shelling.place.country == "UKR"
    [truce] = of_type(extract("In Washington, Trump said Israel and Hamas had agreed to a ceasefire.",
                              published="2025-01-15"), "ceasefire")
    assert truce.place is None or truce.place.country != "USA"


def test_a_letter_s_story_of_1953_dates_its_night_and_its_undated_refusal_in_1953(extract):
    events = extract("Sir, your report rightly notes that no peace treaty was ever signed. The armistice was signed "
                     "at Panmunjom on July 27, 1953, by the United Nations Command, the North Korean army and the "
                     "Chinese People's Volunteers. South Korea's president, Syngman Rhee, refused to sign it. The "
                     "guns fell silent at 10 p.m. that night.", published="2023-07-27")
    truces = of_type(events, "ceasefire")
    [silent] = [t for t in truces if t.status == "in_effect"]
    assert silent.date.start.startswith("1953-07-27T22:00")
    [refused] = [t for t in truces if t.status == "rejected"]
    assert ("KOR", "initiator") in roles(refused)
    assert (refused.date.start, refused.date.precision) == ("1953", "year")


def test_an_undated_event_told_of_today_is_on_the_report_s_day_after_a_story_of_then(extract):
    events = extract("The first truce was signed in Minsk on September 5, 2014.\n\nOn Tuesday Russia rejected a "
                     "new ceasefire proposal.", published="2023-07-27")
    [refused] = [t for t in of_type(events, "ceasefire") if t.status == "rejected"]
    assert refused.date.start == "2023-07-25"


def test_an_editor_s_words_in_brackets_do_not_cut_the_sentence(extract):
    [extended] = of_type(extract("SANAA - The head of the national delegation, Mohammed Abdulsalam [the Houthis' chief "
                                 "negotiator], said on Thursday that the delegation agreed to extend the truce for two "
                                 "additional months.", published="2022-06-03"), "ceasefire")
    assert extended.status == "extended" and extended.date.start == "2022-06-02"
    assert extended.evidence.text.startswith("The head of the national delegation")
    assert ("HOUTHI", "participant") in roles(extended)


def test_a_mediator_announcing_the_sides_extension_brokered_it_and_the_truce_s_start_is_told_apart(extract):
    events = extract("SANAA - The Houthis' chief negotiator said on Thursday that the group agreed to extend the "
                     "truce for two additional months, after communications with the United Nations.\n\nThe U.N. "
                     "envoy Hans Grundberg had announced the extension of the truce, which began on April 2, under the "
                     "same terms.", published="2022-06-03")
    truces = of_type(events, "ceasefire")
    [extended] = [t for t in truces if t.status == "extended"]
    assert {("HOUTHI", "participant"), ("UN", "mediator")} <= roles(extended) and \
        ("UN", "initiator") not in roles(extended)
    assert extended.date.start == "2022-06-02"
    [began] = [t for t in truces if t.status == "in_effect"]
    assert began.date.start == "2022-04-02" and began.place.country == "YEM"
    assert not any(code == "UN" and role != "mediator" for code, role in roles(began))


def test_talks_the_deal_came_after_were_held_where_and_when_it_was_signed(extract):
    events = extract("On Wednesday, November 2, in Pretoria, the Ethiopian government and the Tigray People's "
                     "Liberation Front signed an agreement for a permanent cessation of hostilities. It came after ten "
                     "days of talks led by the African Union.", published="2022-11-04")
    [talks] = of_type(events, "talks")
    assert talks.status == "held" and talks.place.country == "ZAF"
    assert talks.date.start == "2022-11-02" and talks.quantities.get("duration_days") == 10
    assert ("AU", "mediator") in roles(talks)
    [talks] = of_type(extract("The two sides signed a truce in Pretoria on Wednesday. Fighting came after talks "
                              "collapsed in Nairobi.", published="2022-11-04"), "talks")
    assert talks.place is None or talks.place.country != "ZAF"


def test_a_finding_that_a_side_committed_genocide_accuses_it(extract):
    events = extract("WASHINGTON - The Department of State determined on the same day that members of the RSF and "
                     "allied militias have committed genocide in Sudan.\n\nThe RSF has been fighting the army since "
                     "April 15, 2023. U.S.- and Saudi-brokered talks in Jeddah produced a short-lived truce in May "
                     "2023.", published="2025-01-07")
    [charge] = of_type(events, "accusation")
    assert {("USA", "initiator"), ("RSF", "target")} <= roles(charge) and charge.date.start == "2025-01-07"
    [truce] = of_type(events, "ceasefire")  # (who finds a side guilty is no side of its war)
    assert {("SDN", "participant"), ("RSF", "participant")} <= roles(truce)
    assert not of_type(extract("The court found that the officer had committed no crime after the truce.",
                               published="2025-01-07"), "accusation")
