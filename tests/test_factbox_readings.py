"""Readings found by scoring the tenth batch of our own articles (eval/own, own-1001 … own-1006): a fact check, an
opinion column, agency copy with a factbox, a newsletter of bullet points, an interview in questions and a wire story
with a correction. Each is tested on sentences written for it."""

from records import of_type, roles
from trucewatch.nlp.triggers import SPAN_KEY


def test_a_group_s_leader_named_with_his_title_stands_for_the_group_later(extract):
    events = extract("Rebel leader talks\n\nIn 2014 ELN commander Carlos Mena signed a truce with the government in "
                     "Quito.\n\nIn 2017 Mena declared a truce of his own.", published="2026-05-11")
    declared = next(e for e in of_type(events, "ceasefire") if e.status == "announced")
    assert ("ELN", "initiator") in roles(declared)


def test_a_person_named_leader_of_a_group_in_apposition_stands_for_it_later(extract):
    events = extract("President Filipe Nyusi and Joao Tembe, leader of the rebel movement Renamo, met in Maputo on "
                     "Tuesday.\n\nOn Friday, Tembe rejected the truce that the army had declared.",
                     published="2019-08-06")
    refused = next(e for e in of_type(events, "ceasefire") if e.status == "rejected")
    assert ("RENAMO", "initiator") in roles(refused)


def test_a_truce_agreed_in_one_clause_that_took_effect_later_is_two_events(extract):
    truces = of_type(extract("Colombia's government and the FARC had agreed in Havana on June 23 to a bilateral "
                             "ceasefire, which took effect on Aug. 29.", published="2016-09-26"), "ceasefire")
    assert sorted((t.status, t.date.start) for t in truces) == [("agreed", "2016-06-23"), ("in_effect", "2016-08-29")]
    started = next(t for t in truces if t.status == "in_effect")
    assert {("COL", "participant"), ("FARC", "participant")} <= roles(started)


def test_a_truce_agreed_somewhere_by_two_men_that_then_took_effect_is_two_events(extract):
    truces = of_type(extract("A ceasefire agreed by Sudan's army and the RSF in Jeddah took effect at midnight on "
                             "Saturday, May 20.", published="2023-05-22"), "ceasefire")
    agreed = next(t for t in truces if t.status == "agreed")
    started = next(t for t in truces if t.status == "in_effect")
    assert agreed.place.country == "SAU" and started.date.start == "2023-05-20T00:00"
    assert agreed.date.inferred  # (agreed by the report's day; the midnight is the start's)


def test_those_with_whom_talks_went_as_guarantors_are_their_mediators(extract):
    [talks] = of_type(extract("The deal followed four years of negotiations between the government and the FARC in "
                              "Havana, with Cuba and Norway as guarantors.", published="2016-09-26"), "talks")
    assert {("CUB", "mediator"), ("NOR", "mediator")} <= roles(talks)
    assert ("FARC", "participant") in roles(talks)


def test_talks_that_go_on_with_a_state_mediating_have_it_as_mediator(extract):
    [talks] = of_type(extract("Talks between Sudan's army and the RSF continue in Jeddah this week, with the United "
                              "States mediating.", published="2023-05-22"), "talks")
    assert ("USA", "mediator") in roles(talks)


def test_talks_on_a_country_are_about_it_not_there(extract):
    [talks] = of_type(extract("Peace talks on Yemen ended in Sweden on Thursday.", published="2018-12-14"), "talks")
    assert talks.place.country == "SWE"


def test_a_day_without_a_year_in_a_story_of_years_ago_is_in_the_year_the_story_tells(extract):
    truces = of_type(extract("Ten years on\n\nColombia's government and the FARC had agreed in Havana on June 23, "
                             "2016, to a bilateral ceasefire, which took effect on Aug. 29.", published="2026-09-26"),
                     "ceasefire")
    assert sorted(t.date.start for t in truces) == ["2016-06-23", "2016-08-29"]


def test_a_deal_signed_at_a_theatre_in_a_city_was_signed_in_that_city(extract):
    [deal] = of_type(extract("A revised agreement between Colombia and the FARC was signed at the Colón Theatre in "
                             "Bogotá on Nov. 24, 2016.", published="2016-11-25"), "agreement")
    assert deal.place is not None and deal.place.country == "COL"


def test_lists_handed_over_for_a_swap_are_no_swap_carried_out(annotate):
    doc = annotate("An exchange of prisoners, for which the sides have already handed over lists of about 15,000 "
                   "names.", "2018-12-14")
    assert [s.text for s in doc.spans[SPAN_KEY]] == ["exchange"]


