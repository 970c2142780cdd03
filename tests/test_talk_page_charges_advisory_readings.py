"""Readings that batch 47 of our own articles asked for: an encyclopedia's talk page, a court's summary of charges, a
shipping line's advisory to its customers, a speaker's career list and a television shotlist. Each is tested on text
written for it."""

from records import codes, of_type

# --- a court's summary of the charges ------------------------------------------------------------------------------

CHARGES = ("Summary of the charges\n\n"
           "1. On 8 April 2004, in N'Djamena, the Government of Sudan, the Sudan Liberation Movement and the Justice "
           "and Equality Movement (JEM) signed a humanitarian ceasefire agreement, with Chad as mediator.\n\n"
           "Count 1. Murder, a war crime. On or about 29 September 2007, forces under the command of the accused, "
           "acting together with forces of the SLA-Unity, attacked the Haskanita site and killed twelve AMIS "
           "peacekeepers.\n\n"
           "The accused appeared before the Court voluntarily.")


def test_sides_set_off_by_a_comma_after_the_place_are_the_subject_not_a_description_of_the_place(extract):
    truces = of_type(extract(CHARGES, published="2011-03-07"), "ceasefire")
    assert [(t.status, t.date.start) for t in truces] == [("agreed", "2004-04-08")]
    assert codes(truces[0], "participant") == {"SDN", "SLM", "JEM"} and codes(truces[0], "mediator") == {"TCD"}


def test_the_accused_is_a_person_on_trial_not_an_accusation(extract):
    assert of_type(extract(CHARGES, published="2011-03-07"), "accusation") == []


def test_forces_acting_together_with_a_group_share_its_attack_on_a_site_named_for_its_place(extract):
    attacks = of_type(extract(CHARGES, published="2011-03-07"), "attack")
    assert [(a.date.start, a.place.country, a.quantities.get("killed")) for a in attacks] == [
        ("2007-09-29", "SDN", 12)]
    assert codes(attacks[0], "initiator") == {"SLAUNITY"} and codes(attacks[0], "target") == {"AU"}


# --- a shipping line's advisory -------------------------------------------------------------------------------------

ADVISORY = ("Customer advisory: calls at Ukrainian ports\n\n"
            "On 17 July 2023 the Russian Federation told Turkiye and the United Nations that it would not extend the "
            "Black Sea Grain Initiative.\n\n"
            "Today the Russian Ministry of Defence announced that it will regard all vessels sailing to Ukrainian "
            "ports as potential carriers of military cargo.\n\n"
            "When Russia suspended its participation in the initiative on 29 October 2022, after a drone attack on "
            "its fleet at Sevastopol, traffic stopped for four days.")


def test_a_deal_a_side_will_not_extend_is_ended_by_that_side(extract):
    deals = of_type(extract(ADVISORY, published="2023-07-19"), "agreement")
    assert [(d.status, d.date.start, codes(d, "initiator")) for d in deals] == [
        ("ended", "2023-07-17", {"RUS"}), ("ended", "2022-10-29", {"RUS"})]  # (the second: "the initiative",
    # told before, its part in it suspended)


def test_regarding_ships_as_carriers_of_war_cargo_is_a_threat_of_attack_by_whoever_says_it(extract):
    threats = [a for a in of_type(extract(ADVISORY, published="2023-07-19"), "attack") if a.status == "threatened"]
    assert [codes(t, "initiator") for t in threats] == [{"RUS"}]


def test_a_drone_attack_told_in_passing_after_another_step_occurred_in_that_step_s_month(extract):
    attacks = [a for a in of_type(extract(ADVISORY, published="2023-07-19"), "attack") if a.status == "occurred"]
    assert [(a.date.start, codes(a, "target")) for a in attacks] == [("2022-10", {"RUS"})]


def test_a_deal_a_side_has_not_agreed_to_extend_is_not_yet_ended(extract):
    deals = of_type(extract("Moscow has not agreed to extend the grain deal.", published="2023-07-10"), "agreement")
    assert [(d.status, d.negated) for d in deals] == [("agreed", True)]  # (no extension agreed; nothing ended)


