"""Readings found by scoring an eleventh batch of our own articles, blind (a wire story with quotes, a radio
transcript, a government statement, an "On this day" column, wire copy on a truce taking hold, a photo gallery's
captions; kept outside the repository while it is read). Each is tested on sentences written for it."""

from records import of_type, roles

COLUMN = ("On this day: November 21\n\n"
          "1995 - The presidents of Bosnia, Croatia and Serbia initial a peace agreement near Dayton, Ohio, after "
          "three weeks of talks led by U.S. envoy Richard Holbrooke. The accord is signed in Paris on Dec. 14.\n\n"
          "2012 - Egypt's foreign minister announces in Cairo, alongside U.S. Secretary of State Hillary Clinton, a "
          "ceasefire between Israel and Hamas.")


def test_a_column_s_points_led_by_a_year_fall_on_its_day_of_that_year(extract):
    events = extract(COLUMN, published="2025-11-21")
    days = {(e.type, e.status): e.date.start[:10] for e in events}
    assert days[("agreement", "agreed")] == "1995-11-21" and days[("agreement", "signed")] == "1995-12-14"
    assert days[("ceasefire", "agreed")] == "2012-11-21"
    [point] = of_type(extract("Key dates:\n\n1995 - The presidents of Bosnia, Croatia and Serbia initial a peace "
                              "agreement near Dayton, Ohio.", published="2025-06-02"), "agreement")
    assert (point.date.start, point.date.precision) == ("1995", "year")  # (no column: the year alone)


def test_talks_led_by_an_envoy_are_mediated_by_his_state(extract):
    [talks] = of_type(extract(COLUMN, published="2025-11-21"), "talks")
    assert ("USA", "mediator") in roles(talks) and ("USA", "participant") not in roles(talks)


def test_who_announces_a_truce_between_others_alongside_a_mediator_mediates_too(extract):
    [truce] = of_type(extract(COLUMN, published="2025-11-21"), "ceasefire")
    assert {("EGY", "mediator"), ("USA", "mediator"), ("ISR", "participant"), ("HAMAS", "participant")} <= \
        roles(truce)


def test_a_statement_s_cabinet_is_its_state_s_and_a_deal_signed_years_before_is_told_apart(extract):
    events = extract("Statement by the Government of Sri Lanka\n\nThe Cabinet of Ministers decided on 2 January 2008 "
                     "to withdraw from the Ceasefire Agreement signed with the Liberation Tigers of Tamil Eelam (LTTE) "
                     "on 22 February 2002.", published="2008-01-03")
    [ended] = [e for e in of_type(events, "ceasefire") if e.status == "ended"]
    [signed] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert ("LKA", "initiator") in roles(ended) and ended.date.start == "2008-01-02"
    assert {("LKA", "participant"), ("LTTE", "participant")} <= roles(signed) and signed.date.start == "2002-02-22"


def test_a_plan_signed_is_a_deal_and_its_broker_proposed_nothing(extract):
    events = extract("Georgian President Mikheil Saakashvili signed a French-brokered ceasefire plan on Friday.",
                     published="2008-08-16")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed" and {("GEO", "participant"), ("FRA", "mediator")} <= roles(truce)
    offered = of_type(extract("Georgia rejected a French ceasefire plan on Friday.", published="2008-08-16"),
                      "ceasefire")
    assert {e.status for e in offered} == {"rejected", "proposed"}  # (a plan refused stays refused, and France's)


def test_fighters_who_captured_soldiers_attacked(extract):
    events = extract("The war began on July 12 when Hezbollah fighters crossed into Israel and captured two soldiers.",
                     published="2006-08-14")
    [raid] = of_type(events, "attack")
    assert ("HEZBOLLAH", "initiator") in roles(raid) and raid.date.start == "2006-07-12"
