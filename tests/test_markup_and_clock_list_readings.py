"""Readings that batch 49 of our own articles asked for: a news feed as its XML, an encyclopedia article in wiki
markup, a podcast's chapter marks and a seminar's programme. Each is tested on text written for it."""

from records import codes, of_type
from trucewatch.ingest import markup
from trucewatch.ingest.clean import clean
from trucewatch.nlp.pipeline import sentence_case

FEED = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
        "<title>Andes Wire: Peru and Ecuador</title>\n<link>https://andeswire.example/</link>\n"
        "<item>\n<title>Peru and Ecuador sign peace accord in Brasilia</title>\n"
        "<link>https://andeswire.example/1998/10/26/accord</link>\n"
        "<pubDate>Mon, 26 Oct 1998 21:40:00 GMT</pubDate>\n"
        "<description><![CDATA[<p>Peru and Ecuador signed a peace agreement in Brasilia on Monday, ending a border "
        "dispute that led to wars in 1941, 1981 and <b>1995</b>.</p>]]></description>\n"
        "</item>\n</channel>\n</rss>\n")


def test_a_feed_item_is_read_as_its_title_and_summary_without_tags_links_or_stamps():
    cleaned = clean(FEED)
    kept = [FEED[s.start:s.end] for s in cleaned.segments]
    assert kept[0] == "Andes Wire: Peru and Ecuador"
    assert kept[-1].startswith("Peru and Ecuador signed") and kept[-1].endswith("1995</b>.")  # (the inner tag: blank)
    assert not any("<link>" in k or "pubDate" in k or "<item>" in k for k in kept)


def test_the_summary_of_a_feed_item_tells_its_event_dated_by_the_feed_s_day(extract):
    deals = of_type(extract(FEED, published="1998-10-27"), "agreement")
    assert [(d.status, d.date.start, d.place.country) for d in deals] == [("signed", "1998-10-26", "BRA")]
    assert codes(deals[0], "participant") == {"PER", "ECU"}
    assert deals[0].evidence.text.startswith("Peru and Ecuador signed") and "CDATA" not in deals[0].evidence.text


WIKI = ("{{Short description|1994 peace agreement in the Angolan Civil War}}\n"
        "{{Infobox treaty\n| name = Lusaka Protocol\n| date_signed = {{start date|1994|11|20|df=y}}\n"
        "| location_signed = [[Lusaka]], [[Zambia]]\n}}\n"
        "The '''Lusaka Protocol''' was a peace agreement signed in [[Lusaka]] on 20 November 1994 by the "
        "[[Government of Angola|Angolan government]] and [[UNITA]].<ref>{{cite book |title=A history |year=1996}}"
        "</ref>\n\n== Ceasefire ==\n"
        "A ceasefire between the government and UNITA took effect across Angola on 22 November 1994.\n\n"
        "[[Category:Peace treaties]]\n")


def test_wiki_markup_is_read_as_blank_inside_a_line_and_a_template_s_lines_are_left_out():
    line = "by the [[Government of Angola|Angolan government]] and [[UNITA]].<ref>{{cite|year=1996}}</ref>"
    marks = markup.read(line)
    kept = line[marks.lead:len(line) - marks.tail]  # (the note that closes the line is cut with it)
    read = "".join(c if not any(a <= i < b for a, b, _ in marks.blank) else " " for i, c in enumerate(kept))
    assert read.split() == ["by", "the", "Angolan", "government", "and", "UNITA", "."]
    lines = WIKI.splitlines()
    left_out = markup.skipped(lines, [markup.read(line) for line in lines])
    assert left_out == {0, 1, 2, 3, 4, 5, 11}  # (the templates' lines and the category)


def test_an_article_in_wiki_markup_gives_its_events_and_no_event_of_its_infobox(extract):
    events = extract(WIKI, published="2024-11-20")
    assert sorted((e.type, e.status, e.date.start, e.place.country) for e in events) == [
        ("agreement", "signed", "1994-11-20", "ZMB"), ("ceasefire", "in_effect", "1994-11-22", "AGO")]
    deal = of_type(events, "agreement")[0]
    assert codes(deal, "participant") == {"AGO", "UNITA"}
    assert deal.evidence.text.startswith("The '''Lusaka Protocol'''")  # (the evidence is the text as written)


