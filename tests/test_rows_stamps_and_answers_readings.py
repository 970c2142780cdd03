"""Readings that batch 48 of our own articles asked for: a dataset's rows exported as comma-separated text, a postal
service's stamp bulletin, a travel advice page, an e-mail newsletter and a parliament's written answer. Each is tested
on text written for it."""

from records import codes, of_type

ROWS = ("Mozambique: key events (CSV export)\n\n"
        "row,month,day,location,actor1,actor2,fatalities,notes\n"
        '1,1992-10,04,Rome,Government of Mozambique,Renamo,0,"The government and Renamo signed a peace accord in '
        'Rome, ending the civil war."\n'
        '2,2013-10,,Gorongosa,Armed Forces of Mozambique,Renamo,7,"The army attacked the Renamo base at Satunjira, '
        'near Gorongosa."\n')


def test_rows_of_comma_separated_values_are_read_as_their_notes_dated_by_their_month_and_day_cells(extract):
    events = extract(ROWS, published="2024-01-01")
    assert sorted((e.type, e.status, e.date.start, e.date.precision) for e in events) == [
        ("agreement", "signed", "1992-10-04", "day"), ("attack", "occurred", "2013-10", "month")]
    assert all(e.evidence.text.startswith("The ") for e in events)  # (the row's number and cells are no words)


def test_a_row_takes_its_toll_and_place_from_its_cells(extract):
    attack = of_type(extract(ROWS, published="2024-01-01"), "attack")[0]
    assert attack.quantities.get("killed") == 7 and attack.place.country == "MOZ"
    assert (codes(attack, "initiator"), codes(attack, "target")) == ({"MOZ"}, {"RENAMO"})


def test_an_offensive_that_retook_ground_from_a_group_was_against_that_group(extract):
    text = ("Djibouti\n\nIn July 1993 the army of Djibouti launched an offensive that retook most of the north from "
            "the FRUD.")
    attacks = of_type(extract(text, published="1994-01-01"), "attack")
    assert [(codes(a, "initiator"), codes(a, "target")) for a in attacks] == [({"DJI"}, {"FRUD"})]


def test_a_heart_attack_is_no_attack(extract):
    assert extract("Tashkent\n\nShastri died of a heart attack in Tashkent the next night.",
                   published="1966-01-12") == []


# --- a parliament's written answer ----------------------------------------------------------------------------------

WAR_ENDED = ("Peru and Ecuador\n\nThe war between Peru and Ecuador began in January 1995. It ended with the Itamaraty "
             "Peace Declaration, signed in Brasilia on 17 February 1995 and brokered by Brazil, and with the peace "
             "agreement signed in Brasilia on 26 October 1998, which Argentina, Chile and the United States "
             "witnessed.")


def test_the_deals_a_war_ended_with_are_signed_by_the_war_s_sides_not_by_the_last_state_named(extract):
    deals = sorted(of_type(extract(WAR_ENDED, published="1999-01-01"), "agreement"), key=lambda d: d.date.start)
    assert [(d.status, d.date.start, d.place.country) for d in deals] == [
        ("signed", "1995-02-17", "BRA"), ("signed", "1998-10-26", "BRA")]
    assert all(codes(d, "participant") == {"PER", "ECU"} for d in deals)


def test_a_deal_signed_and_brokered_names_its_broker_in_the_second_participle(extract):
    deals = sorted(of_type(extract(WAR_ENDED, published="1999-01-01"), "agreement"), key=lambda d: d.date.start)
    assert [codes(d, "mediator") for d in deals] == [{"BRA"}, {"ARG", "CHL", "USA"}]


def test_a_second_object_of_a_signing_with_its_own_place_and_day_is_a_second_deal(extract):
    text = ("Sudan\n\nPresident Bashir and Salva Kiir signed a cooperation agreement in Addis Ababa on 27 September "
            "2012, and a further oil deal in Khartoum on 12 March 2013.")
    deals = of_type(extract(text, published="2014-01-01"), "agreement")
    assert sorted((d.status, d.date.start, d.place.country) for d in deals) == [
        ("signed", "2012-09-27", "ETH"), ("signed", "2013-03-12", "SDN")]
    assert all(codes(d, "participant") == {"SDN", "SSD"} for d in deals)


