"""Readings found on batch 38 of our own articles (eval/own/pending): an obituary, a truce a neighbour brokered, an
editorial, a live blog of a border war under day headings, and a truce signed by a contact group. Each is tested on
text written for it."""

import pytest

from records import of_type, roles


def test_a_live_blogs_entries_are_on_the_day_their_heading_names(extract):
    text = ("Border clashes: live\n\n"
            "Saturday\n\n"
            "09:15 - The ceasefire is holding along most of the border, the border service says.\n\n"
            "Friday\n\n"
            "16:05 - Kyrgyzstan and Tajikistan have agreed on a ceasefire, the president's office says.")
    [agreed] = [e for e in of_type(extract(text, published="2022-09-17"), "ceasefire") if e.status == "agreed"]
    assert agreed.date.start == "2022-09-16T16:05"


def test_the_two_countries_are_the_two_states_whose_border_war_the_headline_names(extract):
    text = ("Kyrgyzstan-Tajikistan border clashes: live\n\n"
            "The heads of the two countries' security services have agreed on a ceasefire, the president's office "
            "says.")
    [truce] = of_type(extract(text, published="2022-09-17"), "ceasefire")
    assert roles(truce) == {("KGZ", "participant"), ("TJK", "participant")}


def test_a_shared_border_names_no_side_of_an_attack_on_it(extract):
    [attack] = of_type(extract("Gunfire broke out on the Thai-Cambodian border on Thursday.",
                               published="2025-07-24"), "attack")
    assert not roles(attack)


def test_a_truce_agreed_hours_before_a_meeting_was_not_brokered_there(extract):
    text = ("Kyrgyzstan-Tajikistan border clashes: live\n\n"
            "Friday\n\n"
            "19:30 - Russian President Vladimir Putin urged the leaders of both countries to end the fighting when he "
            "met them at a summit in Samarkand, the Kremlin says.\n\n"
            "16:05 - The heads of the two countries' security services have agreed on a ceasefire, the president's "
            "office says.")
    [truce] = [e for e in of_type(extract(text, published="2022-09-17"), "ceasefire") if e.status == "agreed"]
    assert roles(truce) == {("KGZ", "participant"), ("TJK", "participant")}


def test_a_toll_since_the_fighting_began_is_the_fightings_from_its_first_day(extract):
    text = ("Kyrgyzstan's health ministry says 24 people have been killed and 87 wounded in Batken region since the "
            "fighting began on Wednesday.")
    [attack] = of_type(extract(text, published="2022-09-17"), "attack")
    assert (attack.date.start, attack.quantities) == ("2022-09-14", {"killed": 24, "injured": 87})


def test_a_key_points_toll_is_the_toll_of_the_fighting_the_entry_tells(extract):
    text = ("Border clashes: live\n\n"
            "Key points\n"
            "- Kyrgyzstan says 24 of its citizens have been killed\n\n"
            "Saturday\n\n"
            "11:20 - Kyrgyzstan's health ministry says 24 people have been killed and 87 wounded in Batken region "
            "since the fighting began on Wednesday.\n")
    [attack] = of_type(extract(text, published="2022-09-17"), "attack")
    assert (attack.date.start, attack.quantities) == ("2022-09-14", {"killed": 24, "injured": 87})


def test_the_truce_a_live_blog_tells_above_its_agreeing_is_between_the_sides_that_agreed_it(extract):
    text = ("Border clashes: live\n\n"
            "Saturday\n\n"
            "09:15 - The ceasefire that took effect at 4 p.m. on Friday is holding along most of the border.\n\n"
            "Friday\n\n"
            "16:05 - Kyrgyzstan and Tajikistan have agreed on a ceasefire, the president's office says.")
    [held] = [e for e in of_type(extract(text, published="2022-09-17"), "ceasefire") if e.status == "in_effect"]
    assert roles(held) == {("KGZ", "participant"), ("TJK", "participant")}


def test_a_truce_told_above_another_truce_agreed_keeps_no_sides_where_two_were_agreed(extract):
    text = ("Border clashes: live\n\n"
            "09:15 - The ceasefire is holding along most of the border.\n\n"
            "08:05 - Kyrgyzstan and Tajikistan have agreed on a ceasefire.\n\n"
            "07:05 - Armenia and Azerbaijan have agreed on a ceasefire.")
    [held] = [e for e in of_type(extract(text, published="2022-09-17"), "ceasefire") if e.status == "in_effect"]
    assert not roles(held)


