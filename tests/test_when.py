from datetime import date

import pytest

from trucewatch.nlp.when import find_dates, nearest_year


def one(text, ref, **kw):
    found = find_dates(text, ref, **kw)
    assert found, text
    return found[0]


def test_range_with_times_is_start_and_end():
    f = one("from midday on Jan. 6 to midnight on Jan. 7", date(2023, 1, 8))
    assert (f.when.start, f.when.end, f.when.precision) == ("2023-01-06T12:00", "2023-01-07T23:59", "minute")


def test_short_day_range():
    f = one("in effect from Jan. 6 to 7, within", date(2023, 1, 8))
    assert (f.when.start, f.when.end) == ("2023-01-06", "2023-01-07")


def test_december_in_a_january_article_is_last_year():
    assert one("on Dec. 25-when many", date(2023, 1, 8)).when.start == "2022-12-25"
    assert nearest_year(12, 25, date(2023, 1, 8)) == date(2022, 12, 25)


def test_weekday_is_the_latest_on_or_before_publication():
    assert one("on Monday", date(2025, 6, 2)).when.start == "2025-06-02"
    assert one("on Friday", date(2025, 6, 2)).when.start == "2025-05-30"
    assert one("Thursday’s talks", date(2020, 3, 5)).when.start == "2020-03-05"


def test_relative_days():
    assert one("a strike a week ago", date(2020, 3, 5)).when.start == "2020-02-27"
    assert one("struck just a day beforehand", date(2025, 6, 2)).when.start == "2025-06-01"


def test_after_clause_dates_its_own_clause():
    f = one("The talks came just a day after Ukraine struck", date(2025, 6, 2))
    assert f.when.start == "2025-06-01" and f.clause_offset_days is not None


def test_clock_times():
    assert one("At 00.01 tonight the truce starts", date(2020, 3, 5)).when.start == "2020-03-06T00:01"
    assert one("to begin at midnight", date(2020, 3, 5)).when.start == "2020-03-06T00:00"
    assert one("just after midnight on March 6th", date(2020, 3, 5)).when.start == "2020-03-06T00:00"


def test_day_month_and_month_day():
    assert one("patrols on 15 March, stretching", date(2020, 3, 5)).when.start == "2020-03-15"
    assert one("signed on June 2, 2025 in", date(2026, 1, 1)).when.start == "2025-06-02"


def test_months_have_month_precision():
    f = one("before the end of June", date(2025, 6, 2))
    assert (f.when.start, f.when.precision) == ("2025-06", "month")
    assert one("in February 2022", date(2025, 6, 2)).when.start == "2022-02"


def test_since_is_a_reference_not_an_event_date():
    f = one("for the first time since March 2022, one month", date(2025, 5, 16))
    assert f.when.start == "2022-03" and not f.anchor


def test_may_the_verb_is_not_a_month():
    assert not [f for f in find_dates("It may rain, officials said.", date(2025, 6, 2))]


def test_calendar_units_relative_to_the_article():
    from datetime import date

    from trucewatch.nlp.when import find_dates

    ref = date(2025, 6, 3)  # a Tuesday
    got = {f.when.text: (f.when.start, f.when.end, f.when.precision) for f in
           find_dates("They met last week, will meet next month and again later this year.", ref)}
    assert got["last week"] == ("2025-05-26", "2025-06-01", "day")
    assert got["next month"] == ("2025-07", None, "month")
    assert got["this year"] == ("2025", None, "year")
    december = find_dates("Talks resume next month.", date(2025, 12, 20))[0].when
    assert december.start == "2026-01"


@pytest.mark.parametrize("text,start,end", [
    ("a ceasefire from 12:00 Moscow time (0900 GMT) on Jan. 6 to 24:00 on Jan. 7", "2023-01-06T12:00",
     "2023-01-07T23:59"),
    ("the truce took effect at 4 a.m. local time on Wednesday", "2023-01-04T04:00", None),
    ("the strikes began at 2100 GMT on Friday", "2022-12-30T21:00", None),
    ("A day earlier, Erdogan had called Putin", "2023-01-04", None),
])
def test_times_with_their_zone_and_sentence_initial_offsets(text, start, end):
    from datetime import date

    from trucewatch.nlp.when import find_dates

    when = find_dates(text, date(2023, 1, 5))[0].when  # a Thursday
    assert (when.start, when.end) == (start, end)


