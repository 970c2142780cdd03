"""Readings found on batch 14 of our own articles (eval/own/pending): a resolution's operative paragraphs, a timeline
set out as a table, a head of state's remarks, a think tank's key takeaways, an explainer with bold questions and a
UN agency's statement. Each is tested on sentences written for it."""

from records import of_type, roles


def test_a_resolution_s_operative_paragraphs_are_the_council_s_acts(extract):
    events = extract("The Security Council,\n\nGravely concerned at the situation in the Gaza Strip,\n\n1. Calls for "
                     "an immediate ceasefire for the rest of the month of Ramadan, to be respected by all parties;\n\n"
                     "2. Demands the release, immediately and without conditions, of all hostages held in Gaza;\n\n"
                     "3. Decides to remain seized of the matter.", published="2024-03-25")
    [called] = of_type(events, "ceasefire")
    assert called.status == "called_for" and ("UN", "initiator") in roles(called)
    [demand] = of_type(events, "demand")
    assert ("UN", "initiator") in roles(demand)
    assert not any(a.code == "UN" for e in of_type(events, "prisoner_exchange") for a in e.actors)


def test_a_line_that_only_names_a_body_speaks_for_no_paragraph_that_has_its_own_subject(extract):
    events = extract("The Security Council,\n\n1. Russia calls for an immediate ceasefire in Kursk.",
                     published="2024-08-25")
    [called] = of_type(events, "ceasefire")
    assert ("RUS", "initiator") in roles(called) and ("UN", "initiator") not in roles(called)


def test_a_delegation_s_visit_called_off_is_talks_cancelled_where_it_was_to_go(extract):
    [visit] = of_type(extract("After the vote, Israeli Prime Minister Benjamin Netanyahu cancelled a planned visit by "
                              "an Israeli delegation to Washington.", published="2024-03-25"), "talks")
    assert visit.status == "cancelled" and ("ISR", "initiator") in roles(visit)
    assert visit.place.country == "USA"
    assert not of_type(extract("Abiy signed the declaration in Asmara, the first visit by an Ethiopian leader in 20 "
                               "years.", published="2018-07-09"), "talks")
