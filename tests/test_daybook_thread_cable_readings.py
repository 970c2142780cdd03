"""Readings that batch 45 of our own articles asked for: a wire service's daybook, a correspondent's numbered thread,
a court's findings of fact, an embassy cable and a photo gallery's captions, and the shapes of sentence they showed.
Each is tested on text written for it."""

from records import codes, of_type

# --- a daybook ----------------------------------------------------------------------------------------------------

def test_a_declaration_its_relative_clause_tells_stands_under_a_question_of_whether(extract):
    events = extract("MEND is expected to say whether it will extend the 60-day ceasefire it declared on 15 July, two "
                     "days after the government freed its leader, Henry Okah.", published="2009-08-06")
    truces = of_type(events, "ceasefire")
    assert [(t.status, t.date.start) for t in truces] == [("announced", "2009-07-15")]  # (the extension is asked)
    freed = of_type(events, "prisoner_exchange")
    assert [(f.status, f.date.start) for f in freed] == [("carried_out", "2009-07-13")]


def test_a_condition_s_own_clause_is_still_no_event(extract):
    events = extract("If Hamas breaks the truce, Israel will strike Gaza.", published="2025-06-02")
    assert not [e for e in of_type(events, "ceasefire") if e.status == "violated"]


def test_talks_at_home_under_an_item_s_dateline_are_placed_there(extract):
    events = extract("Daybook: Nigeria\n\nEvents we plan to cover today.\n\nPORT HARCOURT - Talks between Rivers state "
                     "officials and MEND commanders on handing in weapons were held on Monday.", published="2009-08-06")
    talks = of_type(events, "talks")
    assert talks and talks[0].place is not None and talks[0].place.country == "NGA"


# --- a thread -----------------------------------------------------------------------------------------------------

THREAD = ("1/ The ceasefire that NATO's envoy brokered on 5 July between the army and the NLA has been broken almost "
          "daily.\n\n"
          "2/ It was broken again this morning. A police patrol came under fire near Tetovo at dawn and two officers "
          "were wounded, the interior ministry says. /end")


def test_a_truce_brokered_on_a_day_of_its_own_is_agreed_that_day(extract):
    agreed = [t for t in of_type(extract(THREAD, published="2001-08-13"), "ceasefire") if t.status == "agreed"]
    assert [(t.date.start, "NATO" in codes(t, "mediator")) for t in agreed] == [("2001-07-05", True)]


def test_a_truce_broken_told_by_a_passive_it_is_broken_then_and_a_thread_s_numbers_are_no_words(extract):
    broken = [t for t in of_type(extract(THREAD, published="2001-08-13"), "ceasefire") if t.status == "violated"]
    assert [(t.date.start, t.evidence.text) for t in broken] == [
        ("2001-08-13", "It was broken again this morning.")]  # (not "2/ It was …", nor "almost daily")
    events = extract("India and Pakistan agreed to a ceasefire in November 2003, but it has been broken often.",
                     published="2021-02-26")
    assert not [t for t in of_type(events, "ceasefire") if t.status == "violated"]  # (how often, not when)


def test_a_thread_s_numbers_are_marked_only_where_posts_count_from_one():
    from trucewatch.ingest.clean import thread_marks
    lines = ["1/ Done. The deal is signed.", "2/ Next: the vote. /end"]
    marks = thread_marks(lines)
    assert [lines[n][s:e] for n, spans in sorted(marks.items()) for s, e in spans] == ["1/", "2/", " /end"]
    assert thread_marks(["2/3 of the town is held.", "4/5 of the roads are cut."]) == {}


def test_forces_under_fire_at_home_in_a_civil_war_are_the_state_s(extract):
    struck = of_type(extract(THREAD, published="2001-08-13"), "attack")
    assert [codes(a, "target") for a in struck] == [{"MKD"}]


def test_a_people_s_demonym_where_its_kin_live_names_no_state(extract):
    events = extract("In Skopje the leaders of Macedonia's four main parties, two Macedonian and two Albanian, signed "
                     "the framework agreement on Monday.", published="2001-08-14")
    assert "ALB" not in codes(of_type(events, "agreement")[0])
    events = extract("Albanian and Macedonian officials signed a border agreement in Tirana on Monday.",
                     published="2001-08-14")
    assert "ALB" in codes(of_type(events, "agreement")[0])  # (where the story is Albania's too)


def test_who_signed_as_a_witness_brokered_the_deal_told_before(extract):
    events = extract("The government and the rebels signed the peace agreement in Skopje on Monday. President Boris "
                     "Trajkovski signed as a witness, with the EU's envoy Francois Leotard and the US envoy James "
                     "Pardew.", published="2001-08-14")
    deals = of_type(events, "agreement")
    assert len(deals) == 1 and {"EU", "USA"} <= codes(deals[0], "mediator")


# --- a court's findings -------------------------------------------------------------------------------------------

