"""Readings found while bringing batches 9 and 10 of our own articles (eval/own/pending) up to the set's floors: the
errors that remained across the whole set once both were scored with it. Each is tested on a sentence written for
it."""

from records import of_type, roles


def test_a_state_struck_on_its_own_soil_by_another_is_the_target(extract):
    events = extract("Russia blamed Ukrainian sea drones for the blast on the Crimean bridge. Overnight, Russia struck "
                     "the port of Odesa with drones and missiles.", published="2023-07-18")
    [strike] = [e for e in of_type(events, "attack") if e.place is not None and e.place.name == "Odesa"]
    assert {("RUS", "initiator"), ("UKR", "target")} <= roles(strike)
    [alone] = of_type(extract("Overnight, Russia struck the port of Odesa with drones and missiles.",
                              published="2023-07-18"), "attack")
    assert roles(alone) == {("RUS", "initiator"), ("UKR", "target")}  # (a story that sets no two sides against
    # each other, nor names Ukraine: the port's country, at war with Russia that day by the table of wars)
    [allied] = of_type(extract("Eritrean troops fought beside Ethiopia's army against the Tigray forces and were "
                               "accused of killing 11 civilians in the town of Shire.", published="2022-12-02"),
                       "attack")
    assert not any(role == "target" and code == "ETH" for code, role in roles(allied))
    [shelling] = of_type(extract("The RSF shelled the city of El Obeid, killing six people, local medics said.",
                                 published="2025-11-25"), "attack")
    assert not any(role == "target" for _, role in roles(shelling))  # (a group's own country is no target of it)


def test_army_drones_named_without_an_article_are_the_state_s(extract):
    events = extract("Sudan's army chief rejects truce plan\n\nThe plan was put forward by the United States, Saudi "
                     "Arabia and Egypt. Army drones struck RSF positions near Babanusa on Monday.",
                     published="2025-11-24")  # (the army is Sudan's from the headline, whatever states follow)
    [strike] = of_type(events, "attack")
    assert {("SDN", "initiator"), ("RSF", "target")} <= roles(strike)


def test_who_brokered_the_sides_truce_brokers_its_extension(extract):
    events = extract("Israel and Hamas have agreed to extend their truce in Gaza by two days, officials said on "
                     "Monday. The truce, brokered by Qatar with Egypt, took effect on Friday morning.",
                     published="2023-11-27")
    [extension] = [e for e in of_type(events, "ceasefire") if e.status == "extended"]
    assert {("ISR", "participant"), ("HAMAS", "participant"), ("QAT", "mediator")} <= roles(extension)


def test_a_group_headed_by_an_envoy_mediates_for_the_envoy_s_state(extract):
    [talks] = of_type(extract("Talks leading to the accord were mediated by a group of foreign diplomats headed by "
                              "Switzerland's ambassador.", published="2019-08-06"), "talks")
    assert ("CHE", "mediator") in roles(talks)


def test_a_truce_told_in_two_bulleted_paragraphs_of_a_newsletter_is_one_between_the_two_sides(extract):
    events = extract("This week in South Sudan:\n\n• Ceasefire begins. A permanent ceasefire agreed by President Salva "
                     "Kiir and rebel leader Riek Machar in Khartoum took effect on Saturday, June 30.\n\n• What was "
                     "signed. The Khartoum Declaration, signed on June 27, commits the two sides to a ceasefire within "
                     "72 hours.", published="2018-07-02")
    [agreed] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert {("SSD", "participant"), ("SPLM", "participant")} <= roles(agreed) and agreed.date.start == "2018-06-27"


def test_points_of_a_list_stay_apart(extract):
    events = extract("The two sides agreed on the following:\n- A ceasefire in Hodeidah.\n- A ceasefire in Taiz.",
                     published="2018-12-13")
    assert len([e for e in of_type(events, "ceasefire") if e.status == "agreed"]) == 2