# --- an e-mail newsletter -------------------------------------------------------------------------------------------

def test_whoever_invited_the_sides_hosts_the_talks_they_then_held_there(extract):
    text = ("Darfur\n\nThe African Union invited the government of Sudan and the SLM to Abuja. The two sides began "
            "their talks there on 23 August 2004.")
    talks = of_type(extract(text, published="2004-09-01"), "talks")
    assert [(t.date.start, t.place.country) for t in talks] == [("2004-08-23", "NGA")]
    assert (codes(talks[0], "participant"), codes(talks[0], "mediator")) == ({"SDN", "SLM"}, {"AU"})


def test_a_ceasefire_demanded_is_a_truce_called_for_not_a_demand_besides(extract):
    events = extract("Kashmir\n\nThe UN Security Council demanded a ceasefire in Kashmir on 20 September 1965.",
                     published="1965-10-01")
    assert [(e.type, e.status, e.date.start) for e in events] == [("ceasefire", "called_for", "1965-09-20")]


KARGIL = ("Kargil\n\nPakistan sent fighters into Indian-held Kashmir in May 1999. Indian troops crossed the Line of "
          "Control on 26 May 1999. Thousands of refugees crossed the border in June. A ceasefire was called for, and "
          "it took effect on 26 July 1999.")


def test_fighters_sent_into_a_land_and_troops_crossing_a_border_attack_but_refugees_crossing_it_do_not(extract):
    attacks = sorted(of_type(extract(KARGIL, published="2000-01-01"), "attack"), key=lambda a: a.date.start)
    assert [(a.date.start, codes(a, "initiator")) for a in attacks] == [("1999-05", {"PAK"}), ("1999-05-26", {"IND"})]
    assert codes(attacks[0], "target") == {"IND"}


def test_a_truce_named_between_no_sides_holds_between_the_two_sides_told_attacking(extract):
    truces = of_type(extract(KARGIL, published="2000-01-01"), "ceasefire")
    assert [(t.status, t.date.start, codes(t, "participant")) for t in truces] == [
        ("in_effect", "1999-07-26", {"PAK", "IND"})]


def test_forces_occupying_a_town_attack_it(extract):
    attacks = of_type(extract("Eritrea\n\nEritrean forces occupied the town of Badme in May 1998.",
                              published="1999-01-01"), "attack")
    assert [(a.date.start, a.place.country, codes(a, "initiator")) for a in attacks] == [("1998-05", "ETH", {"ERI"})]


# --- a travel advice page -------------------------------------------------------------------------------------------

def test_the_two_sides_are_those_the_fighting_told_before_was_between(extract):
    text = ("Karabakh\n\nFighting between Armenian forces and Azerbaijani troops in 1992 and 1993 stopped only when "
            "winter came. The two sides agreed to a ceasefire on 12 May 1994.")
    agreed = [t for t in of_type(extract(text, published="1995-01-01"), "ceasefire") if t.status == "agreed"]
    assert [(t.date.start, codes(t, "participant")) for t in agreed] == [("1994-05-12", {"ARM", "AZE"})]


# --- a stamp bulletin -----------------------------------------------------------------------------------------------

def test_a_conference_co_chaired_by_two_states_is_brokered_by_them_where_it_met_for_its_session(extract):
    text = ("Indochina\n\nThe Geneva Conference on Indochina, co-chaired by Britain and the Soviet Union, met for its "
            "final session in Geneva on 21 July 1954.")
    talks = of_type(extract(text, published="1955-01-01"), "talks")
    assert [(t.date.start, t.place.country, codes(t, "mediator")) for t in talks] == [
        ("1954-07-21", "CHE", {"GBR", "SUN"})]


def test_sides_agreeing_while_meeting_somewhere_agreed_in_the_month_of_the_meeting(extract):
    text = "Angola\n\nMeeting in Lusaka in November 1994, the government of Angola and UNITA agreed to a ceasefire."
    truces = of_type(extract(text, published="1995-01-01"), "ceasefire")
    assert [(t.status, t.date.start, t.place.country, codes(t, "participant")) for t in truces] == [
        ("agreed", "1994-11", "ZMB", {"AGO", "UNITA"})]
