"""Readings that batch 46 of our own articles asked for: a documentary's subtitle file, a media advisory's labelled
fields, a conflict tracker's clipped monthly entries, a journal article's paragraph with its notes, and a sports
page's report of an attack. Each is tested on text written for it."""

from records import codes, of_type
from trucewatch.ingest.clean import clean


def _read(text, segment):
    raw = text[segment.start:segment.end]
    for start, end, words in segment.blank:
        raw = raw[:start] + words.ljust(end - start) + raw[end:]
    return " ".join(raw.split())


# --- subtitles ----------------------------------------------------------------------------------------------------

SUBTITLES = ("Peace in the Central African Republic (documentary)\n\n"
             "1\n00:00:02,000 --> 00:00:05,400\n[NARRATOR] On 24 January 2019, the government\n\n"
             "2\n00:00:05,400 --> 00:00:09,100\nand fourteen armed groups opened talks in Khartoum,\n"
             "under the mediation of the African Union.\n\n"
             "3\n00:00:10,000 --> 00:00:12,000\n[MUSIC]\n\n"
             "4\n00:00:12,500 --> 00:00:16,000\n[SMAIL CHERGUI]\nThe leaders came to the table themselves.")


def test_a_subtitle_file_reads_as_running_sentences_without_its_numbers_time_codes_or_labels():
    cleaned = clean(SUBTITLES, "Peace in the Central African Republic (documentary)", "2019-06-14")
    assert [_read(SUBTITLES, s) for s in cleaned.segments if s.kind == "body"] == [
        "On 24 January 2019, the government and fourteen armed groups opened talks in Khartoum, under the mediation "
        "of the African Union.",
        "The leaders came to the table themselves."]


def test_talks_told_across_two_cues_are_found_with_their_day_mediator_and_sides(extract):
    talks = of_type(extract(SUBTITLES, published="2019-06-14"), "talks")
    assert [(t.status, t.date.start, t.place.country) for t in talks] == [("held", "2019-01-24", "SDN")]
    assert "AU" in codes(talks[0], "mediator") and "CAF" in codes(talks[0], "participant")  # (the government and
    # the groups opened them: their sides, not their hosts)


def test_a_text_without_time_codes_is_no_subtitle_file():
    text = "1\n\nThe truce held.\n\n2\n\nTalks resumed."
    assert all(not s.blank for s in clean(text).segments)


# --- a media advisory ---------------------------------------------------------------------------------------------

ADVISORY = ("MEDIA ADVISORY: Signing ceremony in Asmara\n\n"
            "WHAT: Signing of an agreement between the Government of Ethiopia and the Ogaden National Liberation "
            "Front (ONLF)\n"
            "WHEN: Sunday, 21 October 2018, 10:00 local time\n"
            "WHERE: Asmara\n"
            "WHO: Delegations of both parties. The Government of Eritrea hosts the meeting.")


def test_an_advisory_s_what_when_and_where_are_one_planned_signing_on_its_day_and_in_its_place(extract):
    signed = of_type(extract(ADVISORY, published="2018-10-20"), "agreement")
    assert [(s.status, s.modality, s.date.start[:10], s.place.country) for s in signed] == [
        ("signed", "planned", "2018-10-21", "ERI")]
    assert {"ETH", "ONLF"} <= codes(signed[0], "participant")


def test_an_advisory_s_who_field_is_no_world_health_organization(extract):
    cleaned = clean(ADVISORY, "MEDIA ADVISORY: Signing ceremony in Asmara", "2018-10-20")
    assert all(s.speaker != "WHO" for s in cleaned.segments)
    assert not [e for e in extract(ADVISORY, published="2018-10-20") if "WHO" in codes(e, "mediator")]


# --- "the front", "its fighters", a truce asked to be reciprocated --------------------------------------------------

BACKGROUND = ("The ONLF has fought since 1994 for the self-determination of the Ogaden, the Somali region of "
              "Ethiopia. In April 2007 its fighters attacked a Chinese-run oil field at Abole and killed 74 people. At "
              "the end of June this year Ethiopia's parliament removed the ONLF from its list of terrorist "
              "organisations. On 12 August the front declared a unilateral ceasefire and asked the Ethiopian "
              "government to reciprocate.")


def test_the_front_is_the_liberation_front_named_before_and_its_fighters_are_the_group_s(extract):
    events = extract(BACKGROUND, published="2018-10-20")
    attack = of_type(events, "attack")
    assert [(a.date.start, a.quantities.get("killed")) for a in attack] == [("2007-04", 74)]
    assert codes(attack[0], "initiator") == {"ONLF"}  # (not Ethiopia, the last state named)
    declared = [t for t in of_type(events, "ceasefire") if t.status == "announced"]
    assert [(t.date.start, codes(t, "initiator")) for t in declared] == [("2018-08-12", {"ONLF"})]


