"""Readings that batch 47 of our own articles asked for, most of them by a speaker's career list: lines with years in
the margin whose sentences have no subject, talks named with their sides in an "of" phrase, the deal talks ended
with; and a threat's day, from a shipping advisory. Each is tested on text written for it."""

from records import codes, of_type

CAREER = ("Martti Ahtisaari: a life in mediation\n\n"
          "Career\n\n"
          "1977-1981  UN Commissioner for Namibia.\n"
          "1994-2000  President of Finland.\n"
          "2005  Chairman of the Crisis Management Initiative. Brokered the talks between Indonesia and the Free Aceh "
          "Movement in Helsinki, which ended with the signing of a memorandum of understanding on 15 August 2005.\n"
          "2005-2007  Special Envoy of the UN Secretary-General for Kosovo. Visited Belgrade and Pristina many times. "
          "Talks between Serbia and Kosovo in Vienna ended without agreement in 2007.\n")


def test_a_career_line_with_no_subject_brokers_for_the_body_its_title_names(extract):
    events = extract(CAREER, published="2008-12-10")
    aceh = [e for e in events if e.place is not None and e.place.country == "FIN"]
    assert sorted(e.type for e in aceh) == ["agreement", "talks"]
    assert all("CMI" in codes(e, "mediator") for e in aceh)
    assert all(codes(e, "participant") == {"IDN", "GAM"} for e in aceh)


def test_a_career_line_whose_sentence_names_its_own_doer_is_not_brokered_by_the_title(extract):
    kosovo = [e for e in of_type(extract(CAREER, published="2008-12-10"), "talks") if e.place.country == "AUT"]
    assert [(codes(e, "participant"), codes(e, "mediator")) for e in kosovo] == [({"SRB", "XKX"}, set())]


def test_the_deal_the_talks_ended_with_is_made_by_their_sides_where_they_were_held_on_its_day(extract):
    text = ("Tajik talks\n\nTalks between the Tajik government and the opposition in Moscow ended with the signing "
            "of the General Agreement on 27 June 1997.")
    events = extract(text, published="1998-01-01")
    assert sorted((e.type, e.status, e.date.start, e.place.country) for e in events) == [
        ("agreement", "signed", "1997-06-27", "RUS"), ("talks", "held", "1997-06-27", "RUS")]
    assert all(codes(e, "participant") == {"TJK"} for e in events)


def test_talks_between_factions_in_a_town_were_held_there(extract):
    text = ("Afghanistan\n\nTalks between the Afghan factions in Bonn ended with the signing of an agreement on 5 "
            "December 2001.")
    talks = of_type(extract(text, published="2002-01-01"), "talks")
    assert [(t.date.start, t.place.country, codes(t, "participant")) for t in talks] == [
        ("2001-12-05", "DEU", {"AFG"})]


def test_talks_of_the_factions_are_held_by_the_factions_and_dated_by_the_clause_on_them(extract):
    text = ("Kosovo talks\n\nChaired the talks of the Serbian and Kosovar delegations in Vienna, which ended without "
            "agreement in March 2007.")
    talks = of_type(extract(text, published="2008-01-01"), "talks")
    assert [(t.date.start, t.place.country) for t in talks] == [("2007-03", "AUT")]
    assert codes(talks[0], "participant") == {"SRB", "XKX"}


def test_a_deal_made_by_those_meeting_somewhere_was_made_there(extract):
    text = "Chechnya\n\nNegotiators meeting in Khasavyurt signed a ceasefire on 31 August 1996."
    truces = of_type(extract(text, published="1997-01-01"), "ceasefire")
    assert [(t.status, t.date.start, t.place.country) for t in truces] == [("agreed", "1996-08-31", "RUS")]


# --- a threat dated by its saying (the shipping advisory of the same batch) -----------------------------------------

def test_a_threat_is_dated_by_the_day_it_was_made_not_the_day_it_takes_effect(extract):
    text = ("Houthi statement\n\nOn Sunday the Houthis announced that from midnight on 11 March they will treat all "
            "Israeli ships in the Red Sea as targets.")
    threats = of_type(extract(text, published="2025-03-10"), "attack")
    assert [(t.status, t.date.start) for t in threats] == [("threatened", "2025-03-09")]
    assert codes(threats[0], "initiator") == {"HOUTHI"}


def test_a_state_striking_sites_in_a_country_it_is_at_war_with_hits_that_country_where_the_article_names_it(extract):
    told = ("Port notice\n\nOn 17 July Russia told Turkiye, Ukraine and the United Nations that it would not extend "
            "the grain deal.\n\nOn 18 July, Russian missiles and drones struck grain terminals and port infrastructure "
            "in Odesa and Chornomorsk.")
    attacks = of_type(extract(told, published="2023-07-19"), "attack")
    assert [(a.date.start, codes(a, "initiator"), codes(a, "target")) for a in attacks] == [
        ("2023-07-18", {"RUS"}, {"UKR"})]