def test_fighting_within_hours_of_a_truce_taking_effect_breaks_it_and_is_between_who_blame_each_other(extract):
    events = extract("A permanent ceasefire agreed by President Salva Kiir and rebel leader Riek Machar took effect at "
                     "midnight on Saturday, June 30. Within hours the army and Machar's SPLA-IO accused each other of "
                     "attacking positions near Wau.", published="2018-07-02")
    [fighting] = of_type(events, "attack")
    assert {("SSD", "participant"), ("SPLM", "participant")} <= roles(fighting)  # (the army: the president's state's)
    assert fighting.place.country == "SSD"  # (the SPLA-IO is South Sudan's)
    [broken] = [e for e in of_type(events, "ceasefire") if e.status == "violated"]
    assert broken.date.start == "2018-06-30" and broken.evidence.text.startswith("Within hours")


def test_fighting_within_hours_of_nothing_breaks_no_truce(extract):
    events = extract("The talks ended on Monday. Within hours the army shelled rebel positions near Wau.",
                     published="2018-07-02")
    assert not [e for e in of_type(events, "ceasefire") if e.status == "violated"]


def test_breaking_the_terms_of_a_deal_breaks_it_and_discussing_them_does_not(extract):
    events = extract("Israel and Hamas agreed a truce on Friday. On Saturday, Hamas accused Israel of breaking the "
                     "terms of the deal.", published="2023-11-27")
    [broken] = [e for e in of_type(events, "ceasefire") if e.status == "violated"]
    assert ("ISR", "initiator") in roles(broken) and broken.date.start == "2023-11-25"
    talked = extract("Israeli and Hamas negotiators discussed the terms of a truce in Doha on Friday.",
                     published="2023-11-27")
    assert not [e for e in of_type(talked, "ceasefire") if e.status == "violated"]


def test_the_lead_of_a_newsletter_bullet_is_its_heading_and_no_record_of_its_own(extract):
    events = extract("This week in South Sudan:\n\n• Ceasefire begins, then falters. A permanent ceasefire agreed by "
                     "President Salva Kiir and rebel leader Riek Machar took effect at midnight on Saturday, June 30.\n"
                     "\n• Russia struck Kyiv. Eight people were killed.", published="2018-07-02")
    [in_force] = [e for e in of_type(events, "ceasefire") if e.status == "in_effect"]
    assert in_force.date.start.startswith("2018-06-30")
    assert any(("RUS", "initiator") in roles(e) for e in of_type(events, "attack"))  # (a short lead that names
    # its actor tells an event of its own)


MAPUTO = ("MAPUTO, Aug 6 (Agency) - Mozambican President Filipe Nyusi and Ossufo Momade, leader of Renamo, signed a "
          "peace accord in Maputo on Tuesday. It completes a process that began with a definitive cessation of "
          "hostilities the two leaders signed on Thursday in the Gorongosa mountains.\n\n"
          "Under the accord, Renamo fighters are to hand in their weapons. Talks leading to it were mediated by "
          "Switzerland's ambassador.\n\n"
          "A dissident faction has rejected the deal and vowed to keep fighting.\n\n"
          "FACTBOX\n\n"
          "- Sept. 5, 2014: President Armando Guebuza and Renamo leader Afonso Dhlakama sign a cessation of "
          "hostilities in Maputo.\n"
          "- Aug. 1, 2019: Nyusi and Momade sign a definitive cessation of hostilities in Gorongosa.")


def test_the_deal_rejected_after_the_accord_is_the_accord_not_the_truce_told_between(extract):
    events = extract(MAPUTO, published="2019-08-06")
    assert [e.status for e in of_type(events, "agreement") if e.status == "rejected"] == ["rejected"]
    assert not [e for e in of_type(events, "ceasefire") if e.status == "rejected"]


def test_a_factbox_line_joins_the_story_s_telling_which_gives_the_evidence(extract):
    events = extract(MAPUTO, published="2019-08-06")
    [truce] = [e for e in of_type(events, "ceasefire") if e.date.start == "2019-08-01"]
    assert truce.evidence.text.startswith("It completes a process")
    assert {("MOZ", "participant"), ("RENAMO", "participant")} <= roles(truce)