def test_a_deal_extended_is_agreed(extract):
    deals = of_type(extract("Russia extended the grain deal on 17 May 2023.", published="2023-05-18"), "agreement")
    assert [(d.status, d.date.start) for d in deals] == [("agreed", "2023-05-17")]


# --- a talk page -------------------------------------------------------------------------------------------------

TALK = ("Talk:Arusha Accords\n\n"
        "The N'sele ceasefire never held; the one signed in Arusha on 12 July 1992 is the one that opened the way to "
        "the talks. "
        "Kagera river (talk) 14:02, 3 March 2021 (UTC)\n\n"
        "But the infobox gives 12 July 1992 as the date of the ceasefire, and that is a different agreement.\n\n"
        "The accords were signed in Arusha on 4 August 1993 by President Juvenal Habyarimana and the RPF chairman, "
        "Alexis Kanyarengwe, with Tanzania's president, Ali Hassan Mwinyi, as facilitator.")


def test_the_one_signed_stands_for_the_truce_named_before_it_and_the_way_to_talks_holds_none(extract):
    events = extract(TALK, published="2021-03-05")
    assert [(t.status, t.date.start, t.place.country) for t in of_type(events, "ceasefire")
            if t.status == "agreed"] == [("agreed", "1992-07-12", "TZA")]
    assert of_type(events, "talks") == []


def test_what_a_thing_is_told_apart_from_is_no_deal_and_a_facilitator_named_by_title_mediates(extract):
    deals = of_type(extract(TALK, published="2021-03-05"), "agreement")
    assert [(d.status, d.date.start) for d in deals] == [("signed", "1993-08-04")]
    assert codes(deals[0], "participant") == {"RWA", "RPF"} and codes(deals[0], "mediator") == {"TZA"}


# --- a shotlist's storyline ------------------------------------------------------------------------------------------

STORYLINE = ("Chad's government and four rebel groups signed a peace agreement on Thursday in the Libyan city of "
             "Sirte.\n\n"
             "The four groups are the UFDD, the Rally of Forces for Change (RFC), the UFDD-Fundamental and the "
             "Chadian National Concord (CNT).\n\n"
             "Chad accuses neighbouring Sudan of arming the rebels, which Khartoum denies.")


def test_groups_named_by_their_count_are_those_the_article_lists_under_it(extract):
    deals = of_type(extract(STORYLINE, published="2007-10-25"), "agreement")
    assert [(d.status, d.date.start, d.place.country) for d in deals] == [("signed", "2007-10-25", "LBY")]
    assert codes(deals[0], "participant") == {"TCD", "UFDD", "RFC", "UFDDF", "CNT"}


def test_a_list_of_names_not_all_groups_we_know_names_no_group_by_count(extract):
    text = ("The government and three rebel groups signed a peace agreement on Thursday.\n\n"
            "The three groups are the UFDD, the Northern Lights and the RFC.")
    deals = of_type(extract(text, published="2007-10-25"), "agreement")
    assert not {"UFDD", "RFC"} & codes(deals[0])


def test_neighbouring_before_a_name_describes_it_and_the_name_is_the_accused(extract):
    charges = of_type(extract(STORYLINE, published="2007-10-25"), "accusation")
    assert [(codes(c, "initiator"), codes(c, "target")) for c in charges] == [({"TCD"}, {"SDN"})]


# --- a career list ---------------------------------------------------------------------------------------------------

CAREER = ("2001-2004  Special Representative of the UN Secretary-General for Afghanistan. Chaired the talks of the "
          "Afghan factions in Bonn, which ended with the signing of the Bonn Agreement on 5 December 2001.")


def test_talks_ending_with_a_signing_signed_the_deal_and_the_sides_talks_were_where_the_sides_met(extract):
    events = extract(CAREER, published="2019-05-10")
    assert [(d.status, d.date.start, d.place.country) for d in of_type(events, "agreement")] == [
        ("signed", "2001-12-05", "DEU")]
    assert [(t.status, t.place.country) for t in of_type(events, "talks")] == [("held", "DEU")]