def test_an_entity_is_read_as_its_character_and_a_hostile_line_is_read_in_bounded_time():
    marks = markup.read("Peace &amp; security")
    assert marks.blank == ((6, 11, "&"),)
    hostile = "<ref>" * 20000 + "x" * 1000  # (no closing tag: the note's pattern is bounded, not quadratic)
    assert markup.read(hostile) is not None
    line = "Russia and Ukraine agreed to a ceasefire. <script>window.__pwned=1</script> <img src=x onerror=\"y\">"
    marks = markup.read(line)
    assert line[:len(line) - marks.tail] == "Russia and Ukraine agreed to a ceasefire."  # (a script's code is no text)


CHAPTERS = ("Episode 212 - Erdut, thirty years on\n\n"
            "In this episode a historian of the wars in the former Yugoslavia walks us through it.\n\n"
            "Chapters\n00:00 Cold open\n01:45 Why eastern Slavonia mattered\n"
            "06:30 Operation Storm: the Croatian army retakes the Krajina, 4-7 August 1995\n"
            "52:00 Listener questions\n")


def test_a_podcast_s_chapter_marks_are_points_of_a_list_whose_clock_is_no_time_of_day(extract):
    cleaned = clean(CHAPTERS)
    items = [CHAPTERS[s.start:s.end] for s in cleaned.segments if s.kind == "item"]
    assert items[2] == "Operation Storm: the Croatian army retakes the Krajina, 4-7 August 1995"
    attacks = of_type(extract(CHAPTERS, published="2025-11-12"), "attack")
    assert [(a.date.start, codes(a, "initiator")) for a in attacks] == [("1995-08-04", {"HRV"})]


def test_a_programme_s_times_date_no_event_and_a_live_page_s_clock_still_does(extract):
    programme = ("PROGRAMME\n\nDushanbe, Thursday 26 June 2025\n\n09:00  Registration and coffee\n"
                 "09:30  Welcome by the Director\n13:30  Panel 2: The General Agreement on the Establishment of Peace "
                 "and National Accord, signed in Moscow on 27 June 1997 by President Emomali Rahmon\n16:30  Close\n")
    deals = of_type(extract(programme, published="2025-06-10"), "agreement")
    assert [(d.status, d.date.start) for d in deals] == [("signed", "1997-06-27")]
    live = clean("Sunday\n\n18:40 — Israel says it is enforcing the ceasefire again\n16:05 — Two soldiers killed\n"
                 "14:30 — Strikes across the strip\n")
    assert all(s.kind != "item" for s in live.segments)  # (a live page's clock, set off by a dash, is its time)
    entries = clean("Iran fires missiles at Israel: live\n\n23:40 Israel's military says the attack is over.\n\n"
                    "22:55 Netanyahu says Iran made a big mistake tonight.\n\n"
                    "19:45 Iran fires about 180 ballistic missiles at Israel.\n")
    assert all(s.kind != "item" for s in entries.segments)  # (nor are its entries, told in sentences under a clock)


def test_only_a_title_case_headline_is_put_in_sentence_case_and_a_date_s_month_keeps_its_capital():
    names = {"peru"}
    assert sentence_case("Peru Signs Peace Accord On 4 August 1998", names) == \
        "Peru signs peace accord on 4 August 1998"
    deck = "Operation Storm: the Croatian army retakes the Krajina"
    assert sentence_case(deck, names) == deck


def test_a_day_told_of_the_first_of_two_joined_events_is_not_the_second_s(extract):
    text = ("Bangladesh\n\nBangladesh and the PCJSS agreed the ceasefire of 1992 and the talks in Dhaka that "
            "followed it.")
    talks = of_type(extract(text, published="2022-12-02"), "talks")
    assert talks and all(t.date is None or not t.date.start.startswith("1992") for t in talks)


# --- who witnessed a signing, and the truce a deal sets ---------------------------------------------------------------