@pytest.mark.parametrize("sentence, start", [
    ("The truce between Thailand and Cambodia took effect at midnight, Anwar said.", "2025-07-29T00:00"),
    ("The truce between Thailand and Cambodia will take effect at midnight.", "2025-07-30T00:00"),
    ("All combat operations were halted at midnight, the army said.", "2025-07-29T00:00"),  # a past passive
])
def test_midnight_is_the_one_just_gone_in_the_past_tense_and_the_next_in_the_future(annotate, sentence, start):
    doc = annotate(sentence, "2025-07-29")
    assert [found.when.start for _, found in doc._.tw_dates] == [start]


def test_a_month_told_in_the_past_is_not_in_the_future(annotate):
    doc = annotate("The EU ended its arms embargo on China in March.", "2025-01-17")
    assert [found.when.start for _, found in doc._.tw_dates] == ["2024-03"]
    doc = annotate("The EU will end its arms embargo on China in March.", "2025-01-17")
    assert [found.when.start for _, found in doc._.tw_dates] == ["2025-03"]


@pytest.mark.parametrize("text, months", [
    ("Oman, which brokered a truce in May, urged restraint.", ["2025-05"]),
    ("Talks since May have failed.", ["2025-05"]),
    ("Russia may agree to talks.", []),
])
def test_may_after_a_preposition_is_the_month(text, months):
    assert [f.when.start for f in find_dates(text, date(2025, 9, 7))] == months


def test_a_weekday_in_a_reported_would_clause_is_the_coming_one(extract):
    events = extract("Ukrainian President Volodymyr Zelenskiy said on Sunday he would be waiting for Russian President "
                     "Vladimir Putin in Turkey on Thursday for direct talks, after Putin proposed resuming "
                     "negotiations.", published="2025-05-11")
    assert [e.date.start for e in events if e.type == "talks"] == ["2025-05-15"]


def test_a_clock_time_without_a_day_is_on_the_day_the_sentence_before_named(extract):
    events = extract("A ceasefire between Israel and Islamic Jihad was agreed late on Sunday.\n\nThe truce came "
                     "into force at 11:30 pm (2030 GMT).", published="2022-08-08")
    assert [e.date.start for e in events if e.status == "in_effect"] == ["2022-08-07T23:30"]


def test_a_clock_time_after_a_sentence_without_a_day_is_on_the_articles_day(extract):
    events = extract("Israel and Islamic Jihad agreed a truce.\n\nThe truce came into force at 11:30 pm.",
                     published="2022-08-08")
    assert [e.date.start for e in events if e.status == "in_effect"] == ["2022-08-08T23:30"]


def test_the_next_day_and_days_later_count_from_the_day_the_story_named(extract):
    events = extract("The truce was agreed on Saturday in Jeddah. The next day, the army accused the RSF of storming a "
                     "hospital in Omdurman. Two days later, the mediators said the RSF had violated the truce.",
                     published="2023-05-24")
    dates = {e.status: e.date.start for e in events}
    assert (dates["agreed"], dates["made"], dates["violated"]) == ("2023-05-20", "2023-05-21", "2023-05-23")


def test_a_clock_time_takes_the_main_clauses_day_not_a_day_after_clauses(extract):
    events = extract("Armenian forces agreed on Wednesday to a ceasefire, a day after Azerbaijan launched an "
                     "operation.\n\nThe truce took effect at 1 p.m. local time, officials said.",
                     published="2023-09-20")
    assert [e.date.start for e in events if e.status == "in_effect"] == ["2023-09-20T13:00"]


def test_a_clock_time_in_a_list_point_is_not_on_the_day_the_point_before_named(extract):
    events = extract("Here are the key points agreed after the talks between Putin and Erdogan:\n"
                     "- Agreed to establish joint Turkish-Russian patrols along the highway on 15 March.\n"
                     "- Ceasefire in Idlib to begin at midnight.\n", published="2020-03-05")
    [truce] = [e for e in events if e.type == "ceasefire"]
    assert truce.date.start == "2020-03-06T00:00"