def test_asking_the_other_side_to_reciprocate_a_truce_calls_for_its_own_truce(extract):
    truces = of_type(extract(BACKGROUND, published="2018-10-20"), "ceasefire")
    called = [t for t in truces if t.status == "called_for"]
    assert [codes(t, "target") for t in called] == [{"ETH"}]
    assert not of_type(extract(BACKGROUND, published="2018-10-20"), "demand")


# --- a tracker's clipped entries ----------------------------------------------------------------------------------

TRACKER = ("SENEGAL (CASAMANCE)\n\n"
           "May 2014. Trend: improved situation.\n"
           "MFDC leader Salif Sadio 28 April announced unilateral ceasefire, saying he wanted to give talks with govt "
           "a chance.\n\n"
           "February 2014. Trend: unchanged situation.\n"
           "Govt and Sadio's faction 22 Feb signed in Rome accord on confidence measures.\n\n"
           "December 2012. Trend: improved situation.\n"
           "Sadio's faction 9 Dec freed eight soldiers, first fruit of talks Sant'Egidio began hosting in Rome in "
           "Oct.\n\n"
           "October 2012. Trend: unchanged situation.\n"
           "Govt envoys and representatives of Sadio's faction began talks in Rome under Sant'Egidio's auspices.")


def test_a_tracker_s_days_and_months_fall_in_the_month_their_entry_is_under(extract):
    events = extract(TRACKER, published="2014-05-31")
    freed = of_type(events, "prisoner_exchange")
    assert [(f.date.start, f.quantities.get("prisoners_total")) for f in freed] == [("2012-12-09", 8)]
    begun = [t for t in of_type(events, "talks") if t.evidence.text.startswith("Govt envoys")]
    assert [(t.date.start, t.date.precision) for t in begun] == [("2012-10", "month")]  # (no day of their own:
    # dated by their entry's month, not by the deal of February 2014 told above them)


def test_a_clipped_govt_is_the_government_and_talks_given_a_chance_are_no_round(extract):
    events = extract(TRACKER, published="2014-05-31")
    signed = of_type(events, "agreement")
    assert [(s.date.start, "SEN" in codes(s, "participant")) for s in signed] == [("2014-02-22", True)]
    assert not [t for t in of_type(events, "talks") if t.status == "planned"]


# --- a journal article and its notes ------------------------------------------------------------------------------

def test_what_it_the_deal_just_signed_sets_is_agreed_with_it_and_a_zone_it_sets_is_no_deal_of_its_own(extract):
    events = extract("On 21 July 1992 the presidents of Moldova and Russia signed an agreement in Moscow [4]. It set "
                     "a ceasefire, a security zone along the river and a peacekeeping force.", published="2012-07-21")
    truces = of_type(events, "ceasefire")
    assert [(t.status, t.date.start) for t in truces] == [("agreed", "1992-07-21")]
    assert {"MDA", "RUS"} <= codes(truces[0], "participant")
    assert [d.status for d in of_type(events, "agreement")] == ["signed"]


def test_a_run_of_days_without_its_year_takes_the_year_its_sentence_told(extract):
    events = extract("The fighting that began around Dubasari in early March 1992 reached its height on 19-21 June "
                     "in the battle for Bender, in which several hundred people were killed.", published="2012-07-21")
    days = sorted(a.date.start for a in of_type(events, "attack"))
    assert "1992-06-19" in days and not [d for d in days if d.startswith("2012")]
    assert not [a for a in of_type(events, "attack") if "killed" in a.quantities]  # ("several hundred": no count)


def test_several_hundred_is_no_count_but_about_three_hundred_is():
    from trucewatch.nlp.numbers import quantities
    assert quantities("several hundred people were killed", "attack") == {}
    assert quantities("about 300 people were killed", "attack") == {"killed": 300}


def test_a_tally_of_deals_signed_is_no_signing(extract):
    events = extract("Since 2013, seven peace deals have been signed in the Central African Republic. None held.",
                     published="2019-06-14")
    assert not of_type(events, "agreement")


# --- a sports page ------------------------------------------------------------------------------------------------

SPORTS = ("Togo have pulled out of the Africa Cup of Nations, the government said on Saturday, a day after gunmen "
          "opened fire on the team bus in Angola's Cabinda enclave and killed three people.\n\n"
          "The Front for the Liberation of the Enclave of Cabinda (FLEC) said it had carried out the attack. In August "
          "2006 the Angolan government signed a peace memorandum with the Cabinda Forum for Dialogue, but the FLEC's "
          "leaders in exile rejected it.\n\n"
          "The team were due to meet Ghana in Cabinda on Monday. Ivory Coast, whose attack is led by Didier Drogba, "
          "play Burkina Faso on Monday.")


