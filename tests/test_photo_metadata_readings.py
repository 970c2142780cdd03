"""Readings batch 52 of our own articles asked for, in a news photo's caption and a log's alerts: "the two" after two
men named, a terrorist label dropped as a sanction lifted, a ceasefire's code of conduct as the truce agreed. Tested
on text written for it."""

from records import codes, of_type


def test_the_two_after_two_men_named_are_those_two(extract):
    [truce] = of_type(extract("Burundi's President Domitien Ndayizeye shook hands with Pierre Nkurunziza after the two "
                              "signed a ceasefire on 16 November 2003.", published="2003-11-17"), "ceasefire")
    assert codes(truce, "participant") == {"BDI", "FDD"}  # (Nkurunziza, in 2003, for the FDD he led)


def test_a_terrorist_label_dropped_is_a_sanction_lifted(extract):
    [lifted] = of_type(extract("Nepal's cabinet dropped the terrorist label on the Maoists on 3 May 2006.",
                               published="2006-05-04"), "sanction")
    assert lifted.status == "lifted" and codes(lifted, "initiator") == {"NPL"}
    assert not of_type(extract("The price tag of the new bridge in Kathmandu was dropped.", published="2006-05-04"),
                       "sanction")


def test_a_ceasefire_code_of_conduct_signed_is_the_truce_agreed(extract):
    events = extract("Government and Maoist negotiators met in Kathmandu on 26 May 2006 and signed a 25-point "
                     "ceasefire code of conduct.", published="2006-05-27")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed" and codes(truce, "participant") == {"NPL", "CPNM"}


def test_a_protocol_the_two_men_signed_is_theirs_after_a_third_is_named(extract):
    events = extract("Burundi's President Domitien Ndayizeye shook hands with Pierre Nkurunziza after the two signed a "
                     "ceasefire on 16 November 2003. Jacob Zuma looked on. The deal builds on a power-sharing protocol "
                     "the two men signed in Pretoria on 8 October.", published="2003-11-17")
    [protocol] = [d for d in of_type(events, "agreement") if d.date is not None and d.date.start == "2003-10-08"]
    assert protocol.status == "signed" and codes(protocol, "participant") == {"BDI", "FDD"}
    assert protocol.place.country == "ZAF"
