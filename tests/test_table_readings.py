"""Readings found on batch 25 of our own articles: a data desk's table of strikes, a foreign ministry's press
conference, a ministry's swap statement in translation, a decree's articles and an aid agency's questions and
answers. Each is tested on sentences written for it."""

from records import of_type, roles
from trucewatch.ingest.clean import clean
from trucewatch.nlp.numbers import quantities


def test_a_table_s_header_names_its_columns_and_is_no_row():
    text = ("| Date | Place | Event | Killed |\n|---|---|---|---|\n"
            "| 31 July 2025 | Kyiv | Missiles strike the city | 31 |")
    [row] = clean(text).segments
    assert row.columns == ("date", "place", "event", "killed") and text[row.start:row.end].startswith("31 July")


def test_a_table_row_s_cells_give_its_day_place_and_toll(extract):
    events = extract("Deadliest strikes on Kyiv\n\n| Date | Place | Event | Killed |\n|---|---|---|---|\n"
                     "| 31 July 2025 | Kyiv | Russian missiles and drones strike the capital | 31 |\n"
                     "| 28 August 2025 | Kyiv | Overnight Russian drone and missile attack hits homes | 23 |",
                     published="2025-09-10")
    attacks = {e.date.start: e for e in of_type(events, "attack")}
    assert set(attacks) == {"2025-07-31", "2025-08-28"}
    assert [attacks[d].quantities for d in sorted(attacks)] == [{"killed": 31}, {"killed": 23}]
    assert all(e.place.country == "UKR" and ("RUS", "initiator") in roles(e) for e in attacks.values())


def test_mediation_told_in_a_sentence_of_its_own_mediates_the_swap_before_it(extract):
    [swap] = of_type(extract("On 3 January, 248 Russian servicemen were returned from captivity. In return, 230 "
                             "prisoners of war of the Armed Forces of Ukraine were handed over.\n\nHumanitarian "
                             "mediation in the return of the servicemen was provided by the United Arab Emirates.",
                             published="2024-01-03"), "prisoner_exchange")
    assert ("ARE", "mediator") in roles(swap)


def test_an_answer_takes_no_day_from_a_question_that_names_only_a_week(extract):
    [truce] = of_type(extract("Reuters: Can you confirm that talks on northern Myanmar were held in China this week?"
                              "\n\nMao Ning: Yes. With China's facilitation, the Myanmar military and the Three "
                              "Brotherhood Alliance held peace talks in Kunming on January 10 and 11. The two sides "
                              "reached a formal ceasefire agreement.", published="2024-01-12"), "ceasefire")
    assert truce.date.start != "2024-01-08"  # (not the Monday of "this week")
    assert ("CHN", "mediator") in roles(truce)  # (brokered at the talks China facilitated)


def test_a_truce_with_the_group_told_is_between_it_and_the_one_state_named(extract):
    events = of_type(extract("Colombia suspends ceasefire with FARC dissidents\n\nThe bilateral ceasefire with the "
                             "Estado Mayor Central (EMC) is suspended in Cauca from 20 March. The ceasefire with the "
                             "group remains in force in the rest of the country.", published="2024-03-18"),
                     "ceasefire")
    assert all({("COL", "participant"), ("EMC", "participant")} <= roles(e) for e in events) and len(events) == 2


def test_a_leader_killed_counts_one():
    assert quantities("an attack in which an indigenous leader was killed", "attack") == {"killed": 1}


def test_a_state_s_name_one_letter_off_is_still_that_state(extract):
    [deal] = of_type(extract("Ethopia has agreed to re-open its borders to UN peacekeepers.", published="2000-01-01"),
                     "agreement")
    assert ("ETH", "participant") in roles(deal)
    assert not any(code == "NER" for e in extract("Nigel Farage met Putin in Moscow.", published="2000-01-01")
                   for code, _ in roles(e))
