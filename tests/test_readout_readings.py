"""Readings found on batch 15 of our own articles (eval/own/pending): a readout of a leaders' call, a UN
meetings-coverage release, a newsletter with flag headings, an exclusive on unnamed sources, a fact sheet in bullets
and a radio script in capitals. Each is tested on sentences written for it."""

from records import of_type, roles


def test_a_readout_s_leaders_who_spoke_held_talks_and_agreed_what_the_path_to_peace_begins_with(extract):
    events = extract("President Donald J. Trump spoke today with President Vladimir Putin of Russia about the need "
                     "for peace. The two leaders agreed that the path to peace would begin with a ceasefire on energy "
                     "and infrastructure.", published="2025-03-18")
    [call] = of_type(events, "talks")
    assert call.status == "held" and {("USA", "participant"), ("RUS", "participant")} <= roles(call)
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed" and truce.date.start == "2025-03-18"
    assert not of_type(extract("The foreign minister spoke with reporters in Ankara on Monday.",
                               published="2025-03-18"), "talks")


def test_sides_that_agreed_a_truce_would_begin_agreed_it_on_their_day_not_its_start(extract):
    [truce] = of_type(extract("Russia and Ukraine agreed on Thursday that a ceasefire would begin on Monday.",
                              published="2025-03-18"), "ceasefire")
    assert truce.status == "agreed" and truce.date.start == "2025-03-13"
    assert {("RUS", "participant"), ("UKR", "participant")} <= roles(truce)
    assert not of_type(extract("Russia said that a ceasefire would begin on Monday.", published="2025-03-18"),
                       "ceasefire")


def test_a_town_taken_is_an_attack_but_a_capital_taken_by_surprise_is_not(extract):
    [taken] = of_type(extract("M23 rebels said on Monday they had taken Goma, the largest city in eastern Congo, "
                              "after fighters backed by Rwanda entered the city overnight. Congo accused Rwanda of a "
                              "declaration of war.", published="2025-01-28"), "attack")
    assert ("M23", "initiator") in roles(taken) and taken.place.country == "COD" and taken.date.start == "2025-01-27"
    assert not of_type(extract("The decision took Kyiv by surprise, officials said after the talks.",
                               published="2025-01-28"), "attack")


def test_a_newsletter_s_flag_heading_places_its_story_and_a_summit_s_convener_brokers_it(extract):
    events = extract("The Conflict Brief\n\n\U0001F1E8\U0001F1E9 CONGO\nKenya's President William Ruto said the "
                     "East African Community would hold an emergency summit on Wednesday, which Tshisekedi and Kagame "
                     "were expected to attend.\n\n\U0001F1E8\U0001F1F4 COLOMBIA\nThe government declared a state of "
                     "emergency in the Catatumbo region on Friday, after an ELN offensive that killed at least 80 "
                     "people.", published="2025-01-28")
    [summit] = of_type(events, "talks")
    assert summit.status == "planned" and ("EAC", "mediator") in roles(summit)
    assert {("COD", "participant"), ("RWA", "participant")} <= roles(summit)
    [offensive] = of_type(events, "attack")
    assert offensive.place.country == "COL" and offensive.quantities.get("killed") == 80


def test_a_council_that_demanded_and_called_for_a_halt_calls_for_it_itself(extract):
    events = extract("The Security Council today demanded that the Rapid Support Forces (RSF) halt the siege of El "
                     "Fasher, the capital of North Darfur, and called for an immediate halt to the fighting in and "
                     "around the city.", published="2024-06-13")
    [called] = of_type(events, "ceasefire")
    assert called.status == "called_for" and ("UN", "initiator") in roles(called)
    assert ("RSF", "initiator") not in roles(called)


def test_a_script_in_capitals_is_read_as_written_in_the_usual_case(extract):
    events = extract("RADIO NEWS SCRIPT - 1800 GMT - SUNDAY 19 OCTOBER 2025\n\nPAKISTAN AND AFGHANISTAN HAVE AGREED TO "
                     "AN IMMEDIATE CEASEFIRE AFTER TALKS IN DOHA MEDIATED BY QATAR AND TURKEY, QATAR'S FOREIGN "
                     "MINISTRY SAID ON SUNDAY.\n\nTHE TWO SIDES ALSO AGREED TO MEET AGAIN IN ISTANBUL ON OCTOBER 25.",
                     published="2025-10-19")
    [truce] = of_type(events, "ceasefire")
    assert {("PAK", "participant"), ("AFG", "participant"), ("QAT", "mediator"), ("TUR", "mediator")} <= roles(truce)
    assert truce.evidence.text.startswith("PAKISTAN AND AFGHANISTAN")  # (the record quotes the text as written)
    [planned] = [t for t in of_type(events, "talks") if t.status == "planned"]
    assert planned.date.start == "2025-10-25" and planned.place.country == "TUR"