def test_an_interview_s_answer_in_phrases_gives_what_its_question_says_was_agreed(extract):
    events = extract("Talks between Sudan's army and the RSF ended in Jeddah on Friday.\n\nWhat did the two sides "
                     "agree to?\n\nTwo things. A ceasefire in Khartoum for a week. An exchange of prisoners, with "
                     "lists still to be drawn up.\n\nWhat comes next?\n\nA ceasefire, if it holds, is only a start.",
                     published="2023-05-22")
    [truce] = of_type(events, "ceasefire")
    [swap] = of_type(events, "prisoner_exchange")
    assert (truce.status, swap.status) == ("agreed", "agreed")
    assert {("SDN", "participant"), ("RSF", "participant")} <= roles(truce)


def test_a_truce_agreed_to_by_pronoun_right_after_it_is_named_is_agreed(extract):
    truces = of_type(extract("The ceasefire itself is not new. Armenia and Azerbaijan agreed to it in May 1994, but "
                             "it has been broken often.", published="2020-10-01"), "ceasefire")
    assert ("agreed", "1994-05") in {(t.status, t.date.start) for t in truces}
    assert not of_type(extract("The plan is not new. Armenia and Azerbaijan agreed to it in May 1994.",
                               published="2020-10-01"), "ceasefire")


def test_two_sides_agreeing_on_steps_that_name_no_event_of_ours_make_a_deal(extract):
    events = extract("The two leaders held talks in Asmara on Sunday and agreed to reopen embassies and restore "
                     "flights.", published="2018-07-09")
    [deal] = of_type(events, "agreement")
    assert deal.status == "agreed" and deal.trigger.text == "agreed"
    assert not of_type(extract("The two leaders agreed to meet again next month.", published="2018-07-09"),
                       "agreement")
    assert not of_type(extract("Ethiopia agreed to reopen its embassy in Asmara.", published="2018-07-09"),
                       "agreement")


def test_agreeing_to_a_truce_for_a_purpose_is_no_deal_of_its_own(extract):
    events = extract("Both sides agreed to a United Nations proposal for a three-hour pause in the fighting to let "
                     "civilians get help.", published="2023-04-16")
    assert not of_type(events, "agreement") and of_type(events, "ceasefire")


def test_violations_a_side_is_accused_of_in_a_story_of_a_truce_break_it(extract):
    events = extract("The ceasefire along the border has been broken often. Thailand accused Cambodian forces of "
                     "about 300 violations last year.", published="2026-03-01")
    broken = [e for e in of_type(events, "ceasefire") if e.status == "violated"]
    assert [(roles(e), e.date.start) for e in broken] == [({("KHM", "initiator")}, "2025")]
    assert not [e for e in of_type(extract("Thailand accused Cambodian forces of violations of human rights last "
                                           "year.", published="2026-03-01"), "ceasefire")]


def test_a_deal_signed_on_a_conjoined_day_and_what_a_named_deal_commits_to_on_its_day(extract):
    events = extract("The two leaders held talks in Asmara on Sunday and agreed to reopen embassies.\n\nAbiy's "
                     "government said last month that Ethiopia would fully accept the peace agreement signed in "
                     "Algiers in 2000.", published="2018-07-10")
    assert sorted(e.date.start for e in of_type(events, "agreement")) == ["2018-06", "2018-07-08"]
    events = extract("Yemen's government and the Houthis held talks in Sweden last week. The Stockholm Agreement, "
                     "signed on Dec. 13, commits the two sides to a ceasefire in Hodeidah.", published="2018-12-20")
    [declaration] = [e for e in of_type(events, "agreement") if e.status == "signed"]
    [truce] = of_type(events, "ceasefire")
    assert (declaration.place.country, truce.status, truce.date.start) == ("SWE", "agreed", "2018-12-13")


def test_within_hours_is_the_day_the_story_last_named(extract):
    events = extract("A truce between Sudan's army and the RSF took effect at midnight on Saturday, June 30. Within "
                     "hours the two sides accused each other of attacking positions near Wau.", published="2018-07-02")
    [attack] = of_type(events, "attack")
    assert attack.date.start == "2018-06-30"


def test_a_man_who_changed_sides_stands_for_the_side_he_led_on_the_article_s_day(extract):
    text = "Salva Kiir and Riek Machar met in Addis Ababa on June 20, with Ethiopian Prime Minister Abiy Ahmed as host."
    [then] = of_type(extract(text, published="2018-06-25"), "talks")
    assert {("SSD", "participant"), ("SPLM", "participant"), ("ETH", "mediator")} <= roles(then)
    [now] = of_type(extract(text, published="2021-06-25"), "talks")
    assert not any(code == "SPLM" for code, _ in roles(now))


def test_a_truce_two_sides_agreed_that_took_effect_holds_between_them_as_sides(extract):
    truces = of_type(extract("A ceasefire agreed by Salva Kiir and Riek Machar in Khartoum took effect at midnight on "
                             "Saturday, June 30.", published="2018-07-02"), "ceasefire")
    started = next(t for t in truces if t.status == "in_effect")
    assert {("SSD", "participant"), ("SPLM", "participant")} <= roles(started)
