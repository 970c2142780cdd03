"""Readings found on batch 34 of our own articles (eval/own/pending): a break in ties over an ambush, a leader killed
and the calls it draws, two armies recommitting to a truce, a wave of strikes called retaliation for a blast, a live
page of a missile attack. Each is tested on sentences written for it."""

from records import of_type, roles


def test_a_bare_clock_stamp_opening_a_live_page_entry_is_on_the_pages_day(extract):
    text = ("21:10 Iran says the missiles avenge a commander killed in the Sept. 27 strike on Beirut.\n\n"
            "19:45 Iran fires about 180 ballistic missiles at Israel, sending millions of people into shelters.")
    events = of_type(extract(text, published="2024-10-01T23:40:00"), "attack")
    salvo = next(e for e in events if "180" in e.evidence.text)
    assert salvo.date.start[:10] == "2024-10-01"


def test_a_headline_verb_the_parse_took_for_the_root_noun_is_a_verb_with_its_subject(extract):
    [salvo] = of_type(extract("19:45 Iran fires about 180 ballistic missiles at Israel, sending millions of people "
                              "into shelters.", published="2024-10-01T23:40:00"), "attack")
    assert roles(salvo) == {("IRN", "initiator"), ("ISR", "target")}


def test_the_attack_told_over_on_a_newest_first_page_is_the_salvo_below_with_its_toll(extract):
    text = ("23:40 The army says the attack is over and that most of the missiles were shot down by Israeli and U.S. "
            "air defences. One man was killed by falling debris, officials said.\n\n"
            "19:45 Iran fires about 180 ballistic missiles at Israel, sending millions of people into shelters.")
    [salvo] = of_type(extract(text, published="2024-10-01T23:40:00"), "attack")
    assert {("IRN", "initiator"), ("ISR", "target")} <= roles(salvo) and salvo.quantities.get("killed") == 1
