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


def test_a_table_s_rows_are_dated_points_and_the_army_of_a_story_of_sudan_is_sudan_s(extract):
    events = extract("Sudan's broken truces: a timeline\n\n| Date | What happened |\n|---|---|\n"
                     "| April 15, 2023 | Fighting breaks out in Khartoum between the army and the Rapid Support Forces "
                     "(RSF). |\n"
                     "| April 24 | U.S. Secretary of State Antony Blinken announces that the army and the RSF have "
                     "agreed to a 72-hour ceasefire. |\n"
                     "| May 31 | The army suspends its participation in the Jeddah talks. |\n", published="2023-06-20")
    [fighting] = of_type(events, "attack")
    assert fighting.date.start == "2023-04-15" and {("SDN", "participant"), ("RSF", "participant")} <= roles(fighting)
    [suspended] = of_type(events, "talks")
    assert suspended.status == "cancelled" and suspended.date.start == "2023-05-31"
    assert ("SDN", "initiator") in roles(suspended)


def test_a_cabinet_s_approval_the_evening_before_and_a_mediator_s_announcement_are_two_steps(extract):
    events = extract("Israel-Hezbollah ceasefire: what we know\n\n**When did it start?** The truce took effect at 4 "
                     "a.m. local time on Wednesday, Nov. 27, after Israel's security cabinet approved it the evening "
                     "before by 10 votes to one.\n\n**Who brokered it?** The United States and France. President Joe "
                     "Biden announced the deal from the White House on Tuesday.", published="2024-11-27")
    agreed = [t for t in of_type(events, "ceasefire") if t.status == "agreed"]
    [approved] = [t for t in agreed if t.trigger.text == "approved"]
    assert ("ISR", "participant") in roles(approved) and approved.date.start == "2024-11-26"
    [announced] = [t for t in agreed if t is not approved]
    assert ("USA", "mediator") in roles(announced) and ("USA", "participant") not in roles(announced)
    assert not any(e.evidence.text.startswith("*") for e in events)


def test_a_statement_s_we_is_who_its_first_line_says_makes_it(extract):
    events = extract("Statement by the WHO Representative for the occupied Palestinian territory\n\n29 August 2024 | "
                     "Gaza\n\nIsrael has agreed to humanitarian pauses of three days for the polio vaccination "
                     "campaign.\n\nWe call on all parties to respect the pauses.", published="2024-08-29")
    [called] = [t for t in of_type(events, "ceasefire") if t.status == "called_for"]
    assert ("WHO", "initiator") in roles(called) and ("ISR", "initiator") not in roles(called)
