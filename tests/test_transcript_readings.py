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


def test_a_truce_s_first_day_told_by_a_speaker_is_announced_by_the_speaker_s_side(extract):
    events = extract("Doha press conference on the Gaza agreement: transcript\n\nSHEIKH MOHAMMED BIN ABDULRAHMAN AL "
                     "THANI: Israel and Hamas have reached an agreement on a ceasefire. The ceasefire will take effect "
                     "on Sunday, 19 January.\n\nQUESTION: What does the first phase include?\n\nAL THANI: It lasts "
                     "forty-two days.", published="2025-01-15")
    [start] = [e for e in of_type(events, "ceasefire") if e.status == "announced"]
    assert start.date.start == "2025-01-19" and ("QAT", "initiator") in roles(start)
    [deal] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert {("ISR", "participant"), ("HAMAS", "participant")} <= roles(deal)


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


def test_who_tells_of_a_truce_s_first_day_announces_it(extract):
    events = extract("Israel and Hamas agreed a ceasefire on Wednesday. Sheikh Mohammed bin Abdulrahman Al Thani told "
                     "a news conference in Doha that the truce would take effect on Sunday.", published="2025-01-15")
    [start] = [e for e in of_type(events, "ceasefire") if e.status == "announced"]
    assert start.date.start == "2025-01-19" and ("QAT", "initiator") in roles(start)
