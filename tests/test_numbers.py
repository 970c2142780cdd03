import pytest

from trucewatch.nlp.numbers import quantities


def test_prisoners_per_side():
    assert quantities("a 6,000 to 6,000 prisoner exchange agreement", "prisoner_exchange") == {
        "prisoners_per_side": 6000}
    assert quantities("agreed to exchange 1,000 prisoners of war each", "prisoner_exchange") == {
        "prisoners_per_side": 1000}


def test_total_prisoners_without_each():
    assert quantities("Hamas is to release 33 hostages", "prisoner_exchange") == {"prisoners_total": 33}


def test_durations_and_widths():
    assert quantities("a U.S.-proposed 30-day ceasefire", "ceasefire") == {"duration_days": 30}
    assert quantities("a 36-hour truce", "ceasefire") == {"duration_hours": 36}
    assert quantities("a six-kilometer-wide security corridor", "agreement") == {"width_km": 6}


def test_casualties_and_counts():
    assert quantities("which killed at least 34 Turkish soldiers", "attack") == {"killed": 34}
    assert quantities("two Turkish soldiers killed and three others wounded", "attack") == {
        "killed": 2, "injured": 3}
    assert quantities("attacked settlements with rockets seven times over the past 24 hours", "attack") == {
        "attacks": 7}


def test_rounds_of_talks():
    assert quantities("The second round of peace talks", "talks") == {"round": 2}
    assert quantities("at the close of the third cycle of their peace talks", "talks") == {"round": 3}


def test_numbers_go_only_to_types_that_carry_them():
    assert quantities("a 30-day ceasefire", "talks") == {}
    assert quantities("a day ago, 24 hours after it was signed", "attack") == {}


def test_a_count_of_attacks_named_as_such():
    from trucewatch.nlp.numbers import quantities

    assert quantities("The Houthis have launched more than 100 drone and missile attacks on ships.", "attack") == {
        "attacks": 100}
    assert quantities("Russian forces attacked settlements seven times.", "attack") == {"attacks": 7}
    assert quantities("The talks lasted under an hour, overshadowed by Ukrainian drone strikes.", "attack") == {}
    # a feed's line led by its day: the year is no count of strikes
    assert quantities("13 Jun 2025 - Israel strikes Iran's nuclear programme", "attack") == {}
    assert quantities("In June 2025 strikes hit the port again.", "attack") == {}


@pytest.mark.parametrize("sentence, total", [
    ("Hamas will release 33 Israeli hostages over six weeks in exchange for about 1,900 Palestinian prisoners.", 1933),
    ("Israel freed 39 Palestinian prisoners for 13 Israeli hostages.", 52),
    ("Hamas freed 24 hostages, including 13 Israelis.", 24),  # a part of them, not the other side
    ("Kyiv also got back 31 wounded soldiers in return for 15 Russians.", 46),  # the other side named by its people
    ("Both sides held 60 prisoners for two weeks.", 60),  # a time, not a count of people
    ("Hamas released the last 20 living hostages on Monday, and Israel freed nearly 2,000 Palestinian prisoners.",
     2020),  # each side's release in its own clause
    ("Ukraine said 150 prisoners were returned, including 20 wounded soldiers.", 150),
])
def test_a_swap_of_unequal_counts_totals_both_sides(sentence, total):
    assert quantities(sentence, "prisoner_exchange") == {"prisoners_total": total}


def test_a_swap_of_equal_counts_is_that_many_a_side():
    assert quantities("Israel freed 13 Palestinian prisoners for 13 Israeli hostages.", "prisoner_exchange") == {
        "prisoners_per_side": 13}


def test_a_people_held_are_the_prisoners_counted():
    assert quantities("Five Americans who had been held in Iran arrived in Doha, completing a prisoner exchange.",
                      "prisoner_exchange") == {"prisoners_total": 5}
    assert quantities("Five Americans arrived in Doha, completing a prisoner exchange.", "prisoner_exchange") == {}


def test_how_long_a_war_lasted_is_no_truces_duration():
    assert quantities("A truce ended the 12-day air war between the two states.", "ceasefire") == {}
    assert quantities("A 12-day truce began on Friday, pausing the war.", "ceasefire") == {"duration_days": 12}


def test_how_long_a_truce_was_held_up_is_not_how_long_it_lasts():
    assert quantities("Gaza ceasefire takes effect after a three-hour delay", "ceasefire") == {}
    assert quantities("A 72-hour truce took effect after a two-hour delay", "ceasefire") == {"duration_hours": 72}


def test_an_unequal_swap_told_at_length_adds_both_sides():
    text = ("Israel and Hamas agreed to a four-day truce, during which 50 hostages held by militants in the enclave "
            "will be freed in exchange for 150 Palestinian prisoners held in Israeli jails.")
    assert quantities(text, "prisoner_exchange") == {"prisoners_total": 200}