def test_a_team_meeting_a_country_is_a_match_and_a_side_s_attack_is_its_forwards(extract):
    events = extract(SPORTS, published="2010-01-09")
    assert not of_type(events, "talks")
    attacks = of_type(events, "attack")
    assert [(a.date.start, a.evidence.text[:4]) for a in attacks] == [("2010-01-08", "Togo")]  # (told first in
    # the lede, not in the group's claim of it)
    assert "FLEC" in codes(attacks[0], "initiator")


def test_a_memorandum_signed_and_then_rejected_is_a_deal_its_rejecter_turns_down(extract):
    deals = of_type(extract(SPORTS, published="2010-01-09"), "agreement")
    assert sorted((d.status, tuple(sorted(codes(d, "initiator")))) for d in deals) == [
        ("rejected", ("FLEC",)), ("signed", ())]
    assert not of_type(extract(SPORTS, published="2010-01-09"), "proposal")


def test_the_dead_named_one_by_one_are_counted():
    from trucewatch.nlp.numbers import quantities
    assert quantities("gunmen opened fire on the bus and killed the driver, the assistant coach Amelete Abalo and the "
                      "press officer Stanislas Ocloo.", "attack") == {"killed": 3}
    assert quantities("shells killed the soldiers and the children.", "attack") == {}  # (plurals: no count)


def test_a_deal_made_after_talks_its_sentence_names_is_placed_where_they_were_held(extract):
    text = ("On 24 January 2019 the Central African government and fourteen armed groups opened talks in Khartoum "
            "under the mediation of the African Union.\n\nAfter ten days of talks, President Faustin-Archange Touadera "
            "flew in to initial the agreement on 5 February.")
    events = extract(text, published="2019-06-14")
    assert [(d.status, d.date.start, d.place.country) for d in of_type(events, "agreement")] == [
        ("agreed", "2019-02-05", "SDN")]
    talks = of_type(events, "talks")
    assert [(t.date.start, t.place.country) for t in talks] == [("2019-01-24", "SDN")]  # (the ten days are the round
    # that opened on the 24th, not a second one)


def test_a_battle_that_names_no_side_is_between_the_sides_of_the_country_s_one_war(extract):
    events = extract("The battle in Bender on 19 June 1992 killed hundreds.", published="2012-07-21")
    battle = of_type(events, "attack")
    assert [(b.date.start, codes(b, "participant")) for b in battle] == [("1992-06-19", {"MDA", "PMR"})]
    assert "killed" not in battle[0].quantities  # (19 is the day, not the dead)


def _event(doc_id, type_, status, actors, day, precision="day", country=None, trigger="attacked"):
    from trucewatch.model import Actor, Event, Evidence, Place, When
    return Event(doc_id=doc_id, type=type_, status=status, evidence=Evidence("x", 0, 1),
                 actors=[Actor(c, c, r) for c, r in actors], date=When(day, precision=precision),
                 place=Place(country, country), trigger=Evidence(trigger, 0, len(trigger)))


def test_a_fight_between_two_sides_and_one_side_s_assault_on_the_other_that_day_are_one():
    from trucewatch.resolve.clusters import same_event
    battle = _event("d1", "attack", "occurred", [("MDA", "participant"), ("PMR", "participant")], "1992-06-19",
                    country="MDA", trigger="battle")
    assault = _event("d2", "attack", "occurred", [("MDA", "initiator"), ("PMR", "target")], "1992-06-19",
                     country="MDA", trigger="move")
    other = _event("d2", "attack", "occurred", [("RUS", "initiator"), ("PMR", "target")], "1992-06-19",
                   country="MDA", trigger="move")
    assert same_event(battle, assault) and not same_event(battle, other)


def test_a_city_taken_by_one_side_in_one_month_is_one_taking_across_reports():
    from trucewatch.resolve.clusters import assign_clusters
    one = _event("d1", "attack", "occurred", [("SELEKA", "initiator")], "2013-03", "month", "CAF", "seized")
    two = _event("d2", "attack", "occurred", [("SELEKA", "initiator"), ("CAF", "target")], "2013-03", "month",
                 "CAF", "seized")
    raid = _event("d3", "attack", "occurred", [("SELEKA", "initiator")], "2013-03", "month", "CAF", "attacked")
    clusters = assign_clusters([one, two, raid])
    assert clusters[one.event_id] == clusters[two.event_id] != clusters[raid.event_id]


def test_a_deal_agreed_now_for_a_later_day_is_no_planned_step(extract):
    events = extract("Russia and Turkey agreed on Thursday to start joint patrols along the M4 highway on March 15.",
                     published="2020-03-05")
    deals = of_type(events, "agreement")
    assert deals and all(d.modality == "asserted" for d in deals)  # (agreed now; only the patrols are to come)
