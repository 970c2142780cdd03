import pytest

from trucewatch.ingest.clean import clean, is_furniture


def texts(text, **kw):
    return [(text[s.start:s.end], s.kind) for s in clean(text, **kw).segments]


def test_headline_stays_apart_from_the_body():
    text = "Truce Agreed In Idlib\nRussia and Turkey agreed a ceasefire on Thursday."
    assert texts(text, title="Truce Agreed In Idlib") == [
        ("Truce Agreed In Idlib", "headline"), ("Russia and Turkey agreed a ceasefire on Thursday.", "body")]


def test_page_furniture_is_dropped():
    text = ("Talks held\n\n  • Oops!\n    Something went wrong.\n    Please try again later.\n\n"
            "Delegations met in Istanbul.\n\nSee also  Markets rally on Friday\n\nRelated Articles\n\n"
            "Leave a Reply\n\nBack to top button\nFor more updates on Ukraine conflict, visit Example.com.\n"
            "Nice view pic.twitter.com/abc123\n— Some One (@someone) March 5, 2020\nBy Jane Roe")
    kept = [t for t, _ in texts(text)]
    assert kept == ["Talks held", "Delegations met in Istanbul."]


def test_offsets_point_into_the_original_text():
    text = "Headline here\n\n   Body sentence one. Body sentence two.\n"
    seg = clean(text).segments[1]
    assert text[seg.start:seg.end] == "Body sentence one. Body sentence two."


def test_dateline_is_cut_and_gives_the_date():
    text = "Truce declared\nMOSCOW, Jan. 5, 2023 (Reuters) — Putin ordered a truce."
    cleaned = clean(text)
    assert text[cleaned.segments[1].start:cleaned.segments[1].end] == "Putin ordered a truce."
    assert cleaned.dateline_date == "2023-01-05"


def test_dateline_date_is_read_beside_publication_and_wins_only_when_a_day_or_two_earlier():
    from trucewatch.nlp.article import reference_date

    text = "Truce declared\nMOSCOW, Jan. 5, 2023 (Reuters) — Putin ordered a truce."
    told = clean(text, published="2023-01-06").dateline_date
    assert told == "2023-01-05"
    assert reference_date("2023-01-06", told, text) == "2023-01-05"  # the story's day, printed the next morning
    assert reference_date("2023-01-20", told, text) == "2023-01-20"  # an old dateline: publication rules
    assert reference_date("2023-01-05", told, text) == "2023-01-05"
    assert reference_date("2023-01-04", told, text) == "2023-01-04"  # a dateline after publication is a slip


def test_list_items_lose_their_bullets():
    text = "Points agreed:\n- Agreed to open a corridor.\n- Ceasefire to begin at midnight."
    assert texts(text)[1:] == [("Agreed to open a corridor.", "item"), ("Ceasefire to begin at midnight.", "item")]


def test_hard_wrapped_paragraph_is_one_segment():
    text = ("The two delegations met in Istanbul on Monday for a second round of talks\n"
            "that lasted a little over an hour.")
    assert texts(text) == [(text, "body")]


def test_furniture_patterns_do_not_eat_news():
    assert not is_furniture("Russia and Ukraine agreed to exchange prisoners, officials said.")
    assert not is_furniture("By Monday the truce had collapsed.")


def test_a_long_paragraph_quoting_a_tweet_is_prose_not_furniture():
    from trucewatch.ingest.clean import is_furniture

    tweet = "French forces retake the hotel pic.twitter.com/abc123 — A Reporter (@reporter) January 16, 2016"
    assert is_furniture(tweet)
    paragraph = ("Soldiers gathered at the scene before the counter-assault began, local reporters said. " * 3
                 + tweet + " About 60 troops have been assisting the French military, a source said.")
    assert not is_furniture(paragraph)


def test_dateline_with_a_country_after_the_city_is_cut():
    # "Saudi Arabia" in the dateline had become the initiator of the ceasefire the sentence is about
    text = "Talks end\nJEDDAH, Saudi Arabia, March 11 (AP) - Ukraine said it was ready to accept a truce."
    cleaned = clean(text, published="2025-03-11")
    assert text[cleaned.segments[1].start:cleaned.segments[1].end] == "Ukraine said it was ready to accept a truce."
    text = "Talks end\nKYIV, Jan 7 (Reuters) - Russia fired missiles at the city."
    assert texts(text)[1] == ("Russia fired missiles at the city.", "body")


def test_a_dateline_of_two_cities_is_cut():
    # "MOSCOW/WASHINGTON" had made Washington a party to the truce Putin agreed to
    text = "Talks end\nMOSCOW/WASHINGTON, March 18 (Reuters) - Putin agreed to halt strikes on energy facilities."
    assert texts(text)[1] == ("Putin agreed to halt strikes on energy facilities.", "body")


@pytest.mark.parametrize("line", ["ADDIS ABABA, 12 September 2018 - ", "MOSCOW, March 5 (Xinhua) -- "])
def test_a_dateline_with_the_day_before_the_month_or_a_double_dash_is_cut(line):
    # "ABABA", left in the sentence, had made Ethiopia a party to the South Sudan deal signed there
    text = "Deal signed\n" + line + "Kiir and Machar signed a revitalised peace agreement."
    assert texts(text)[1] == ("Kiir and Machar signed a revitalised peace agreement.", "body")


