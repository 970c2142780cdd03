"""Readings that bring batch 43 of our own articles in: a glossary read entry by entry, a quiz read with its key,
an anniversary's lede joined to the day the story then tells, and the shapes of sentence those articles showed
(a deal's participle hung on a side, "the offensive X ordered", the dead of a clash with one side). Each is tested on
text written for it."""

from records import of_type, roles
from trucewatch.ingest.clean import glossary_heads, quiz_key
from trucewatch.nlp.numbers import to_number


def _sides(event, role="participant"):
    return {code for code, r in roles(event) if r == role}


GLOSSARY = [
    "Voters go to the polls today, the fruit of 22 years of talks between the government and the MILF.",
    "Buliok. A marshland complex where the MILF chairman lived.",
    "Cessation of hostilities. The first general ceasefire between the government and the MILF, signed on July 18, "
    "1997, under President Fidel Ramos.",
    "Malaysia. The facilitator of the talks since 2001; most rounds were held in Kuala Lumpur.",
    "Tripoli Agreement on Peace. Signed in the Libyan capital on June 22, 2001, under President Gloria Macapagal "
    "Arroyo, it restored the ceasefire.",
]


def test_a_glossary_is_a_run_of_entries_whose_heads_go_in_alphabetical_order():
    heads = glossary_heads(GLOSSARY)
    assert heads[0] is None
    assert [GLOSSARY[n][:h] for n, h in enumerate(heads) if h is not None] == [
        "Buliok", "Cessation of hostilities", "Malaysia", "Tripoli Agreement on Peace"]


def test_a_bulletin_s_country_lines_out_of_order_are_no_glossary():
    lines = ["Yemen. A third day of prisoner releases is under way.", "Sudan. The army said it would attend.",
             "Gaza. Aid trucks crossed at Kerem Shalom.", "Ukraine. Talks resume on Monday."]
    assert glossary_heads(lines) == [None] * 4


def test_a_glossary_s_entries_are_read_as_what_their_head_terms_are(extract):
    events = extract("\n\n".join(GLOSSARY), published="2019-01-21")
    truces = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert [(t.date.start[:10], _sides(t)) for t in truces] == [("1997-07-18", {"PHL", "MILF"})]
    # ("Cessation of hostilities, the first general ceasefire": one truce, named twice; its first name's
    # "cessation" ends nothing)
    assert not [e for e in of_type(events, "ceasefire") if e.status == "ended"]
    [deal] = of_type(events, "agreement")  # ("Tripoli Agreement on Peace. Signed …, it restored …": "it" is the deal)
    assert (deal.status, deal.date.start[:10], deal.place.country) == ("signed", "2001-06-22", "LBY")
    assert _sides(deal) == {"PHL", "MILF"}  # ("Malaysia." is the term its entry defines, no briefing's section)


QUIZ = ("Twenty-five years ago this week, NATO stopped bombing Yugoslavia. How much do you remember?\n\n"
        "1. When did NATO's air campaign against Yugoslavia begin?\n"
        "a) 24 March 1999  b) 6 February 1999  c) 1 May 1999\n\n"
        "2. In which town was the Military Technical Agreement signed on 9 June?\n"
        "a) Kumanovo  b) Skopje  c) Pristina\n\n"
        "Answers\n\n"
        "1 a) NATO began bombing on 24 March 1999. 2 a) Kumanovo, in Macedonia. NATO suspended its air strikes on "
        "10 June, once the withdrawal had begun.")


def test_a_quiz_key_gives_each_question_its_option_and_its_marks_are_no_words():
    lines = QUIZ.split("\n")
    key = quiz_key([line for line in lines if line])
    assert sorted(key.answers.values()) == ["24 March 1999", "Kumanovo"]
    [(at, marks)] = key.marks.items()
    assert [[line for line in lines if line][at][s:e] for s, e in marks] == ["1 a) ", "2 a) "]


def test_lettered_lines_without_a_key_are_no_quiz():
    assert quiz_key(["1. Who will attend?", "a) Hamas  b) Israel", "The talks resume on Monday."]).answers == {}


def test_a_quiz_s_question_takes_its_answer_and_its_key_tells_the_event(extract):
    events = extract(QUIZ, published="2024-06-10")
    [deal] = of_type(events, "agreement")  # ("In which town …?" answered "Kumanovo")
    assert (deal.date.start[:10], deal.place.name, deal.place.country) == ("1999-06-09", "Kumanovo", "MKD")
    [bombing] = of_type(events, "attack")  # the question and the key's sentence: one campaign
    assert bombing.date.start[:10] == "1999-03-24"
    assert (_sides(bombing, "initiator"), _sides(bombing, "target")) == ({"NATO"}, {"SRB"})
    assert bombing.evidence.text == "NATO began bombing on 24 March 1999."  # (what is stated, not what is asked;
    # and no mark of the key)
    [halt] = of_type(events, "ceasefire")  # (the anniversary's lede is the halt the key dates)
    assert (halt.status, halt.date.start[:10]) == ("announced", "1999-06-10")


