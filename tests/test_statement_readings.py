"""Readings found by scoring the sixth batch of our own articles (eval/own, own-601 … own-606): a UN statement that
welcomes a deal and commends its broker, a briefing's items, a truce named in the background of a strike, a toll
counted "since" a day, and a killing named again as "the shooting". Each is tested on a sentence written for it."""

from records import of_type, roles


def test_a_welcomed_agreement_on_a_ceasefire_is_that_ceasefire_made_where_and_when_the_participle_says(extract):
    events = extract("The Secretary-General welcomes the agreement reached today in Putrajaya between Thailand and "
                     "Cambodia on an immediate and unconditional ceasefire, effective from midnight.",
                     published="2025-07-28")
    assert not of_type(events, "agreement")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, truce.date.start[:10], truce.place.country) == ("agreed", "2025-07-28", "MYS")
    assert roles(truce) == {("THA", "participant"), ("KHM", "participant")}


def test_whom_a_statement_commends_for_facilitating_the_talks_brokered_them_and_the_deal_made_there(extract):
    events = extract("The Secretary-General welcomes the agreement reached today between Thailand and Cambodia on an "
                     "immediate ceasefire. He commends Malaysia for facilitating the talks.", published="2025-07-28")
    [talks] = of_type(events, "talks")
    assert ("MYS", "mediator") in roles(talks)
    [truce] = of_type(events, "ceasefire")
    assert ("MYS", "mediator") in roles(truce)


def test_a_brokered_truce_that_ended_a_war_was_made_about_a_year_before(extract):
    events = extract("Aoun called for an end to Israel's attacks, nearly a year after a U.S.-brokered ceasefire "
                     "ended the war between Israel and Hezbollah.", published="2025-11-23")
    [truce] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert (truce.date.start, truce.date.precision) == ("2024-11", "month")
    assert roles(truce) == {("ISR", "participant"), ("HEZBOLLAH", "participant"), ("USA", "mediator")}


def test_a_toll_since_a_day_dates_the_fighting_and_two_groups_of_one_country_fight_there(extract):
    [fight] = of_type(extract("At least 80 people have been killed since Thursday in fighting between the ELN and "
                              "dissidents of the former FARC rebels.", published="2025-01-18"), "attack")
    assert (fight.date.start[:10], fight.place.country, fight.quantities) == ("2025-01-16", "COL", {"killed": 80})
    [talks] = of_type(extract("Russia and Ukraine have held no direct talks since Thursday.", published="2025-01-18"),
                      "talks")
    assert talks.date is None or talks.date.start[:10] != "2025-01-16"  # (a reference point, as before)


def test_the_shooting_blamed_on_a_side_is_the_killing_told_before_on_the_day_of_the_reply(extract):
    events = extract("Netanyahu ordered strikes on Gaza on Tuesday after an Israeli soldier was killed in Rafah. "
                     "Israel blamed Hamas for the shooting.", published="2025-10-29")
    attacks = of_type(events, "attack")
    killing = next(e for e in attacks if ("ISR", "target") in roles(e))
    assert ("HAMAS", "initiator") in roles(killing)
    assert killing.date.start[:10] == "2025-10-28"
    assert len(attacks) == 2  # the strikes, and the killing named twice
