"""Readings the errors left on batch 49 of our own articles asked for, once it had been read: a truce one side is
told to have agreed, in a spokesman's answer. Each is tested on text written for it."""

from records import codes, of_type

BRIEFING = ("Daily press briefing\n\n"
            "The Secretary-General again urges the RPF to honour the Arusha accord that it signed with the Rwandan "
            "government on 4 August 1993.\n\n"
            "Question: Is the Arusha accord dead?\n\n"
            "Spokesman: No. The Secretary-General holds the RPF responsible for breaking the ceasefire it agreed to in "
            "N'Sele on 12 July 1992.\n")


def test_a_truce_one_side_agreed_to_was_agreed_with_the_other_side_of_the_deal_told_before(extract):
    agreed = [e for e in of_type(extract(BRIEFING, published="1994-02-10"), "ceasefire") if e.status == "agreed"]
    assert [(e.date.start, codes(e, "participant")) for e in agreed] == [("1992-07-12", {"RPF", "RWA"})]


def test_a_truce_one_side_agreed_to_keeps_its_one_side_where_no_deal_of_two_was_told_before(extract):
    text = "The Secretary-General holds the RPF responsible for breaking the ceasefire it agreed to on 12 July 1992."
    agreed = [e for e in of_type(extract(text, published="1994-02-10"), "ceasefire") if e.status == "agreed"]
    assert [codes(e, "participant") for e in agreed] == [{"RPF"}]


def test_a_truce_between_one_coded_side_and_another_named_side_takes_no_side_of_the_deal_before(extract):
    text = ("Armenia and Azerbaijan signed a peace deal in Washington on Friday. In the border villages, a ceasefire "
            "between Azerbaijani forces and local militias was agreed that night.")
    agreed = [e for e in of_type(extract(text, published="2025-08-10"), "ceasefire") if e.status == "agreed"]
    assert [codes(e, "participant") for e in agreed] == [{"AZE"}]
