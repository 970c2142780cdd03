"""Readings batch 50 of our own articles asked for: a reply that calls one of a draft's numbered points wrong (the
point a claim set right, not a report), a negation that denies only the deal something was done under, prisoners'
repatriation as their release, and a truce known by its day. Each is tested on text written for it."""

from records import codes, of_type
from trucewatch.ingest.clean import clean
from trucewatch.ingest.verdicts import refuted

REPLY = """Re: Algiers at twenty - two lines to check

Sam,

The first line stands. The second is wrong: the prisoners were not freed under the Algiers agreement. The \
repatriation of the last Ethiopian prisoners of war began in November 2002.

Lena

> Could you check these before we print?
>
> 1. Ethiopia and Eritrea signed the Algiers Agreement on 12 December 2000 in Algiers.
> 2. The 1,000 Eritrean prisoners held in Ethiopia were freed under the agreement.
"""


def test_a_point_a_reply_calls_wrong_is_a_claim_and_the_others_stand():
    lines = ["The first line stands. The second is wrong: no.", "> 1. Talks were held.", "> 2. Prisoners were freed."]
    assert refuted(lines) == {2}
    assert refuted(["Point 1 is incorrect.", "1. Talks were held.", "2. Prisoners were freed."]) == {1}
    assert refuted(["The last one was false.", "1) Talks were held.", "2) Prisoners were freed."]) == {2}
    assert refuted(["The third is wrong.", "1. Talks were held."]) == set()  # (no third point: nothing refuted)
    assert refuted(["The second round was wrong to start.", "Talks were held."]) == set()  # (no numbered points)
    kinds = [(s.kind, REPLY[s.start:s.end]) for s in clean(REPLY).segments]
    assert [text for kind, text in kinds if kind == "claim"] == [
        "> 2. The 1,000 Eritrean prisoners held in Ethiopia were freed under the agreement."]


def test_a_reply_s_verdict_keeps_the_refuted_point_s_events_out(extract):
    events = extract(REPLY, published="2020-12-10")
    swaps = of_type(events, "prisoner_exchange")
    assert [(s.status, s.negated, s.date.start) for s in swaps] == [("carried_out", False, "2002-11")]
    assert swaps[0].evidence.text.startswith("The repatriation")  # (neither the refuted point nor "not freed under")
    deals = of_type(events, "agreement")
    assert [(d.status, d.date.start) for d in deals] == [("signed", "2000-12-12")]  # (the point that stands)
    assert codes(deals[0], "participant") == {"ETH", "ERI"}


def test_prisoners_repatriated_are_released(extract):
    swaps = of_type(extract("India repatriated 500 Pakistani prisoners of war on Monday.",
                            published="1974-04-30"), "prisoner_exchange")
    assert [(s.status, s.quantities.get("prisoners_total")) for s in swaps] == [("carried_out", 500)]
    assert of_type(extract("The repatriation of refugees began in May.", published="1974-06-30"),
                   "prisoner_exchange") == []


def test_a_negation_of_the_deal_something_was_done_under_is_no_denial_of_the_act(extract):
    told = "The Ukrainian prisoners were not freed by Russia{}."
    assert of_type(extract(told.format(" under the Istanbul agreement"), published="2023-01-01"),
                   "prisoner_exchange") == []
    denied = of_type(extract(told.format(""), published="2023-01-01"), "prisoner_exchange")
    assert [s.negated for s in denied] == [True]


def test_a_truce_known_by_its_day_held_from_it(extract):
    truces = of_type(extract("The two sides agreed that the front line resulting from the ceasefire of 18 June 2000 "
                             "would be respected.", published="2020-12-10"), "ceasefire")
    assert [(t.status, t.date.start) for t in truces] == [("in_effect", "2000-06-18")]