def test_a_relative_day_opening_a_sentence_is_read_and_keeps_its_clock():
    # a live blog's entry: "Yesterday, 10:15 p.m. ET: …"
    f = one("Yesterday, 10:15 p.m. ET: Hamas handed over eight more hostages", date(2023, 12, 1))
    assert (f.when.start, f.when.text) == ("2023-11-30T22:15", "Yesterday, 10:15 p.m. ET")
    assert one("Last night, Russia fired 40 drones", date(2025, 3, 20)).when.start == "2025-03-19"
    assert one("Last month the RSF captured El Fasher", date(2025, 11, 6)).when.start[:7] == "2025-10"
    assert find_dates("USA Today reported the strikes", date(2025, 3, 20)) == []  # a newspaper, not a day


def test_a_year_opening_a_sentence_or_owned_by_a_side_is_read():
    assert one("In 2020, Armenia and Azerbaijan agreed to three ceasefires", date(2025, 2, 3)).when.start == "2020"
    assert one("The 2018 Hodeidah agreement in Yemen", date(2025, 2, 3)).when.start == "2018"
    assert one("Russia's 2022 invasion buried them", date(2025, 2, 3)).when.start == "2022"
    assert not one("Since 2014 the war has killed thousands", date(2025, 2, 3)).anchor


def test_a_day_later_counts_from_the_last_day_named_past_a_sentence_naming_none(extract):
    events = extract("Sudan's Rapid Support Forces said on Thursday it had accepted a proposal for a three-month "
                     "humanitarian truce.\nThe army did not respond formally.\nA day later, RSF drones struck the city "
                     "of El Obeid, killing 40 people at a funeral, local activists said.", published="2025-11-14")
    [attack] = [e for e in events if e.type == "attack"]
    assert attack.date.start == "2025-11-14"  # Thursday the 13th, and a day


def test_the_following_week_counts_from_the_day_the_story_named():
    f = one("the swap was carried out the following week", date(2025, 5, 16))
    assert (f.when.start, f.when.end) == ("2025-05-19", "2025-05-25")
    assert one("talks resumed the previous month", date(2025, 5, 16)).when.start == "2025-04"


def test_a_day_later_counts_from_a_day_named_in_a_passage_the_parser_skipped(extract):
    events = extract("Russia and Ukraine agreed on Friday to a 30-day truce on energy strikes.\n\n"
                     "Stock markets in Moscow rose on Saturday.\n\n"
                     "A day later, Russian drones struck Kharkiv, killing two people.", published="2025-03-24")
    [attack] = [e for e in events if e.type == "attack"]
    assert attack.date.start == "2025-03-23"


def test_next_weekday_is_the_coming_one_and_last_weekday_the_one_before():
    tuesday = date(2024, 2, 27)
    assert one("he hoped a truce could take effect by next Monday", tuesday).when.start == "2024-03-04"
    assert one("the talks will resume this coming Friday", tuesday).when.start == "2024-03-01"
    assert one("the sides last met last Monday", tuesday).when.start == "2024-02-26"
    assert one("the sides last met last Monday", tuesday, future=True).when.start == "2024-02-26"


def test_a_day_after_counts_back_from_the_main_clauses_day_not_the_articles(extract):
    # the main clause's day is the last one the story named (Wednesday), not publication day (Thursday)
    events = extract("Myanmar's military government declared a temporary ceasefire on Wednesday. The announcement "
                     "came a day after the Three Brotherhood Alliance declared a one-month unilateral ceasefire, "
                     "and days after the National Unity Government said it would pause offensive operations.",
                     published="2025-04-03")
    alliance = next(e for e in events if e.quantities.get("duration_months") == 1)
    assert alliance.date.start == "2025-04-01"
    # "days after" gives no day, and the clause before it lends it none
    pause = next(e for e in events if e.trigger and e.trigger.text.startswith("pause"))
    assert pause.date is None or pause.date.inferred


