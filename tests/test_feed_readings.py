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


def test_the_secretary_general_alone_is_the_un_s_but_not_where_another_body_names_its_own(extract):
    [call] = of_type(extract("SUDAN\nThe Secretary-General condemns the killings and calls on the parties to stop "
                             "the fighting.", published="2023-11-24"), "ceasefire")
    assert call.status == "called_for" and ("UN", "initiator") in roles(call)
    for sentence, body in [("NATO Secretary-General Mark Rutte called for a ceasefire on Monday.", "NATO"),
                           ("The Secretary-General of the Arab League called for a ceasefire on Monday.",
                            "ARABLEAGUE")]:
        [call] = of_type(extract(sentence, published="2023-11-24"), "ceasefire")
        assert (body, "initiator") in roles(call) and "UN" not in {code for code, _ in roles(call)}