def test_capitals_are_cased_word_by_word_and_other_text_is_left_alone():
    from trucewatch.nlp.pipeline import caps_case

    names, acronyms = {"pakistan", "doha", "deal"}, {"UN"}
    text = "THE UN SAID PAKISTAN SIGNED THE DEAL IN DOHA ON MONDAY."
    assert caps_case(text, names, acronyms) == "The UN said Pakistan signed the deal in Doha on Monday."
    assert caps_case("Pakistan signed the deal in Doha.", names, acronyms) == "Pakistan signed the deal in Doha."
    assert caps_case("UN, EU", names, acronyms) == "UN, EU"  # (too short to be a passage in capitals)


def test_a_draft_deal_accepted_is_the_truce_accepted_not_agreed_nor_a_document_of_its_own(extract):
    events = extract("Hamas has accepted a draft agreement for a ceasefire in Gaza and the release of hostages, an "
                     "official briefed on the negotiations said on Tuesday.", published="2025-01-14")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "accepted" and ("HAMAS", "initiator") in roles(truce)
    assert not of_type(events, "proposal")
    [handed] = of_type(extract("The mediators handed Hamas a draft agreement on Monday.", published="2025-01-14"),
                       "proposal")
    assert handed.status == "presented" and ("HAMAS", "target") in roles(handed)


def test_the_points_of_a_list_a_relevant_line_introduces_are_read_and_steps_two_sides_agreed_are_a_deal(extract):
    events = extract("After expert-level talks in Riyadh, Saudi Arabia, the United States has reached separate "
                     "arrangements with Russia and with Ukraine:\n\n\u2022 The United States and Russia have agreed to "
                     "ensure safe navigation and to prevent the use of commercial vessels for military purposes in "
                     "the Black Sea.\n", published="2025-03-25")
    [deal] = of_type(events, "agreement")
    assert deal.status == "agreed" and {("USA", "participant"), ("RUS", "participant")} <= roles(deal)
    assert not of_type(extract("Markets were calm on Monday:\n\n\u2022 Oil producers have agreed to keep output "
                               "steady.\n", published="2025-03-25"), "agreement")


def test_a_monitors_report_is_of_the_day_it_runs_to_and_its_comparison_day_dates_nothing(extract):
    events = extract("Latest from the OSCE Special Monitoring Mission to Ukraine, based on information received as "
                     "of 19:30, 17 February 2022\n\nThe SMM recorded a considerable increase in ceasefire violations "
                     "along the contact line in Donetsk and Luhansk regions compared with the previous day.\n\nIn "
                     "Luhansk region, the SMM saw damage caused by shelling to a kindergarten in Stanytsia "
                     "Luhanska.", published="2022-02-18")
    [violated] = of_type(events, "ceasefire")
    assert violated.status == "violated" and violated.date.start == "2022-02-17"
    assert violated.place.country == "UKR"
    [shelling] = of_type(events, "attack")
    assert shelling.date.start == "2022-02-17"


def test_a_place_of_no_country_gives_way_to_one_another_telling_places_in_a_country(extract):
    events = extract("Trump and mediators sign Gaza declaration at Sharm el-Sheikh summit\n\nU.S. President Donald "
                     "Trump signed a declaration backing the Gaza ceasefire with the leaders of Egypt, Qatar and "
                     "Turkey on Monday, at a summit attended by more than 20 world leaders in the Red Sea resort.",
                     published="2025-10-14")
    summit = next(t for t in of_type(events, "talks") if t.status == "held")
    assert summit.place.country == "EGY"


def test_of_two_leaders_who_agreed_a_truce_the_one_at_war_with_no_one_in_it_brokered_it(extract):
    events = extract("President Donald J. Trump spoke today with President Vladimir Putin of Russia about a "
                     "ceasefire in the war in Ukraine. The two leaders agreed that the path to peace would begin with "
                     "a ceasefire on energy and infrastructure.", published="2025-03-18")
    [truce] = of_type(events, "ceasefire")
    assert ("RUS", "participant") in roles(truce) and ("USA", "mediator") in roles(truce)
    assert ("USA", "participant") not in roles(truce)
    [call] = of_type(events, "talks")  # (who spoke with whom still spoke: the call's two sides are the two leaders)
    assert {("USA", "participant"), ("RUS", "participant")} <= roles(call)
    [lebanon] = of_type(extract("Israel and Lebanon agreed on Tuesday to a ceasefire, ending more than a year of "
                                "fighting between Israel and Hezbollah.", published="2024-11-26"), "ceasefire")
    assert {("ISR", "participant"), ("LBN", "participant")} <= roles(lebanon)
