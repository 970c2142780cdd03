"""Readings found on batch 29 of our own articles (eval/own/pending): wire copy on a truce declared over, a deal with a
rebel faction, an attack on an army base, an insurgent's claim, a strike that killed a government's head. Each is
tested on sentences written for it."""

from records import of_type, roles
from trucewatch.nlp.numbers import quantities


def test_a_year_is_no_count_of_the_dead():
    assert quantities("have waged an insurgency since 2009 that has killed tens of thousands of people",
                      "attack") == {}
    assert quantities("at least 1,200 people were killed", "attack") == {"killed": 1200}


def test_an_insurgency_that_has_killed_since_a_year_is_the_setting_not_an_attack(extract):
    events = extract("About 40 Chadian soldiers were killed when Boko Haram fighters attacked an army base on Sunday."
                     "\n\nBoko Haram has waged an insurgency around Lake Chad since 2009 that has killed tens of "
                     "thousands of people.", published="2024-10-28")
    [attack] = of_type(events, "attack")
    assert attack.quantities == {"killed": 40}


def test_a_truce_said_to_be_over_has_ended_by_the_side_whose_truce_it_is(extract):
    [truce] = of_type(extract("The Polisario Front said on Saturday that its 1991 ceasefire with Morocco was over.",
                              published="2020-11-14"), "ceasefire")
    assert truce.status == "ended" and roles(truce) == {("POLISARIO", "initiator")}


def test_ending_a_commitment_to_a_truce_ends_it_but_reaffirming_one_tells_nothing(extract):
    [truce] = of_type(extract("The Polisario Front said it was ending its commitment to the ceasefire with Morocco.",
                              published="2020-11-14"), "ceasefire")
    assert truce.status == "ended"
    assert not of_type(extract("Hamas reaffirmed its commitment to the ceasefire.", published="2025-03-02"),
                       "ceasefire")


def test_a_deal_or_truce_that_does_not_bind_a_side_is_rejected_by_it(extract):
    [deal] = of_type(extract("The main OLA leadership said the agreement did not bind the group, which would fight on.",
                             published="2024-12-02"), "agreement")
    assert deal.status == "rejected" and roles(deal) == {("OLA", "initiator")}
    [truce] = of_type(extract("The Houthis said they were not bound by the truce.", published="2025-05-07"),
                      "ceasefire")
    assert truce.status == "rejected" and roles(truce) == {("HOUTHI", "initiator")}


def test_officials_meeting_among_themselves_hold_no_talks(extract):
    events = extract("Yemen's Houthi rebels said their prime minister was killed in an Israeli airstrike on Sanaa on "
                     "Thursday.\n\nThe strike hit a government workshop as officials met to review the cabinet's "
                     "work, the rebels' Supreme Political Council said.", published="2025-08-30")
    assert not of_type(events, "talks") and of_type(events, "attack")


def test_killed_along_with_others_in_a_strike_on_a_group_s_capital_is_one_strike_on_the_group(extract):
    [attack] = of_type(extract("Yemen's Houthi rebels said on Saturday that their prime minister, Ahmed al-Rahawi, "
                               "was killed along with several ministers in an Israeli airstrike on the capital Sanaa "
                               "on Thursday.", published="2025-08-30"), "attack")
    assert roles(attack) == {("ISR", "initiator"), ("HOUTHI", "target")}
    assert attack.place.name == "Sanaa" and attack.date.start == "2025-08-28"


def test_a_call_joined_to_a_clause_on_a_thing_is_the_speaker_s(extract):
    [call] = of_type(extract("U.N. Secretary-General Antonio Guterres said he regretted that efforts to avoid an "
                             "escalation had failed and urged both sides to keep to the ceasefire.",
                             published="2020-11-14"), "ceasefire")
    assert call.status == "called_for" and ("UN", "initiator") in roles(call)


def test_a_strike_on_a_building_where_a_side_s_officials_met_is_on_that_side_and_no_talks(extract):
    events = extract("Israel carried out an air strike on a building in Doha on Tuesday where senior Hamas officials "
                     "had met to discuss a U.S. proposal.\n\nQatar, which has mediated between Israel and Hamas with "
                     "Egypt and the United States, called the strike state terrorism.", published="2025-09-10")
    assert not of_type(events, "talks")
    [attack] = of_type(events, "attack")
    assert roles(attack) == {("ISR", "initiator"), ("HAMAS", "target")}


def test_an_unnamed_group_s_attack_is_the_one_group_the_article_names(extract):
    events = extract("An al Qaeda-linked group attacked the northern Burkina Faso town of Djibo on Sunday, killing "
                     "scores of soldiers and civilians, residents said.\n\nJama'at Nusrat al-Islam wal-Muslimin (JNIM) "
                     "said in a statement that its fighters had overrun the army's positions in the town.",
                     published="2025-05-13")
    lead = next(e for e in of_type(events, "attack") if "Djibo" in e.evidence.text)
    assert ("JNIM", "initiator") in roles(lead) and ("ALQAEDA", "initiator") not in roles(lead)


def test_a_group_s_attack_on_a_city_of_its_own_country_names_where_not_whom(extract):
    events = extract("At least 37 killed in al-Shabaab attack on Mogadishu beach\n\nAt least 37 people were killed "
                     "and 212 wounded when al-Shabaab fighters attacked Lido beach in Mogadishu on Friday evening, "
                     "police said.\n\nThe al-Qaeda-linked group said in a statement that it had carried out the "
                     "attack.", published="2024-08-03", title="At least 37 killed in al-Shabaab attack on Mogadishu "
                     "beach")
    shabaab = [e for e in of_type(events, "attack") if ("SHABAAB", "initiator") in roles(e)]
    assert len(shabaab) == 1 and roles(shabaab[0]) == {("SHABAAB", "initiator")}