def test_the_protocol_its_signers_signed_is_the_truce_told_before_and_they_its_sides(extract):
    text = ("Ukraine and pro-Russian separatists signed a ceasefire on Friday at talks in Minsk.\n\n"
            "Former Ukrainian President Leonid Kuchma, Russia's ambassador to Kyiv, an envoy of the Organization for "
            "Security and Co-operation in Europe and the leaders of the self-proclaimed Donetsk and Luhansk People's "
            "Republics signed the 12-point protocol.")
    events = extract(text, published="2014-09-05")
    [truce] = of_type(events, "ceasefire")
    assert {("UKR", "participant"), ("RUS", "participant"), ("DPR", "participant"), ("LPR", "participant"),
            ("OSCE", "mediator")} <= roles(truce) and not of_type(events, "agreement")


def test_a_protocol_of_diplomatic_manners_is_no_deal(extract):
    assert not extract("The visit broke with protocol when the prince met the rebels.", published="2014-09-05")


def test_a_leader_who_changed_sides_signs_for_the_side_he_stood_for_on_the_days_event(extract):
    text = ("John Garang, who led southern Sudan's rebels and then became Sudan's first vice-president, died on "
            "Saturday.\n\n"
            "Garang and Sudan's vice-president, Ali Osman Taha, signed the peace agreement in Nairobi on Jan. 9.")
    [deal] = of_type(extract(text, published="2005-08-01"), "agreement")
    assert {("SPLM", "participant"), ("SDN", "participant")} <= roles(deal)


def test_separatists_named_by_a_common_name_are_the_republics_the_article_names(extract):
    text = ("Ukraine and pro-Russian separatists agreed a ceasefire on Friday.\n\n"
            "The leaders of the Donetsk People's Republic signed the protocol.")
    [truce] = of_type(extract(text, published="2014-09-05"), "ceasefire")
    assert ("DPR", "participant") in roles(truce) and ("DONBAS", "participant") not in roles(truce)


MINSK = ("Ukraine and pro-Russian separatists signed a ceasefire on Friday at talks in the Belarusian capital.\n\n"
         "Former Ukrainian President Leonid Kuchma, Russia's ambassador to Kyiv, an envoy of the Organization for "
         "Security and Co-operation in Europe and the leaders of the self-proclaimed Donetsk and Luhansk People's "
         "Republics signed the 12-point protocol. The ceasefire took effect at 6 p.m. local time.")


def test_the_talks_a_truce_was_signed_at_are_between_its_signers(extract):
    [talks] = of_type(extract(MINSK, published="2014-09-05"), "talks")
    assert {("UKR", "participant"), ("RUS", "participant"), ("DPR", "participant"), ("LPR", "participant"),
            ("OSCE", "mediator")} <= roles(talks)


def test_the_truce_taking_effect_is_between_all_the_sides_that_signed_it(extract):
    [held] = [e for e in of_type(extract(MINSK, published="2014-09-05"), "ceasefire") if e.status == "in_effect"]
    assert {("UKR", "participant"), ("RUS", "participant"), ("DPR", "participant"),
            ("LPR", "participant"), ("OSCE", "mediator")} <= roles(held)


def test_talks_a_truce_was_agreed_at_are_the_round_told_over_the_days_that_hold_its_day(extract):
    text = ("Myanmar's military and the Three Brotherhood Alliance agreed on Thursday to an immediate ceasefire at "
            "talks in China, the Chinese foreign ministry said on Friday.\n\n"
            "Delegates of the Three Brotherhood Alliance and of the Arakan Army met Chinese mediators in the "
            "southwestern city of Kunming on Wednesday and Thursday.")
    events = extract(text, published="2024-01-12")
    [talks], [truce] = of_type(events, "talks"), of_type(events, "ceasefire")
    assert {("MMR", "participant"), ("BROTHERHOOD", "participant"), ("CHN", "mediator")} <= roles(talks)
    assert talks.date.start == "2024-01-10" and ("CHN", "mediator") in roles(truce)


def test_shelling_that_could_be_heard_was_heard(extract):
    [attack] = of_type(extract("Shelling could be heard on the eastern edge of Mariupol on Friday.",
                               published="2014-09-05"), "attack")
    assert attack.status == "occurred" and attack.modality == "asserted"


def test_strikes_that_could_come_are_only_possible(extract):
    assert not [e for e in extract("Strikes could be launched on Mariupol on Friday.", published="2014-09-05")
                if e.status == "occurred"]


def test_a_charge_its_target_denies_is_the_speakers_accusation(extract):
    events = extract("NATO says Russia has sent more than 1,000 troops into Ukraine to help the rebels, a charge "
                     "Moscow denies.", published="2014-09-05")
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("NATO", "initiator"), ("RUS", "target")}


