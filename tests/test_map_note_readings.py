"""Readings batch 50 of our own articles asked for, from a map's note: a deal named as what a side agreed to its terms
under ("Under the Luanda agreement of 6 September 2002, Uganda agreed to pull its troops out"), told once, by the
deal (with the participle after such an opening phrase read as the deal's: test_reparse.py); a mediator named "as
mediator" after a "with" that the model hung on the signers; "Note:" as a label. Each is tested on text written for
it."""

from records import codes, of_type
from trucewatch.ingest.clean import clean

NOTE = ("Map 5. Ituri, 2003\n\nNote: Under the Nairobi accord, signed on 12 March 2003 by Presidents Joseph Kabila and "
        "Yoweri Museveni with Kenya's Mwai Kibaki as mediator, Uganda agreed to withdraw its troops from Bunia. Under "
        "the Dar es Salaam agreement of 16 May 2003, Uganda agreed to pull its last troops out of Ituri.\n")


def test_a_deal_a_side_agreed_its_terms_under_is_told_once_by_the_deal(extract):
    deals = of_type(extract(NOTE, published="2003-06-01"), "agreement")
    assert [(d.status, d.date.start) for d in deals] == [("signed", "2003-03-12"), ("signed", "2003-05-16")]
    assert codes(deals[0], "participant") == {"COD", "UGA"} and codes(deals[0], "mediator") == {"KEN"}
    assert "UGA" in codes(deals[1], "participant")
    assert of_type(extract(NOTE, published="2003-06-01"), "ceasefire") == []  # (a withdrawal is no truce)


def test_a_note_s_label_is_no_part_of_its_sentence():
    segments = clean(NOTE).segments
    assert NOTE[segments[1].start:].startswith("Under the Nairobi accord")
