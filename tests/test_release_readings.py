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
                     "Santos to return to the negotiating table in Quito, which it left in January, and to agree "
                     "to a new bilateral ceasefire.", published="2018-03-06")
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
