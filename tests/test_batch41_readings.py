"""Readings found on batch 41 of our own articles (eval/own/pending): an embassy cable, wire copy on a group's truce
dismissed by its government, a parliamentary statement on a surrender, a first-person anniversary essay and a
podcast's transcript. Each is tested on text written for it."""

from records import of_type, roles


def test_a_month_told_without_its_year_follows_the_year_the_story_last_told(extract):
    text = ("The two sides first met at Burnham military camp near Christchurch in July 1997, with New Zealand as "
            "host. A second round of talks in October produced a truce.")
    talks = sorted(e.date.start for e in of_type(extract(text, published="2008-03-01"), "talks"))
    assert talks[-1] == "1997-10"


def test_the_sides_of_a_rebel_movement_and_its_leaders_are_named_as_data(extract):
    text = ("President Laurent Gbagbo and Guillaume Soro, secretary general of the rebel Forces Nouvelles, signed a "
            "political agreement in Ouagadougou on March 4, facilitated by Burkina Faso's President Blaise Compaore.")
    [deal] = of_type(extract(text, published="2007-03-06"), "agreement")
    assert {code for code, role in roles(deal) if role == "participant"} == {"CIV", "FNCI"}
    assert {code for code, role in roles(deal) if role == "mediator"} == {"BFA"}


def test_bougainville_s_sides_and_places_are_known(extract):
    text = ("Ten years ago today, at Lincoln University outside Christchurch, the Papua New Guinea government and "
            "the Bougainville leaders signed the Lincoln Agreement.")
    [deal] = of_type(extract(text, published="2008-01-23"), "agreement")
    assert {code for code, role in roles(deal) if role == "participant"} == {"PNG", "BOUGAINVILLE"}
    assert deal.place.country == "NZL"


def test_a_truce_declared_at_the_end_of_a_year_is_dated_to_its_last_month(extract):
    text = "Renamo's leader Afonso Dhlakama declared a truce at the end of 2016."
    [truce] = of_type(extract(text, published="2022-10-04"), "ceasefire")
    assert (truce.date.start, truce.date.precision) == ("2016-12", "month")


def test_a_truce_a_round_produced_and_signed_on_a_day_is_dated_by_its_signing(extract):
    text = ("Ten years ago today the two sides signed the Lincoln Agreement. They had first met at Burnham military "
            "camp in July 1997. A second round in October produced the Burnham Truce, signed on October 10, which "
            "brought in unarmed monitors from New Zealand.")
    [truce] = of_type(extract(text, published="2008-01-23"), "ceasefire")
    assert truce.date.start == "1997-10-10"
    assert truce.place.country == "NZL"


def test_a_second_round_is_held_where_the_first_was_by_its_broker_and_so_is_the_truce_it_produced(extract):
    text = ("Papua New Guinea and the Bougainville leaders first met for talks hosted by New Zealand at Burnham "
            "military camp in July 1997. A second round in October produced a truce.")
    events = extract(text, published="1997-12-01")
    second = next(e for e in of_type(events, "talks") if e.date.start == "1997-10")
    assert second.place.country == "NZL" and ("NZL", "mediator") in roles(second)
    [truce] = of_type(events, "ceasefire")
    assert ("NZL", "mediator") in roles(truce)


def test_a_group_s_last_truce_declared_broken_with_a_bomb_and_called_off_is_three_steps(extract):
    text = ("The Basque separatist group ETA declared a permanent ceasefire on Monday.\n\n"
            "ETA broke its last ceasefire, declared in March 2006, with a car bomb at Madrid's Barajas airport in "
            "December that year that killed two people, and formally called it off in June 2007.")
    truces = {(e.status, e.date.start) for e in of_type(extract(text, published="2011-01-10"), "ceasefire")
              if "ETA" in {code for code, _ in roles(e)}}
    assert {("announced", "2011-01-10"), ("announced", "2006-03"), ("violated", "2006-12"),
            ("ended", "2007-06")} <= truces