def test_two_days_before_a_clause_counts_forward_from_the_sentences_own_day(extract):
    events = extract("Israeli jets struck Beirut on Friday, two days before the ceasefire took effect.",
                     published="2024-11-30")
    truce = next(e for e in events if e.type == "ceasefire")
    assert truce.date.start == "2024-12-01"  # Friday Nov. 29 + 2
    events = extract("Israeli jets struck the airport in Sanaa on Tuesday, two days after the Houthis fired a "
                     "missile at Israel's main airport.", published="2025-05-08")
    houthi = next(e for e in events if e.type == "attack" and ("HOUTHI", "initiator") in
                  {(a.code, a.role) for a in e.actors})
    assert houthi.date.start == "2025-05-04"  # Tuesday May 6 - 2


def test_a_day_of_last_year_is_that_day_a_year_before():
    assert one("signed in Istanbul on July 22 last year", date(2023, 7, 18)).when.start == "2022-07-22"
    assert one("held on 3 March this year", date(2023, 7, 18)).when.start == "2023-03-03"


def test_overnight_is_the_report_s_day_but_not_where_it_names_its_own():
    assert one("Overnight, Russia struck the port of Odesa", date(2023, 7, 18)).when.start == "2023-07-18"
    assert all(f.when.text != "overnight" for f in find_dates("drones overnight into Saturday", date(2025, 11, 9)))


def test_midnight_on_a_weekday_and_its_date_is_that_date_s_midnight():
    f = one("took effect at midnight on Saturday, June 30. Within hours", date(2018, 7, 2))
    assert (f.when.start, f.when.precision) == ("2018-06-30T00:00", "minute")


def test_midnight_between_two_days_is_the_start_of_the_second():
    f = one("to strictly observe the ceasefire from midnight on Feb. 24-25.", date(2021, 3, 1))
    assert (f.when.start, f.when.end) == ("2021-02-25T00:00", None)
    night = one("from midnight on June 5-7 the roads are shut", date(2021, 6, 1))
    assert night.when.start != "2021-06-07T00:00"  # (two days apart: no one night between them)


def test_years_ago_today_is_that_very_day():
    f = one("Ten years ago today, the two men signed a peace agreement.", date(2026, 9, 26))
    assert (f.when.start, f.when.precision) == ("2016-09-26", "day")
    assert one("Two years ago, the war began.", date(2026, 9, 26)).when.precision == "month"


def test_a_range_of_days_told_before_their_month():
    for text in ["Between 11 and 13 April, the RSF attacked", "from 11 to 13 April", "on 11-13 April 2025"]:
        f = one(text, date(2025, 4, 14))
        assert (f.when.start, f.when.end, f.when.precision) == ("2025-04-11", "2025-04-13", "day"), text
    assert one("between 28 and 3 May", date(2025, 5, 4)).when.start == "2025-05-03"  # (no range runs backwards)


def test_the_end_of_a_year_is_its_last_month_and_its_start_the_first():
    end = one("declared a truce at the end of 2016, and", date(2022, 10, 4)).when
    assert (end.start, end.precision) == ("2016-12", "month")
    start = one("talks resumed at the beginning of 2017.", date(2022, 10, 4)).when
    assert (start.start, start.precision) == ("2017-01", "month")
    assert one("signed in 2016.", date(2022, 10, 4)).when.precision == "year"


def test_midnight_the_next_day_counts_from_the_day_the_story_last_named(extract):
    events = extract("On 22 February 2002 Sri Lanka and the LTTE signed the Ceasefire Agreement. The agreement took "
                     "effect at midnight the next day.", published="2022-02-22")
    [started] = [e for e in events if e.status == "in_effect"]
    assert started.date.start[:10] == "2002-02-23"


def test_within_days_is_in_the_month_the_story_last_dated_and_moves_it_on_to_no_day(extract):
    events = extract("After nineteen days of street protest in April 2006, the king gave way. The Maoists declared a "
                     "three-month ceasefire within days.", published="2008-05-10")
    [truce] = [e for e in events if e.type == "ceasefire"]
    assert truce.date.start == "2006-04" and truce.date.precision == "month"
    story = extract("On Sunday the army freed 50 prisoners. The last truce, in June 2018, ended and fighting resumed "
                    "within days. On May 12 gunmen attacked a hospital in Kabul.", published="2020-05-27")
    [attack] = [e for e in story if e.type == "attack" and e.evidence.text.startswith("On May 12")]
    assert attack.date.start == "2020-05-12"  # (not May 2018: "within days" is no day the story moved on to)