def test_those_who_witnessed_the_signing_in_the_next_sentence_stood_behind_the_deal(extract):
    text = ("Peru and Ecuador\n\nPresidents Alberto Fujimori of Peru and Jamil Mahuad of Ecuador signed a peace "
            "agreement in Brasilia on Monday. The presidents of Argentina, Brazil and Chile and a United States envoy, "
            "representing the four guarantor countries, witnessed the signing.")
    deal = of_type(extract(text, published="1998-10-27"), "agreement")[0]
    assert (codes(deal, "participant"), codes(deal, "mediator")) == ({"PER", "ECU"}, {"ARG", "BRA", "CHL", "USA"})


def test_a_declaration_that_provided_for_a_ceasefire_is_that_ceasefire_agreed(extract):
    text = ("Peru and Ecuador\n\nPeru and Ecuador signed the Itamaraty Peace Declaration in Brasilia on 17 February "
            "1995, with Argentina, Brazil, Chile and the United States as guarantors; it provided for a ceasefire and "
            "the separation of forces.")
    events = extract(text, published="1998-10-27")
    assert [(e.type, e.status, e.date.start, e.place.country) for e in events] == [
        ("ceasefire", "agreed", "1995-02-17", "BRA")]
    assert codes(events[0], "participant") == {"PER", "ECU"}


def test_a_deal_told_by_a_participle_before_it_that_set_a_ceasefire_is_that_ceasefire_signed_that_day(extract):
    text = ("Nicaragua\n\nSigned at Sapoá, near the Costa Rican border, on 23 March 1988, the agreement between the "
            "Sandinista government and the Nicaraguan Resistance set a sixty-day ceasefire from 1 April 1988.")
    truces = of_type(extract(text, published="2024-03-01"), "ceasefire")
    assert [(t.status, t.date.start, t.place.country, t.quantities.get("duration_days")) for t in truces] == [
        ("agreed", "1988-03-23", "NIC", 60)]
    assert codes(truces[0], "participant") == {"NIC", "CONTRAS"}


def test_a_province_one_letter_off_a_state_s_name_is_no_state_and_the_two_armies_are_the_war_s_sides(extract):
    text = ("Angola\n\nAfter Jonas Savimbi, the leader of UNITA, was killed by government troops in Moxico province on "
            "22 February 2002, the two armies signed a memorandum of understanding in Luanda on 4 April 2002.")
    events = extract(text, published="2024-11-20")
    killing, deal = of_type(events, "attack")[0], of_type(events, "agreement")[0]
    assert (codes(killing, "initiator"), codes(killing, "target")) == ({"AGO"}, {"UNITA"})
    assert codes(deal, "participant") == {"AGO", "UNITA"} and "MEX" not in codes(deal)


# --- names, places and deals told in passing --------------------------------------------------------------------------

PROGRAMME = ("PROGRAMME\n\nTajikistan: 28 years after the General Agreement\n\n"
             "11:00  Panel 1: The Tehran ceasefire agreement of 17 September 1994 and the UN observers\n"
             "12:30  Lunch\n"
             "13:30  Panel 2: The General Agreement on the Establishment of Peace and National Accord, signed in "
             "Moscow on 27 June 1997 by President Emomali Rahmon and Said Abdullo Nuri of the United Tajik Opposition\n"
             "16:30  Close\n")


def test_a_first_name_the_parser_took_for_a_verb_is_a_name_and_its_bearer_a_signer(extract):
    deal = of_type(extract(PROGRAMME, published="2025-06-10"), "agreement")[0]
    assert (deal.date.start, deal.place.country, codes(deal, "participant")) == ("1997-06-27", "RUS", {"TJK", "UTO"})


def test_a_truce_named_for_a_city_was_made_there_whoever_its_sides_are(extract):
    truce = of_type(extract(PROGRAMME, published="2025-06-10"), "ceasefire")[0]
    assert (truce.status, truce.date.start, truce.place.country) == ("agreed", "1994-09-17", "IRN")
    assert codes(truce, "participant") == {"TJK", "UTO"}


def test_a_call_to_honour_a_deal_its_clause_says_was_signed_tells_the_signing(extract):
    text = ("Sierra Leone\n\nThe Secretary-General again calls on RUF leader Foday Sankoh to release them at once and "
            "to honour the Lomé Peace Agreement that he signed with President Ahmad Tejan Kabbah on 7 July 1999.")
    deals = of_type(extract(text, published="2000-05-08"), "agreement")
    assert [(d.status, d.date.start, d.place.country) for d in deals] == [("signed", "1999-07-07", "TGO")]
    assert codes(deals[0], "participant") == {"RUF", "SLE"}