def test_a_unit_taking_a_height_in_a_war_on_neither_side_s_soil_strikes_the_one_enemy_named(extract):
    text = ("The Prime Minister said the Argentine forces in the islands had given up. On the night of 11 to 12 "
            "June, 3 Commando Brigade took Mount Longdon and Mount Harriet.")
    [taking] = of_type(extract(text, published="1982-06-15"), "attack")
    assert roles(taking) == {("GBR", "initiator"), ("ARG", "target")}
    assert taking.place.country == "FLK"


def test_what_a_truce_would_become_is_agreed_where_and_when_the_sides_met_there(extract):
    text = ("Ten years ago today, in a lecture theatre at Lincoln University outside Christchurch, the Papua New "
            "Guinea government and the Bougainville leaders signed the Lincoln Agreement. At Lincoln the sides "
            "agreed that the truce would become a permanent ceasefire from April 30, 1998.")
    [ceasefire] = of_type(extract(text, published="2008-01-23"), "ceasefire")
    assert ceasefire.status == "agreed" and ceasefire.date.start == "1998-01-23"
    assert ceasefire.place.country == "NZL"


def test_whose_house_the_sides_met_at_hosts_their_talks(extract):
    text = ("The government of Mozambique and Renamo first met at Sant'Egidio's house in Trastevere in July 1990.")
    [talks] = of_type(extract(text, published="2022-10-04"), "talks")
    assert {code for code, role in roles(talks) if role == "mediator"} == {"SANTEGIDIO"}


def test_talks_told_by_the_day_they_opened_are_the_month_of_talks_a_signing_ended(extract):
    text = ("President Laurent Gbagbo and Guillaume Soro of the Forces Nouvelles signed a political agreement in "
            "Ouagadougou on March 4 after a month of direct talks facilitated by Burkina Faso's President Blaise "
            "Compaore.\n\n"
            "The talks opened in the Burkinabe capital on February 5, with Compaore, the current ECOWAS chairman, as "
            "facilitator and no UN or African Union mediator at the table.")
    [talks] = of_type(extract(text, published="2007-03-06"), "talks")
    assert talks.date.start == "2007-02-05"
    assert roles(talks) == {("CIV", "participant"), ("FNCI", "participant"), ("BFA", "mediator")}


def test_a_group_described_as_blamed_for_deaths_is_charged_by_no_one_here(extract):
    text = ("ETA, blamed for more than 800 deaths in four decades of bombings and shootings, had said in September "
            "that it would carry out no offensive armed actions.")
    assert of_type(extract(text, published="2011-01-10"), "accusation") == []


def test_a_truce_that_has_held_since_a_month_took_hold_then(extract):
    text = ("President Laurent Gbagbo and the rebel Forces Nouvelles signed an agreement on March 4. Rebel "
            "spokesmen say their units will keep to the ceasefire that has held along the front line since May "
            "2003.")
    held = [e for e in of_type(extract(text, published="2007-03-06"), "ceasefire") if e.status == "in_effect"]
    assert [(e.date.start, e.date.precision) for e in held] == [("2003-05", "month")]


def test_a_government_dismissing_the_move_rejects_the_truce_its_sentence_told(extract):
    text = ("The Basque separatist group ETA declared a permanent ceasefire on Monday, but Spain's government "
            "dismissed the move and repeated its demand that the group disband.")
    truces = of_type(extract(text, published="2011-01-10"), "ceasefire")
    assert {(e.status, frozenset(roles(e))) for e in truces} == {
        ("announced", frozenset({("ETA", "initiator")})), ("rejected", frozenset({("ESP", "initiator")}))}


def test_his_is_the_subject_s_own_not_the_last_man_named_before(extract):
    text = ("GUEST: The mediators included Mario Raffaelli for the Italian government.\n\n"
            "GUEST: Then Dhlakama declared a truce from his base in the Gorongosa mountains at the end of 2016.")
    [truce] = of_type(extract(text, published="2022-10-04"), "ceasefire")
    assert roles(truce) == {("RENAMO", "initiator")}


def test_a_one_word_name_after_a_longer_place_of_the_same_country_is_still_its_own_place(extract):
    text = "Israeli strikes hit Gaza City on Monday. Israel struck targets across Gaza on Tuesday."
    places = {e.date.start: e.place.name for e in of_type(extract(text, published="2024-05-08"), "attack")}
    assert places == {"2024-05-06": "Gaza City", "2024-05-07": "Gaza Strip"}