def test_how_long_a_process_after_the_truce_runs_is_not_the_truce():
    assert quantities("The plan calls for a humanitarian ceasefire followed by a nine-month political process.",
                      "ceasefire") == {}
    assert quantities("a two-month truce", "ceasefire") == {"duration_months": 2, "duration_days": 60}


def test_a_length_in_weeks_or_months_is_also_given_in_days():
    assert quantities("its armed wing would pause offensive operations for two weeks", "ceasefire") == {
        "duration_days": 14}
    assert quantities("a unilateral humanitarian truce of three months", "ceasefire") == {
        "duration_months": 3, "duration_days": 90}
    assert quantities("a 60-day truce during which troops pull back over three months", "ceasefire")[
        "duration_days"] == 60  # a length in days, where the text gives one, is kept
    assert quantities("after two weeks of fighting, a truce", "ceasefire") == {}


def test_a_release_the_other_side_began_adds_to_the_swap():
    text = ("Hamas freed the last 20 living hostages held in Gaza on Monday, and Israel began releasing nearly 2,000 "
            "Palestinian prisoners and detainees.")
    assert quantities(text, "prisoner_exchange") == {"prisoners_total": 2020}


@pytest.mark.parametrize("text,expected", [
    ("Two dozen civilians were wounded by stray bullets.", {"injured": 24}),
    ("Half a dozen people were killed.", {"killed": 6}),
    ("The attack killed at least a dozen soldiers.", {"killed": 12}),
])
def test_dozens_count(text, expected):
    assert quantities(text, "attack") == expected


def test_the_dead_before_and_are_not_the_wounded():
    text = "A missile strike on a hospital killed two people and wounded 15, the governor said."
    assert quantities(text, "attack") == {"killed": 2, "injured": 15}


def test_people_handed_over_by_each_side_are_counted_per_side():
    assert quantities("the sides swapped 390 people each, including 120 civilians", "prisoner_exchange") == {
        "prisoners_per_side": 390}
    assert quantities("with each side handing over 307 people", "prisoner_exchange") == {"prisoners_per_side": 307}
    assert quantities("the strike killed 12 people", "prisoner_exchange") == {}  # people alone are no prisoners


def test_the_other_sides_release_told_after_a_long_aside_is_added():
    text = ("Hamas freed three Israeli women hostages on Sunday, the first day of a ceasefire in Gaza, and Israel "
            "released 90 Palestinian prisoners from its jails hours later.")
    assert quantities(text, "prisoner_exchange") == {"prisoners_total": 93}


def test_a_pause_named_between_keeps_its_length_and_a_war_does_not():
    assert quantities("a four-day pause in fighting", "ceasefire") == {"duration_days": 4}
    assert quantities("a 30-day halt to fighting", "ceasefire") == {"duration_days": 30}
    assert quantities("ending a 12-day air war", "ceasefire") == {}
    assert quantities("after four days of fighting", "ceasefire") == {}


def test_two_groups_one_side_frees_add_up_and_other_words_do_not():
    assert quantities("Israel will then free about 250 prisoners serving life sentences and 1,700 Gazans detained "
                      "during the war", "prisoner_exchange") == {"prisoners_total": 1950}
    assert quantities("Hamas freed 90 prisoners and 30 trucks of aid entered", "prisoner_exchange") == {
        "prisoners_total": 90}


def test_the_other_side_s_count_is_added_past_an_aside_on_the_first():
    text = ("Hamas handed over 11 more hostages, all from the Nir Oz kibbutz, to the Red Cross in Gaza, and Israel "
            "freed 33 Palestinian prisoners from its jails.")
    assert quantities(text, "prisoner_exchange") == {"prisoners_total": 44}


def test_hours_of_talks_are_the_talks_length_and_no_truce_s():
    assert quantities("After some sixteen hours of talks, the four leaders agreed on a ceasefire.", "talks") == {
        "duration_hours": 16}
    assert quantities("After some sixteen hours of talks, the four leaders agreed on a ceasefire.",
                      "ceasefire") == {}


def test_a_figure_leading_its_line_counts_the_people_it_names_but_a_year_does_not():
    assert quantities("90 - Palestinian prisoners, most of them women, released from Ofer prison.",
                      "prisoner_exchange") == {"prisoners_total": 90}
    assert quantities("2006 - prisoners freed in Kathmandu", "prisoner_exchange") == {}



def test_one_person_killed_and_a_count_past_an_aside():
    assert quantities("An 80-year-old woman was killed.", "attack") == {"killed": 1}
    assert quantities("at least 32 people, including seven civilians, had been killed and more than 200 wounded",
                      "attack") == {"killed": 32, "injured": 200}