def test_a_point_of_a_list_naming_the_talks_in_a_place_tells_talks_held(extract):
    text = ("Episode 212 - Erdut, thirty years on\n\nChapters\n00:00 Cold open\n"
            "14:10 The talks in Erdut and Zagreb, with UN mediator Thorvald Stoltenberg\n52:00 Listener questions\n")
    talks = of_type(extract(text, published="2025-11-12"), "talks")
    assert [(t.status, t.place.country, codes(t, "mediator")) for t in talks] == [("held", "HRV", {"UN"})]


def test_a_participle_after_a_comma_on_the_deal_a_preposition_names_tells_that_deal_s_signing(extract):
    text = ("Nicaragua\n\nThe agreement grew out of the Esquipulas II accord, signed by the five Central American "
            "presidents in Guatemala City on 7 August 1987.")
    deals = of_type(extract(text, published="2024-03-01"), "agreement")
    assert [(d.status, d.date.start, d.place.country) for d in deals] == [("signed", "1987-08-07", "GTM")]


def test_those_named_as_observers_of_a_signing_stood_behind_the_deal(extract):
    text = ("Angola\n\nThe Lusaka Protocol was a peace agreement signed in Lusaka on 20 November 1994 by the Angolan "
            "government and UNITA, with the United Nations as mediator and Portugal, Russia and the United States as "
            "observers.")
    deal = of_type(extract(text, published="2024-11-20"), "agreement")[0]
    assert codes(deal, "mediator") == {"UN", "PRT", "RUS", "USA"}


def test_talks_that_opened_on_a_day_under_an_envoy_are_dated_by_it_and_brokered_by_his_body(extract):
    text = ("Angola\n\nThe Lusaka Protocol was signed in Lusaka on 20 November 1994 by the Angolan government and "
            "UNITA. It followed a year of talks in Lusaka that opened on 15 November 1993 under the UN special "
            "representative Alioune Blondin Beye.")
    talks = of_type(extract(text, published="2024-11-20"), "talks")
    assert [(t.date.start, codes(t, "mediator")) for t in talks] == [("1993-11-15", {"UN"})]


def test_the_broker_of_one_deal_is_not_the_broker_of_another_told_beside_it(extract):
    text = ("Sierra Leone\n\nThe agreement, brokered by Togo and the Economic Community of West African States "
            "(ECOWAS), remains the basis of the peace process, and the Secretary-General holds the RUF responsible "
            "for breaking the ceasefire it agreed to in Lomé on 18 May 1999.")
    truces = [e for e in of_type(extract(text, published="2000-05-08"), "ceasefire") if e.status == "agreed"]
    assert [(t.date.start, codes(t, "mediator")) for t in truces] == [("1999-05-18", set())]


ENVOY_CHAPTERS = ("Episode 40 - Sukhumi\n\nChapters\n00:00 Introduction\n03:10 The war in Abkhazia, 1992-1993\n"
            "09:40 The talks in Geneva and Moscow, with UN envoy Edouard Brunner and Russian mediator Boris Pastukhov\n"
            "21:05 14 May 1994: the Georgian government and the Abkhaz leadership sign the Moscow Agreement on a "
            "ceasefire\n33:00 Listener questions\n")


def test_an_envoy_listed_beside_the_mediator_of_talks_mediates_with_him(extract):
    talks = of_type(extract(ENVOY_CHAPTERS, published="2024-05-14"), "talks")
    assert len(talks) == 1 and codes(talks[0], "mediator") == {"UN", "RUS"}
    assert "UN" not in codes(talks[0], "participant")


def test_the_deal_a_list_tells_right_after_its_talks_was_brokered_by_their_mediators(extract):
    deals = [e for e in extract(ENVOY_CHAPTERS, published="2024-05-14") if e.type in ("ceasefire", "agreement")]
    assert [d.date.start for d in deals] == ["1994-05-14"]
    assert codes(deals[0], "participant") == {"GEO", "ABKHAZIA"} and codes(deals[0], "mediator") == {"UN", "RUS"}
