"""Readings found on batch 28 of our own articles (eval/own/pending): wire copy on a mediation disowned, a peace
accord ended, an ambush and each side's charge, an armed group disbanding, a city's fall. Each is tested on
sentences written for it."""

from datetime import date

from records import of_type, roles
from trucewatch.nlp.when import find_dates


def test_an_accord_signed_years_before_is_a_step_of_its_own_beside_its_end(extract):
    events = of_type(extract("Mali's military government has ended the 2015 peace agreement with the northern "
                             "separatist groups with immediate effect.\n\nThe accord, signed in Bamako in 2015, "
                             "ended a rebellion in the north.", published="2024-01-26"), "agreement")
    by_status = {e.status: e for e in events}
    assert set(by_status) == {"ended", "signed"}
    assert by_status["ended"].date.start == "2024-01-26" and by_status["signed"].date.start == "2015"


def test_a_month_of_last_year_is_that_month():
    [found] = find_dates("Fighting resumed in August last year as the mission withdrew.", date(2024, 1, 26))
    assert (found.when.start, found.when.precision) == ("2023-08", "month")


def test_a_patrol_ambushed_is_no_deal_on_patrols(extract):
    events = extract("Gunmen ambushed a police patrol near the village on Sunday.", published="2023-09-24")
    assert not of_type(events, "agreement") and of_type(events, "attack")
    [deal] = of_type(extract("Russia and Turkey agreed to establish joint patrols along the M4 highway.",
                             published="2020-03-06"), "agreement")
    assert roles(deal) == {("RUS", "participant"), ("TUR", "participant")}


def test_an_accusation_joined_to_a_passive_clause_is_the_speaker_s(extract):
    [charge] = of_type(extract("Serbian President Aleksandar Vucic denied that Belgrade was involved and accused "
                               "Kosovo of provoking the violence in the north.", published="2023-09-24"), "accusation")
    assert roles(charge) == {("SRB", "initiator"), ("XKX", "target")}


def test_a_participle_after_the_attribution_is_the_speaker_s(extract):
    events = extract("Turkish air strikes kept hitting suspected PKK positions in northern Iraq in the weeks before "
                     "the congress, the group said, accusing Ankara of trying to sabotage the process.",
                     published="2025-05-12")
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("PKK", "initiator"), ("TUR", "target")}
    [attack] = of_type(events, "attack")
    assert roles(attack) == {("TUR", "initiator"), ("PKK", "target")} and attack.place.country == "IRQ"


def test_ending_an_armed_struggle_declares_a_truce_of_one_s_own(extract):
    [truce] = of_type(extract("The Kurdistan Workers Party (PKK) said on Monday it would disband and end its armed "
                              "struggle against the Turkish state.", published="2025-05-12"), "ceasefire")
    assert truce.status == "announced" and roles(truce) == {("PKK", "initiator")}


def test_the_people_a_when_clause_s_attack_killed_are_its_target(extract):
    [attack] = of_type(extract("A Kosovo police officer was killed and another wounded on Sunday when gunmen "
                               "ambushed a patrol near the village of Banjska.", published="2023-09-24"), "attack")
    assert roles(attack) == {("XKX", "target")} and attack.quantities == {"killed": 1, "injured": 1}


def test_separatists_at_war_with_their_state_strike_its_forces(extract):
    events = extract("The Ambazonia Governing Council said it remained committed to the process.\n\nSeparatist "
                     "fighters attacked a checkpoint near Bamenda on Sunday, killing two soldiers, a military source "
                     "said.", published="2023-01-23")
    [attack] = of_type(events, "attack")
    assert roles(attack) == {("AMBAZONIA", "initiator"), ("CMR", "target")}


def test_agreeing_to_enter_a_peace_process_is_talks_to_come(extract):
    events = extract("Cameroon said it had not asked anyone to mediate, three days after Canada said the two sides had "
                     "agreed to enter a peace process.", published="2023-01-23")
    assert not of_type(events, "agreement") and "planned" in [e.status for e in of_type(events, "talks")]


def test_a_side_that_asked_no_one_to_mediate_rejects_the_mediation(extract):
    [talks] = of_type(extract("Cameroon's government said on Monday it had not asked any foreign country to mediate in "
                              "its conflict with separatists.", published="2023-01-23"), "talks")
    assert talks.status == "rejected" and roles(talks) == {("CMR", "initiator")}


def test_a_leader_named_before_an_aside_on_him_is_the_subject_of_the_verb_after_it(extract):
    [call] = of_type(extract("The PKK said it would disband. Ocalan, who has been held in an island prison near "
                             "Istanbul since 1999, called on the group in February to lay down its arms and dissolve.",
                             published="2025-05-12"), "ceasefire")
    assert call.status == "called_for" and roles(call) == {("PKK", "initiator")}


def test_a_town_taken_control_of_is_where_the_attack_was(extract):
    [attack] = of_type(extract("The RSF took control of El Fasher, the army's last stronghold in the western Darfur "
                               "region, on Sunday after an 18-month siege, capturing the headquarters of the army's "
                               "6th Infantry Division.", published="2025-10-29"), "attack")
    assert attack.place.name == "El Fasher" and attack.date.start == "2025-10-26"


def test_the_words_after_a_clause_that_name_its_teller_make_it_reported(extract):
    [attack] = of_type(extract("Turkish air strikes kept hitting suspected PKK positions in northern Iraq in the weeks "
                               "before the congress, the group said, accusing Ankara of trying to sabotage the "
                               "process.", published="2025-05-12"), "attack")
    assert attack.modality == "reported"


def test_today_in_a_post_quoted_after_the_day_of_the_ceremony_is_that_day(extract):
    events = extract("Within hours of the ceremony at the White House on Friday, the three leaders took to social "
                     "media.\n\n\"Today Azerbaijan and Armenia initialled the text of a peace agreement,\" "
                     "Azerbaijan's President Ilham Aliyev wrote on X.", published="2025-08-09")
    [deal] = of_type(events, "agreement")
    assert deal.date.start == "2025-08-08"


def test_the_witness_of_a_signing_stands_behind_each_deal_of_its_sentence(extract):
    events = extract("\"Today Azerbaijan and Armenia initialled the text of a peace agreement and signed a joint "
                     "declaration, with President Trump as our witness,\" Azerbaijan's President Ilham Aliyev wrote "
                     "on X.", published="2025-08-08")
    assert {e.status: roles(e) for e in of_type(events, "agreement")} == {
        "agreed": {("AZE", "participant"), ("ARM", "participant"), ("USA", "mediator")},
        "signed": {("AZE", "participant"), ("ARM", "participant"), ("USA", "mediator")}}