def test_a_dateline_with_the_day_before_the_month_gives_the_date():
    assert clean("Deal signed\nADDIS ABABA, 12 September 2018 - Kiir signed.").dateline_date == "2018-09-12"


def test_a_list_of_links_to_other_stories_is_dropped_with_its_heading():
    # "Israel, Hamas extend truce for seventh day", a link under "Related Coverage", had become an extension of the
    # truce the story says ended
    text = ("Gaza truce ends\nThe seven-day truce between Israel and Hamas expired on Friday.\nRelated Coverage\n"
            "- Israel, Hamas extend truce for seventh day\n- Hostages describe captivity in Gaza tunnels\n"
            "Qatar said talks to restore the truce were continuing.")
    assert [t for t, _ in texts(text)[1:]] == ["The seven-day truce between Israel and Hamas expired on Friday.",
                                               "Qatar said talks to restore the truce were continuing."]


@pytest.mark.parametrize("line", ["Reporting by Nidal al-Mughrabi; Editing by Peter Graff",
                                  "Our Standards: The Thomson Reuters Trust Principles.",
                                  "(With inputs from agencies)", "Last updated: 28 November 2024",
                                  "Photo: Cars queue on the highway south of Sidon (Reuters)"])
def test_credits_standards_and_captions_are_furniture(line):
    assert is_furniture(line)


def test_prose_that_begins_like_a_credit_is_kept():
    assert not is_furniture("Reporting by local journalists showed that both sides had broken the truce within "
                            "hours of its start on Sunday.")
    assert not is_furniture("Related talks in Geneva ended without a deal.")


def test_a_live_page_label_is_cut_from_its_paragraph_but_a_sentence_is_kept_whole():
    text = ("Truce begins - live\n\nSummary: Russia's unilateral ceasefire took effect at midnight.\n\n"
            "Update - Kyiv says the attacks go on along the front.\n\nBackground checks on the monitors began on "
            "Friday.\n\nLatest: Calm.")
    kept = [t for t, _ in texts(text)]
    assert kept[1:] == ["Russia's unilateral ceasefire took effect at midnight.",
                        "Kyiv says the attacks go on along the front.",
                        "Background checks on the monitors began on Friday.",
                        "Latest: Calm."]  # (a label over a line too short to be a paragraph stays)


def test_a_fact_check_s_claim_is_a_segment_of_its_own_kind():
    text = "CLAIM: Posts say India and Pakistan signed a peace treaty.\n\nVERDICT: False. No treaty was signed."
    kinds = [(seg.kind, text[seg.start:seg.end][:5]) for seg in clean(text).segments]
    assert kinds[0] == ("claim", "Posts") and kinds[1][0] == "body"


def test_a_table_s_rows_are_points_without_their_rule_and_outer_bars():
    text = ("Sudan's broken truces: a timeline\n\n| Date | What happened |\n|---|---|\n"
            "| April 15, 2023 | Fighting Breaks Out In Khartoum Between The Army And The RSF. |\n"
            "| May 29 | The truce is extended by five days. |\n")
    assert texts(text)[1:] == [  # (the heading row names the columns; it is no point of its own)
        ("April 15, 2023 | Fighting Breaks Out In Khartoum Between The Army And The RSF.", "item"),
        ("May 29 | The truce is extended by five days.", "item")]


def test_a_feed_s_line_led_by_its_own_day_tells_its_event_as_body_not_as_a_headline():
    text = ("Israel-Iran war: all our headlines\n23 Jun 2025 - Trump announces ceasefire between Israel and Iran\n"
            "June 22, 2025 | U.S. bombs three nuclear sites\nIran's missiles hit Beersheba")
    assert texts(text, title="Israel-Iran war: all our headlines") == [
        ("Israel-Iran war: all our headlines", "headline"),
        ("23 Jun 2025 - Trump announces ceasefire between Israel and Iran", "body"),
        ("June 22, 2025 | U.S. bombs three nuclear sites", "body"),
        ("Iran's missiles hit Beersheba", "headline")]  # (a subheading without its day is still one)


def test_an_update_note_a_correction_and_a_picture_s_credit_are_no_text():
    text = ("UPDATE 3-Karabakh Armenians agree to disarm\n(Adds Pashinyan comments, paragraphs 6-7)\n"
            "BAKU, Sept 20 - Ethnic Armenian forces agreed on Wednesday to lay down their arms.\n"
            "Mourners carry the body of a girl killed in the strikes on May 9. Photo: AFP\n"
            "Correction: An earlier version of this story gave the time the ceasefire took effect as 1 a.m.")
    assert texts(text, title="UPDATE 3-Karabakh Armenians agree to disarm")[1:] == [
        ("Ethnic Armenian forces agreed on Wednesday to lay down their arms.", "body"),
        ("Mourners carry the body of a girl killed in the strikes on May 9.", "body")]


def test_a_later_paragraph_s_dateline_is_cut_when_its_place_is_known():
    text = "KYIV — Russia freed 215 prisoners.\nBISHKEK — Kyrgyzstan and Tajikistan agreed to a truce."
    cleaned = clean(text, place_of=lambda name: {"BISHKEK": "KGZ"}.get(name))
    assert [(text[s.start:s.end], s.dateline) for s in cleaned.segments] == [
        ("Russia freed 215 prisoners.", None), ("Kyrgyzstan and Tajikistan agreed to a truce.", "KGZ")]
