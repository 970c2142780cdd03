"""Readings found on batch 26 of our own articles (eval/own/pending): official statements, issued under a line of
place and day ("Ohrid, 18 March 2023"), by a convening body or a state's office. Each is tested on text written for
it."""

from records import of_type, roles

REMARKS = "Remarks by the High Representative after the meeting with Kosovo and Serbia"


def remarks(body: str, extract):
    """Events of the High Representative's remarks, issued under their line of place and day."""
    return extract(f"{REMARKS}\n\nOhrid, 18 March 2023\n\n{body}", published="2023-03-18", title=REMARKS)


def test_a_deal_not_signed_that_day_stays_a_deal_agreed(extract):
    [deal] = of_type(remarks("Kosovo and Serbia have agreed on the annex of the agreement on normalising their "
                             "relations. The parties did not sign the text today, but they said they would carry out "
                             "every article of it.", extract), "agreement")
    assert deal.status == "agreed" and {("XKX", "participant"), ("SRB", "participant")} <= roles(deal)
    assert "annex" in deal.evidence.text


def test_the_annex_of_a_deal_carries_the_verb_to_the_deal_and_its_sides(extract):
    [deal] = of_type(extract("Armenia and Azerbaijan have agreed on the border annex of the peace agreement.",
                             published="2025-08-09"), "agreement")
    assert deal.status == "agreed" and roles(deal) == {("ARM", "participant"), ("AZE", "participant")}


def test_a_statements_line_of_place_and_day_places_the_talks_of_that_day_and_their_convener(extract):
    events = remarks("After twelve hours of talks, Kosovo and Serbia have agreed on the annex of the agreement.",
                     extract)
    [talks] = of_type(events, "talks")
    assert talks.place is not None and talks.place.name == "Ohrid" and talks.place.country == "MKD"
    assert ("EU", "mediator") in roles(talks)
    [deal] = of_type(events, "agreement")
    assert deal.place.name == "Ohrid" and ("EU", "mediator") in roles(deal)


def test_a_statements_line_of_place_does_not_place_what_happened_on_another_day(extract):
    text = ("Statement by the Foreign Ministry\n\nAnkara, 20 March 2023\n\n"
            "Kosovo and Serbia held talks on 18 March and agreed on the annex of the agreement.")
    events = extract(text, published="2023-03-20", title=text.split("\n")[0])
    assert all(e.place is None or e.place.name != "Ankara" for e in events)


def test_an_issuer_that_is_no_place_places_nothing(extract):
    text = ("Public Notice, Department of State, 5 March 2025\n\n"
            "Delegations of Armenia and Azerbaijan held talks today and agreed on the annex of the agreement.")
    events = extract(text, published="2025-03-05")
    assert of_type(events, "talks") and all(e.place is None for e in events)


def test_a_convening_bodys_we_in_its_own_remarks_is_the_deals_mediator(extract):
    [deal] = of_type(remarks("Good evening. We have a deal. After twelve hours of talks, Kosovo and Serbia have agreed "
                             "on the annex of the agreement.", extract), "agreement")
    assert ("EU", "mediator") in roles(deal) and ("EU", "participant") not in roles(deal)


def test_a_place_named_with_its_country_is_in_that_country(extract):
    text = ("Communique: the presidents meet\n\nKingstown, 14 December 2023\n\n"
            "The President of Guyana and the President of Venezuela met today at Argyle, Saint Vincent, for talks on "
            "the Essequibo dispute.")
    [talks] = of_type(extract(text, published="2023-12-15", title=text.split("\n")[0]), "talks")
    assert talks.place is not None and talks.place.name == "Argyle" and talks.place.country == "VCT"


def test_the_capital_of_saint_vincent_is_not_an_irish_harbour(extract):
    text = ("Communique on the ministers' meeting\n\nKingstown, 14 December 2023\n\n"
            "The foreign ministers of Guyana and Venezuela held talks today and agreed to meet again.")
    [talks] = [e for e in of_type(extract(text, published="2023-12-14"), "talks") if e.status == "held"]
    assert talks.place is not None and talks.place.country == "VCT"


def test_two_presidents_agreeing_that_their_states_will_not_use_force_make_a_deal(extract):
    text = ("Communique: the presidents meet\n\nKingstown, 14 December 2023\n\n"
            "The President of Guyana and the President of Venezuela met today at Argyle, Saint Vincent. The two "
            "presidents agreed that Guyana and Venezuela will not threaten or use force against one another.")
    [deal] = of_type(extract(text, published="2023-12-14"), "agreement")
    assert deal.status == "agreed" and {("GUY", "participant"), ("VEN", "participant")} <= roles(deal)
    assert deal.place is not None and deal.place.country == "VCT"


def test_agreeing_that_something_is_true_is_no_deal(extract):
    text = ("The President of Guyana and the President of Venezuela met today at Argyle, Saint Vincent. The two "
            "presidents agreed that the weather was fine.")
    assert not of_type(extract(text, published="2023-12-14"), "agreement")


def test_a_designation_made_hereby_is_the_issuers_sanction(extract):
    text = ("A terrorist designation\n\nPublic Notice, Department of State, 5 March 2025\n\n"
            "Having reviewed the record, I have found that the Houthis meet the criteria for designation.\n\n"
            "Therefore, I hereby designate Ansarallah as a Foreign Terrorist Organization.")
    [sanction] = of_type(extract(text, published="2025-03-05"), "sanction")
    assert sanction.status == "imposed" and roles(sanction) == {("USA", "initiator"), ("HOUTHI", "target")}


def test_a_deal_signed_after_mediated_talks_is_mediated_by_their_host(extract):
    text = ("President Erdogan hosted the President of Somalia and the Prime Minister of Ethiopia in Ankara today for "
            "talks on their dispute.\n\n"
            "After several hours of talks, the two leaders signed a declaration.")
    [deal] = of_type(extract(text, published="2024-12-11"), "agreement")
    assert deal.status == "signed" and ("TUR", "mediator") in roles(deal)
    assert {("SOM", "participant"), ("ETH", "participant")} <= roles(deal)


def test_the_high_representative_alone_is_the_european_unions(extract):
    [talks] = of_type(extract("The High Representative met the leaders of Kosovo and Serbia in Brussels on Monday "
                              "for talks.", published="2023-02-28"), "talks")
    assert ("EU", "mediator") in roles(talks) or ("EU", "participant") in roles(talks)
