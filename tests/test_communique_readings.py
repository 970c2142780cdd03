"""Readings found on batch 26 of our own articles (eval/own/pending): a presidency's press release, agency copy on a
ministry's briefing, a regional communique, a mediator's remarks and a notice in the register. Each is tested on
sentences written for it."""

from records import of_type, roles
from trucewatch.ingest.clean import clean


def test_a_statement_s_line_of_place_and_day_is_its_day_and_no_text():
    cleaned = clean("Press release\n\nAnkara, 11 December 2024\n\nErdogan hosted talks today.", "Press release",
                    "2024-12-12")
    assert cleaned.dateline_date == "2024-12-11" and cleaned.date_line == "Ankara, 11 December 2024"
    assert len(cleaned.segments) == 2


def test_today_in_a_statement_is_its_line_s_day_and_the_host_of_talks_mediates_them(extract):
    [talks] = of_type(extract("Press release: Ethiopia and Somalia sign the Ankara Declaration\n\nAnkara, 11 December "
                              "2024\n\nPresident Recep Tayyip Erdogan hosted the President of Somalia, Hassan Sheikh "
                              "Mohamud, and the Prime Minister of Ethiopia, Abiy Ahmed, in Ankara today for talks on "
                              "the dispute between the two countries.", published="2024-12-12"), "talks")
    assert talks.status == "held" and talks.date.start == "2024-12-11"
    assert roles(talks) == {("TUR", "mediator"), ("SOM", "participant"), ("ETH", "participant")}


def test_those_at_whose_invitation_and_with_whose_support_sides_meet_mediate(extract):
    [talks] = of_type(extract("At the invitation of the Prime Minister of Saint Vincent and the Grenadines, and with "
                              "the support of the President of Brazil, the President of Guyana, Irfaan Ali, and the "
                              "President of Venezuela, Nicolas Maduro, met today at Argyle.", published="2023-12-14"),
                      "talks")
    assert {("VCT", "mediator"), ("BRA", "mediator"), ("GUY", "participant"), ("VEN", "participant")} <= \
        roles(talks)


def test_a_notice_s_issuer_named_on_its_date_line_is_its_i(extract):
    [sanction] = of_type(extract("Sanctions on the Houthis\n\nPublic Notice, Department of State, 5 March 2025\n\n"
                                 "Today I impose sanctions on the Houthis.", published="2025-03-05"), "sanction")
    assert roles(sanction) == {("USA", "initiator"), ("HOUTHI", "target")}
