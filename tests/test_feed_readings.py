"""Readings found on batch 16 of our own articles (eval/own/pending): an agreement's points, a feed of dated
headlines, a spokesperson's press briefing, an army's statement, a UN noon briefing and a humanitarian news release.
Each is tested on sentences written for it."""

from records import of_type, roles


def test_a_feed_of_dated_headlines_tells_each_line_s_event_on_its_day(extract):
    events = extract("Ceasefire news: all our headlines\n\n"
                     "24 Jun 2025 - Ceasefire between Israel and Iran takes hold\n"
                     "13 Jun 2025 - Israel strikes Iran's nuclear programme, kills top military commanders",
                     published="2025-06-25")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "in_effect" and truce.date.start == "2025-06-24"
    assert {("ISR", "participant"), ("IRN", "participant")} <= roles(truce)
    [strike] = of_type(events, "attack")
    assert strike.date.start == "2025-06-13" and ("ISR", "initiator") in roles(strike)
    assert "attacks" not in strike.quantities  # (2025 is the line's year, not a count of strikes)