COURT = ("29. On 10 July 1999 the DRC, Angola, Rwanda and Uganda signed the Lusaka Ceasefire Agreement, with Zambia "
         "as mediator. The Agreement "
         "provided for a Joint Military Commission and for the withdrawal of all foreign forces.\n\n"
         "30. From 5 to 10 June 2000 the armed forces of Uganda and Rwanda fought each other in Kisangani. The "
         "fighting killed hundreds of civilians.")


def test_what_a_deal_provides_for_is_its_terms_no_deal(extract):
    assert of_type(extract(COURT, published="2005-12-19"), "agreement") == []


def test_a_deal_named_for_its_city_was_made_there(extract):
    truce = of_type(extract(COURT, published="2005-12-19"), "ceasefire")[0]
    assert truce.place is not None and truce.place.country == "ZMB"


def test_armies_that_fought_each_other_clashed_as_sides(extract):
    fights = of_type(extract(COURT, published="2005-12-19"), "attack")
    assert len(fights) == 1 and codes(fights[0], "participant") == {"UGA", "RWA"}
    assert fights[0].date.start == "2000-06-05" and not codes(fights[0], "target")


# --- a cable ------------------------------------------------------------------------------------------------------

CABLE = ("FROM: AMEMBASSY BAKU\nSUBJECT: KARABAKH CEASEFIRE HOLDS\n\n"
         "1. (U) Summary: The ceasefire that took effect on 12 May held through its first day. End summary.\n\n"
         "2. (U) Armenia and Azerbaijan signed the Bishkek Protocol on 5 May. The Bishkek Protocol called for a "
         "ceasefire from the night of 8-9 May.")


def test_a_cable_s_classification_marks_are_no_words_of_the_text(extract):
    events = extract(CABLE, published="1994-05-13")
    assert not any("(U)" in e.evidence.text for e in events)
    from trucewatch.ingest.clean import cable_marks
    assert cable_marks(["1. (U) Summary: …"]) == {}  # (one paragraph so marked is no cable)


def test_a_protocol_that_calls_for_a_truce_settled_it(extract):
    truces = of_type(extract(CABLE, published="1994-05-13"), "ceasefire")
    assert "called_for" not in {t.status for t in truces} and "agreed" in {t.status for t in truces}


# --- a photo gallery ----------------------------------------------------------------------------------------------

GALLERY = ("In pictures: the Naga peace accord\n\n"
           "1 of 4. Officials of the government and the NSCN(IM) signed the framework agreement in New Delhi on "
           "Monday.\n\n"
           "2 of 4. The NSCN(IM) has observed a ceasefire with the Indian government since 1 August 1997, and the two "
           "sides have held talks in Amsterdam, Bangkok, Geneva and Delhi.\n\n"
           "3 of 4. Soldiers carry a coffin after an ambush in Manipur on 4 June, when rebels killed 18 soldiers. The "
           "army blamed the NSCN(K).\n\n"
           "4 of 4. Nagaland's chief minister welcomed the accord on Tuesday.")


def test_a_people_s_name_a_far_town_shares_is_no_place(extract):
    events = extract(GALLERY, published="2015-08-04")
    assert not any(e.place is not None and e.place.country == "PHL" for e in events)


def test_a_welcome_s_day_is_not_the_deal_s(extract):
    deals = of_type(extract(GALLERY, published="2015-08-04"), "agreement")
    assert [(d.status, d.date.start) for d in deals] == [("signed", "2015-08-03")]


def test_talks_held_in_many_cities_have_no_one_place_and_no_host(extract):
    talks = of_type(extract(GALLERY, published="2015-08-04"), "talks")
    assert talks and all(t.place is None and not codes(t, "mediator") for t in talks)


def test_a_truce_kept_since_a_day_began_then_and_moves_no_story(extract):
    events = extract(GALLERY, published="2015-08-04")
    truce = of_type(events, "ceasefire")[0]
    assert (truce.status, truce.date.start) == ("in_effect", "1997-08-01")
    ambush = of_type(events, "attack")[0]
    assert ambush.date.start == "2015-06-04"  # ("on 4 June", after "since 1 August 1997": this year's June)


def test_an_attack_blamed_in_the_next_sentence_was_that_side_s(extract):
    ambush = of_type(extract(GALLERY, published="2015-08-04"), "attack")[0]
    assert codes(ambush, "initiator") == {"NSCNK"}


def test_a_thread_s_last_post_is_a_post_not_a_headline(extract):
    events = extract("1/ The ceasefire between the army and the NLA has held for a week.\n\n"
                     "2/ A police patrol came under fire near Tetovo at dawn and two officers were wounded. /end",
                     published="2001-08-13")
    struck = of_type(events, "attack")
    assert [(a.quantities.get("injured"), codes(a, "target")) for a in struck] == [(2, {"MKD"})]


def test_one_body_s_own_members_meeting_are_no_talks(extract):
    events = extract("NATO ambassadors meet tomorrow to decide whether to send the force. EU foreign ministers met "
                     "Iranian officials in Geneva on Monday.", published="2001-08-13")
    assert [codes(t) for t in of_type(events, "talks")] == [{"EU", "IRN"}]  # (the ministers met another side)
