"""Readings found on batch 30 of our own articles (eval/own/pending): a unilateral truce ordered and dismissed, a
militia's pause after a drone attack, a ship seized at sea, a truce between two states brokered by a third. Each is
tested on sentences written for it."""

from records import of_type, roles


def test_a_truce_ordered_from_a_weekday_starts_on_the_coming_one(extract):
    [truce] = of_type(extract("President Vladimir Putin ordered Russian forces in Ukraine to observe a 36-hour "
                              "ceasefire over Orthodox Christmas, from noon on Friday to midnight on Saturday, the "
                              "Kremlin said on Thursday.", published="2023-01-05"), "ceasefire")
    assert truce.status == "announced" and truce.date.start == "2023-01-06T12:00"


def test_a_ship_seized_is_an_attack_and_ships_linked_to_a_state_are_its_own(extract):
    events = extract("Yemen's Houthi rebels seized a cargo ship in the southern Red Sea on Sunday.\n\nThe Houthis "
                     "warned that they would target more ships linked to Israel.", published="2023-11-20")
    by_status = {e.status: e for e in of_type(events, "attack")}
    assert roles(by_status["occurred"]) == {("HOUTHI", "initiator")}
    assert roles(by_status["threatened"]) == {("HOUTHI", "initiator"), ("ISR", "target")}


def test_an_attack_called_an_act_of_terrorism_of_a_named_state_accuses_that_state(extract):
    events = extract("Yemen's Houthi rebels seized a cargo ship in the southern Red Sea on Sunday.\n\nIsrael's prime "
                     "minister's office called the seizure an Iranian act of terrorism.", published="2023-11-20")
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("ISR", "initiator"), ("IRN", "target")}


def test_a_group_saying_it_is_suspending_its_operations_declares_a_truce(extract):
    [truce] = of_type(extract("Kataib Hezbollah, an Iran-backed armed group in Iraq, said on Tuesday it was suspending "
                              "military and security operations against U.S. forces.", published="2024-01-30"),
                      "ceasefire")
    assert truce.status == "announced" and roles(truce) == {("KATAIB", "initiator")}


def test_where_those_a_strike_wounded_were_places_it(extract):
    [attack] = of_type(extract("A drone attack killed three U.S. soldiers and wounded dozens at the Tower 22 outpost "
                               "in northeastern Jordan on Sunday.", published="2024-01-30"), "attack")
    assert attack.place.country == "JOR" and attack.quantities == {"killed": 3}


def test_a_truce_the_other_side_would_use_to_regroup_is_dismissed_by_the_speaker(extract):
    events = extract("President Vladimir Putin ordered Russian forces to observe a 36-hour ceasefire from noon on "
                     "Friday, the Kremlin said on Thursday.\n\nPresident Volodymyr Zelenskiy said Moscow wanted to use "
                     "the pause to halt the advance of Ukrainian troops in the Donbas.", published="2023-01-05")
    [dismissed] = [e for e in of_type(events, "ceasefire") if e.status == "rejected"]
    assert roles(dismissed) == {("UKR", "initiator")}


def test_what_was_urged_in_a_phone_call_tells_the_call_held(extract):
    events = extract("Turkish President Tayyip Erdogan urged Putin in a phone call on Thursday to declare a unilateral "
                     "ceasefire in Ukraine.", published="2023-01-05")
    [talks] = of_type(events, "talks")
    assert talks.status == "held" and roles(talks) == {("TUR", "participant"), ("RUS", "participant")}
