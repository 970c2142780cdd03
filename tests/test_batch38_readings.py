"""Readings found on batch 38 of our own articles (eval/own/pending): an obituary, a truce a neighbour brokered, an
editorial, a live blog of a border war under day headings, and a truce signed by a contact group. Each is tested on
text written for it."""

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
