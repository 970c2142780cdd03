"""News outside war and peace that uses its words: a labour strike, business talks, a sports body's sanctions, a
bank siege's hostages, a political truce. None of it is an event of ours; the same words in a war still are."""

import pytest


@pytest.mark.parametrize("text,published", [
    pytest.param("Train drivers walked out on Tuesday in a 24-hour strike over pay, after talks between the union "
                 "and rail companies broke down.", "2024-03-05", id="a_strike_over_pay_and_its_talks"),
    pytest.param("Honda and Nissan called off talks on a merger on Tuesday, ending negotiations that would have "
                 "created the world's third-largest carmaker.", "2025-02-18", id="merger_talks"),
    pytest.param("FIFA imposed sanctions on Saturday on a Brazilian club after its fans rioted.", "2025-06-10",
                 id="a_sports_bodys_sanctions"),
    pytest.param("Police freed 10 hostages on Tuesday after a five-hour siege at a bank in central Sao Paulo.",
                 "2025-07-01", id="hostages_freed_from_robbers_by_police"),
    pytest.param("The robbers had demanded a getaway car and released three hostages during the siege.",
                 "2025-07-01", id="hostages_released_by_robbers"),
    pytest.param("Kenya's ruling coalition and the main opposition alliance agreed on Thursday to a political truce.",
                 "2025-03-20", id="a_political_truce"),
    pytest.param("Up to 1,000 ethnic Turks began a hunger strike on Monday to protest against their deportation.",
                 "2025-03-20", id="a_hunger_strike"),
])
def test_no_event_outside_war_and_peace(extract, text, published):
    assert [(e.type, e.status) for e in extract(text, published=published)] == []


@pytest.mark.parametrize("text,published,expected", [
    pytest.param("Russian forces launched a strike on Kharkiv on Tuesday, killing three people.", "2025-03-05",
                 ("attack", "occurred"), id="a_missile_strike"),
    pytest.param("Israel and Hamas resumed talks in Cairo on a truce and a hostage release on Monday.", "2025-03-05",
                 ("talks", "held"), id="talks_on_a_truce"),
    pytest.param("The United States imposed sanctions on Russia's central bank on Monday.", "2022-02-28",
                 ("sanction", "imposed"), id="a_states_sanctions"),
    pytest.param("Trump threatened tariffs on Russia if it did not agree to a ceasefire, and Moscow held talks with "
                 "Kyiv in Istanbul on Friday.", "2025-05-16", ("talks", "held"), id="talks_beside_a_tariff_threat"),
])
def test_the_same_words_in_a_war_are_events(extract, text, published, expected):
    assert expected in [(e.type, e.status) for e in extract(text, published=published)]
