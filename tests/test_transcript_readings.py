"""Readings found on batch 19 of our own articles (eval/own/pending): a press conference transcript, a wrap from two
capitals, an armed group's first-person statement, a parliament's summary record, a junta's numbered announcement and
a television bulletin's transcript. Each is tested on sentences written for it."""

from records import of_type, roles
from trucewatch.ingest.clean import clean


def test_a_transcript_s_speaker_label_is_cut_off_and_kept_as_who_speaks():
    text = ("Doha press conference: transcript\n\nSHEIKH MOHAMMED BIN ABDULRAHMAN AL THANI: The ceasefire will take "
            "effect on Sunday.\n\nQUESTION: What does the first phase include?\n\nAL THANI: It lasts forty-two days.")
    segments = clean(text).segments
    said = [(text[s.start:s.end], s.speaker) for s in segments if s.kind == "body"]
    assert said == [("The ceasefire will take effect on Sunday.", "SHEIKH MOHAMMED BIN ABDULRAHMAN AL THANI"),
                    ("What does the first phase include?", "QUESTION"), ("It lasts forty-two days.", "AL THANI")]
    plain = "KYIV, May 10 (Reuters) - Russia struck Kyiv overnight."
    assert [s.speaker for s in clean(plain).segments] == [None]  # (a dateline is no speaker)


def test_a_transcript_s_we_is_who_has_the_floor(extract):
    events = extract("Doha press conference: transcript\n\nSHEIKH MOHAMMED BIN ABDULRAHMAN AL THANI: We call on both "
                     "sides to agree to an immediate ceasefire in Gaza.\n\nQUESTION: What does the plan include?\n\n"
                     "AL THANI: It lasts forty-two days.", published="2025-01-15")
    [call] = of_type(events, "ceasefire")
    assert call.status == "called_for" and ("QAT", "initiator") in roles(call)


def test_one_capitalised_place_before_a_colon_is_a_dateline_not_a_speaker():
    text = "ISLAMABAD: Pakistan said on Saturday it remained committed to the ceasefire with India."
    [segment] = clean(text).segments
    assert segment.speaker is None


def test_those_glad_to_announce_that_two_named_parties_agreed_brokered_it(extract):
    [deal] = of_type(extract("Qatar, Egypt and the United States are glad to announce that the two parties in Gaza, "
                             "Israel and Hamas, have reached an agreement on a ceasefire.", published="2025-01-15"),
                     "ceasefire")
    assert deal.status == "agreed"
    assert {("ISR", "participant"), ("HAMAS", "participant"), ("QAT", "mediator"), ("EGY", "mediator"),
            ("USA", "mediator")} <= roles(deal)


def test_a_parliament_lifting_a_terrorist_designation_lifts_a_sanction_on_whom_it_named(extract):
    events = extract("House of Peoples' Representatives: summary record\n\nThe House voted by a majority to lift the "
                     "designation of the Tigray People's Liberation Front (TPLF) as a terrorist organisation.",
                     published="2023-03-22")
    [lifted] = of_type(events, "sanction")
    assert lifted.status == "lifted" and roles(lifted) == {("ETH", "initiator"), ("TPLF", "target")}


def test_a_statement_s_issuer_declares_what_it_declares_and_its_we_are_in_a_ceasefire(extract):
    [truce] = of_type(extract("State Administration Council Information Team: announcement on a temporary "
                              "ceasefire\n\n1. For the sake of peace, a temporary ceasefire is declared from 2 April "
                              "to 22 April 2025.", published="2025-04-02"), "ceasefire")
    assert truce.status == "announced" and ("MMR", "initiator") in roles(truce)
    [truce] = of_type(extract("Statement of the PKK Executive Committee\n\n1 March 2025\n\nFrom today we are in a "
                              "ceasefire. Our forces will not carry out any armed action unless attacked.",
                              published="2025-03-01"), "ceasefire")
    assert truce.status == "announced" and ("PKK", "initiator") in roles(truce) and truce.date.start == "2025-03-01"


def test_what_armed_groups_are_warned_not_to_do_is_no_attack_and_bombing_kept_up_is(extract):
    events = extract("Myanmar's junta extended its ceasefire on Tuesday. It again warned armed groups against "
                     "attacking or moving into new areas, and the ethnic armed groups are warned not to attack. The "
                     "air force kept bombing villages in Sagaing throughout the truce.", published="2025-04-22")
    [bombing] = of_type(events, "attack")
    assert bombing.status == "occurred" and ("MMR", "initiator") in roles(bombing)


def test_a_pause_an_armed_group_declared_is_its_truce(extract):
    [pause] = of_type(extract("Myanmar's junta extended its ceasefire. The Three Brotherhood Alliance, which declared "
                              "its own pause on 1 April, has not said whether it will match it.",
                              published="2025-04-22"), "ceasefire")[1:]
    assert pause.status == "announced" and pause.date.start == "2025-04-01"
    assert ("BROTHERHOOD", "initiator") in roles(pause)


def test_a_wrap_s_deal_announced_on_a_platform_is_its_truce_and_struck_bases_named_one_by_one_place_the_strike(
        extract):
    events = extract("India and Pakistan agreed on Saturday to stop all firing and military action from 5 p.m. "
                     "Indian time.\n\nU.S. President Donald Trump had announced the agreement on his social media "
                     "platform, saying it came after a long night of talks.\n\nEarlier on Saturday, Indian missiles "
                     "struck several Pakistani air bases, including Nur Khan near Rawalpindi.", published="2025-05-10")
    assert not of_type(events, "agreement")  # (the agreement announced is the truce told before)
    [strike] = of_type(events, "attack")
    assert strike.place.country == "PAK" and ("IND", "initiator") in roles(strike)


def test_a_truce_told_as_first_declared_is_the_side_s_truce_told_before_it(extract):
    events = extract("Myanmar's military government has extended its temporary ceasefire until the end of April.\n\n"
                     "The truce, first declared on 2 April, was due to end today.\n\nThe Three Brotherhood Alliance, "
                     "which declared its own pause on 1 April, has not said whether it will match the extension.",
                     published="2025-04-22")
    declared = {e.date.start: roles(e) for e in of_type(events, "ceasefire") if e.status == "announced"}
    assert declared == {"2025-04-02": {("MMR", "initiator")}, "2025-04-01": {("BROTHERHOOD", "initiator")}}


def test_one_side_declaring_a_truce_that_takes_effect_today_declares_it_whoever_it_faces(extract):
    events = extract("The Kurdistan Workers' Party (PKK) declared a ceasefire with Turkey on Saturday. \"We are "
                     "declaring a ceasefire that takes effect today,\" its executive committee said.",
                     published="2025-03-01")
    truces = of_type(events, "ceasefire")
    assert truces and all(t.status == "announced" and roles(t) == {("PKK", "initiator")} for t in truces)


def test_a_deal_a_third_side_announced_on_social_media_is_the_truce_it_brokered(extract):
    events = extract("India and Pakistan agreed on Saturday to a ceasefire. U.S. President Donald Trump had announced "
                     "the deal on social media, saying it followed a long night of talks.", published="2025-05-10")
    assert not of_type(events, "agreement")
    [truce] = of_type(events, "ceasefire")
    assert {("IND", "participant"), ("PAK", "participant"), ("USA", "mediator")} <= roles(truce)