def test_charges_a_court_brings_are_no_accusation_between_sides(extract):
    assert not of_type(extract("The prosecutor said the men faced charges of fraud in Kyiv.",
                               published="2014-09-05"), "accusation")


def test_the_accusation_a_side_rejects_is_the_one_told_before(extract):
    text = ("Mali cut ties with Ukraine on Sunday, accusing Kyiv of backing the rebels.\n\n"
            "Ukraine's foreign ministry on Monday rejected the accusation, calling the decision hasty.")
    [charge] = of_type(extract(text, published="2024-08-05"), "accusation")
    assert ("MLI", "initiator") in roles(charge)


def test_talks_held_under_a_statesman_are_brokered_by_him(extract):
    [talks] = of_type(extract("Burundi's government and the rebels agreed to a truce at talks in Arusha.\n\n"
                              "The talks began in 1998 under Julius Nyerere.", published="2000-08-29"), "talks")
    assert ("TZA", "mediator") in roles(talks)


def test_talks_held_under_a_flag_of_truce_have_no_broker_in_it(extract):
    [talks] = of_type(extract("The talks began in 1998 under heavy guard in Arusha.", published="2000-08-29"),
                      "talks")
    assert not [r for r in roles(talks) if r[1] == "mediator" and r[0] != "TZA"]


def test_the_talks_a_deal_came_out_of_are_between_those_who_signed_it_in_the_next_sentence(extract):
    text = ("For 21 years the SPLA fought the governments in Khartoum, in a war that killed about two million "
            "people.\n\n"
            "The deal that ended it came out of more than two years of talks in the Kenyan towns of Machakos and "
            "Naivasha, mediated by the regional bloc IGAD through its envoy. Garang and Sudan's vice-president, "
            "Ali Osman Taha, signed it in Nairobi on Jan. 9.")
    [talks] = of_type(extract(text, published="2005-08-01"), "talks")
    assert {("SDN", "participant"), ("SPLM", "participant"), ("IGAD", "mediator")} <= roles(talks)


@pytest.mark.parametrize("where", ["on the eastern edge of Mariupol", "on the outskirts of Mariupol"])
def test_fire_on_the_edge_of_a_city_is_placed_in_it(extract, where):
    [attack] = of_type(extract(f"Shelling was heard {where} on Friday.", published="2014-09-05"), "attack")
    assert attack.place.name == "Mariupol"


def test_an_alliance_named_with_its_members_is_the_one_that_acts(extract):
    text = ("The Three Brotherhood Alliance - the Myanmar National Democratic Alliance Army, the Ta'ang National "
            "Liberation Army and the Arakan Army - launched an offensive in northern Shan State on Oct. 27.")
    [attack] = of_type(extract(text, published="2024-01-12"), "attack")
    assert {ref for ref, role in roles(attack) if role == "initiator"} == {"BROTHERHOOD"}


def test_what_two_sides_agree_under_a_protocol_they_sign_is_that_protocol(extract):
    text = ("Under a protocol signed by their foreign ministers in Moscow on Thursday, Russia and Turkey agreed to set "
            "up a security corridor six kilometres wide along the M4 highway.")
    [deal] = of_type(extract(text, published="2020-03-06"), "agreement")
    assert {("RUS", "participant"), ("TUR", "participant")} <= roles(deal)


EARLIER_TRUCE = ("Russia and Ukraine agreed on Thursday, after talks in Minsk brokered by Germany and France, on a new "
                 "ceasefire for eastern Ukraine. Nobody in the room sounded sure it would last. The first Minsk "
                 "ceasefire, signed in September, was broken within days.")


def test_a_truce_counted_as_the_first_is_not_the_new_truces_sides(extract):
    events = [e for e in of_type(extract(EARLIER_TRUCE, published="2015-02-13"), "ceasefire")
              if "first Minsk" in e.evidence.text]
    assert {e.status for e in events} == {"agreed", "violated"}
    assert all(not roles(e) for e in events)


def test_a_truce_broken_within_days_of_its_signing_month_is_broken_that_month(extract):
    [broken] = [e for e in of_type(extract(EARLIER_TRUCE, published="2015-02-13"), "ceasefire")
                if e.status == "violated"]
    assert (broken.date.start[:7], broken.date.precision, broken.date.inferred) == ("2014-09", "month", False)


def test_a_truce_the_article_agrees_is_still_its_sides(extract):
    [truce] = [e for e in of_type(extract(EARLIER_TRUCE, published="2015-02-13"), "ceasefire")
               if e.status == "agreed" and "new" in e.evidence.text]
    assert {"RUS", "UKR"} <= {code for code, role in roles(truce) if role == "participant"}