def test_a_wh_question_takes_its_past_event_as_known_but_a_yes_no_question_does_not(extract):
    [talks] = of_type(extract("Where did the Serbian and Kosovo Albanian delegations hold talks in February 1999?",
                              published="2024-06-10"), "talks")
    assert (talks.status, talks.modality) == ("held", "asserted")
    assert not [e for e in extract("Did NATO bomb Belgrade on Sunday?", published="2024-06-10")
                if e.modality == "asserted"]


def test_an_anniversary_s_lede_is_the_deal_the_story_tells_on_its_day(extract):
    text = ("Twenty years ago this week, Liberia's war ended with a peace agreement signed in Ghana.\n\n"
            "Monday 18 August, Accra\n"
            "The government, LURD and MODEL signed a comprehensive peace agreement this afternoon.")
    [deal] = of_type(extract(text, published="2023-08-18"), "agreement")
    assert (deal.date.start[:10], _sides(deal)) == ("2003-08-18", {"LBR", "LURD", "MODEL"})


def test_hyphened_tens_and_units_are_one_number(extract):
    assert (to_number("forty-four"), to_number("Twenty-five"), to_number("ninety nine")) == (44, 25, 99)
    [attack] = of_type(extract("Forty-four police commandos were killed on Sunday.", published="2015-01-26"),
                       "attack")
    assert attack.quantities["killed"] == 44


def test_the_dead_of_one_side_in_a_clash_with_the_other_were_killed_by_it(extract):
    text = ("Mamasapano. A town in Maguindanao where 44 police commandos of the Special Action Force were killed on "
            "January 25, 2015, in a clash with MILF and BIFF fighters during a raid.")
    [attack] = of_type(extract(text, published="2019-01-21"), "attack")
    assert (_sides(attack, "initiator"), _sides(attack, "target")) == ({"MILF", "BIFF"}, {"PHL"})
    assert (attack.date.start[:10], attack.quantities["killed"]) == ("2015-01-25", 44)


def test_a_clash_between_two_named_sides_keeps_them_both_sides(extract):
    [attack] = of_type(extract("Three soldiers were killed in clashes between the army and the MILF.",
                               published="2019-01-21"), "attack")
    assert _sides(attack) == {"PHL", "MILF"}


def test_the_offensive_a_leader_ordered_is_an_attack_by_his_side(extract):
    [estrada] = of_type(extract("All-out war, the offensive President Joseph Estrada ordered against the MILF in "
                                "March 2000, after a string of rebel attacks.", published="2019-01-21"), "attack")
    assert (_sides(estrada, "initiator"), _sides(estrada, "target")) == ({"PHL"}, {"MILF"})
    assert estrada.date.start == "2000-03"
    [russia] = of_type(extract("The offensive Russia launched in August stalled within weeks.",
                               published="2024-10-01"), "attack")
    assert _sides(russia, "initiator") == {"RUS"}


def test_ordering_others_to_halt_attacks_orders_no_attack(extract):
    events = extract("Netanyahu ordered the army to halt attacks.", published="2025-06-23")
    assert not of_type(events, "attack")


def test_a_campaign_s_high_point_was_taken_by_whoever_waged_it(extract):
    text = ("All-out war, the offensive President Joseph Estrada ordered against the MILF in March 2000. Its high "
            "point was the capture of Camp Abubakar, the MILF's main base, on July 9, 2000.")
    capture = next(e for e in of_type(extract(text, published="2019-01-21"), "attack")
                   if e.date.start == "2000-07-09")
    assert _sides(capture, "initiator") == {"PHL"}


def test_rebels_named_by_the_word_alone_are_the_rebels_at_the_talks_and_the_talks_broker_brokered(extract):
    text = ("President Charles Taylor sat across from the rebels of LURD and MODEL in Accra, with the former "
            "Nigerian leader Abdulsalami Abubakar mediating for ECOWAS.\n\n"
            "A ceasefire at last. Government and rebel delegates signed it late this afternoon.")
    [truce] = of_type(extract(text, published="2003-06-17"), "ceasefire")
    assert _sides(truce) == {"LBR", "LURD", "MODEL"}
    assert _sides(truce, "mediator") == {"ECOWAS"}


def test_what_mediated_talks_made_between_their_sides_they_brokered(extract):
    text = ("Talks between the URNG and the government of Guatemala began in Oslo in 1990 and were led by a UN "
            "moderator, Jean Arnault.\n\n"
            "Photograph: the signing of the Agreement on a Definitive Ceasefire in Oslo, 4 December 1996.")
    [truce] = of_type(extract(text, published="2021-12-29"), "ceasefire")
    assert _sides(truce) == {"GTM", "URNG"}
    assert _sides(truce, "mediator") == {"UN"}


def test_fighting_that_never_resumed_is_no_record(extract):
    assert not extract("The fighting never resumed.", published="2021-12-29")


def test_a_memorandum_struck_down_is_neither_struck_nor_accepted(extract):
    events = extract("The Supreme Court stopped the signing of the peace memorandum, and later struck the "
                     "memorandum down.", published="2019-01-21")
    assert not of_type(events, "attack")
    assert not [e for e in events if e.status == "accepted"]