def test_the_broker_of_talks_told_without_a_day_brokered_no_deal_of_years_before(extract):
    events = extract(MAPUTO, published="2019-08-06")
    [then] = [e for e in of_type(events, "ceasefire") if e.date.start == "2014-09-05"]
    assert {("MOZ", "participant"), ("RENAMO", "participant")} <= roles(then)  # (Guebuza, Dhlakama)
    assert ("CHE", "mediator") not in roles(then)


def test_a_truce_both_sides_observed_is_theirs_and_where_the_group_fights(extract):
    events = extract('The United States and the Taliban signed an agreement in Doha on Saturday. It followed a '
                     'week-long "reduction in violence" that began on Feb. 22, which both sides and the Afghan '
                     'government largely observed.', published="2020-03-02")
    [truce] = of_type(events, "ceasefire")
    assert {("USA", "participant"), ("TALIBAN", "participant")} <= roles(truce) and truce.place.country == "AFG"


def test_the_claim_a_fact_check_checks_is_no_record_and_what_happened_is(extract):
    events = extract("Fact check: Did India and Pakistan sign a peace treaty?\n\nCLAIM: Posts shared widely on "
                     "social media say India and Pakistan signed a peace treaty last week.\n\nVERDICT: False. No "
                     "treaty was signed.\n\nWHAT HAPPENED: On Thursday, Feb. 25, the Indian and Pakistani armies "
                     "agreed to strictly observe the ceasefire along the Line of Control.", published="2021-03-01")
    assert not [e for e in of_type(events, "agreement") if e.status == "signed" and not e.negated]
    assert {("IND", "participant"), ("PAK", "participant")} <= roles(of_type(events, "ceasefire")[0])


def test_a_third_party_announcing_the_sides_agreements_brokered_them_and_the_talks(extract):
    events = extract("Peace talks on Yemen ended in Sweden on Thursday with the first agreements between the "
                     "government and the Houthi movement. Secretary-General Antonio Guterres flew in for the last "
                     "day and announced the agreements himself.", published="2018-12-14")
    [deal] = of_type(events, "agreement")
    [talks] = of_type(events, "talks")
    assert {("YEM", "participant"), ("HOUTHI", "participant"), ("UN", "mediator")} <= roles(deal)
    assert ("UN", "mediator") in roles(talks) and ("UN", "participant") not in roles(deal)


def test_how_much_fighting_there_is_is_no_attack_and_fighting_that_went_on_is(extract):
    quiet = extract("A U.N.-brokered truce in Yemen expired in October, but fighting has stayed at low levels since.",
                    published="2023-04-10")
    assert not of_type(quiet, "attack")
    heavy = extract("Fighting remained heavy in Khartoum on Monday.", published="2023-04-17")
    assert len(of_type(heavy, "attack")) == 1


def test_talks_that_collapsed_when_a_side_suspended_them_were_cancelled_by_it(extract):
    events = extract("Talks with the ELN, the last large guerrilla group, collapsed in January 2025, when "
                     "then-President Gustavo Petro suspended them.", published="2026-09-26")
    [talks] = of_type(events, "talks")
    assert talks.status == "cancelled" and ("COL", "initiator") in roles(talks)
    [ended] = of_type(extract("Talks with the ELN collapsed in January 2025.", published="2026-09-26"), "talks")
    assert ended.status == "held"


def test_a_group_described_in_apposition_is_the_group_named_not_another(extract):
    events = extract("Ten years ago today, President Juan Manuel Santos and the FARC commander Rodrigo Londono signed "
                     "a peace agreement in Cartagena.\n\nTalks with the ELN, the last large guerrilla group, collapsed "
                     "in January 2025.", published="2026-09-26")
    [talks] = [e for e in of_type(events, "talks") if e.date.start.startswith("2025")]
    assert ("ELN", "participant") in roles(talks) and "FARC" not in {code for code, _ in roles(talks)}
