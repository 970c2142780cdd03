"""The wars the system knows (data/wars.json), and how they tell a truce's broker from its sides."""

from datetime import date

from trucewatch.nlp.lexicon import load
from trucewatch.nlp.wars import brokers_among, enemies_on, wars


def test_every_war_names_two_camps_of_known_actors_dated_in_order():
    data = load("actors")
    codes = {e["code"] for group in ("states", "organisations", "armed_groups") for e in data[group]}
    for war in load("wars")["wars"]:
        one, other = war["sides"]
        assert one and other and not set(one) & set(other), war["name"]
        assert set(one) | set(other) <= codes, war["name"]
        start = date.fromisoformat(war["from"])
        assert war["to"] is None or start < date.fromisoformat(war["to"]), war["name"]


def test_a_war_is_fought_only_between_its_dates():
    assert "UKR" in enemies_on("RUS", "2025-03-18")
    assert "GEO" in enemies_on("RUS", "2008-08-10") and "GEO" not in enemies_on("RUS", "2012-01-01")
    assert enemies_on("QAT", "2025-03-18") == frozenset()
    assert all(w.on(w.start) for w in wars())


def test_one_at_war_with_no_side_brokers_a_truce_with_a_side_whose_enemy_is_named():
    assert brokers_among(frozenset({"USA", "RUS"}), "2025-03-18", {"USA", "RUS", "UKR"}) == {"USA"}
    assert brokers_among(frozenset({"RUS", "UKR", "TUR", "UN"}), "2022-07-22", {"RUS", "UKR", "TUR"}) == \
        {"TUR", "UN"}
    # (Armenia and Russia signed the truce of November 2020 in Moscow: Russia brokered it)
    assert brokers_among(frozenset({"ARM", "RUS"}), "2020-11-09", {"ARM", "AZE", "RUS"}) == {"RUS"}


def test_no_broker_without_a_war_named_or_between_enemies_or_beside_a_group_s_home_state():
    assert brokers_among(frozenset({"USA", "RUS"}), "2025-03-18", {"USA", "RUS"}) == frozenset()  # no enemy named
    assert brokers_among(frozenset({"RUS", "GEO"}), "2008-08-12", {"RUS", "GEO", "FRA"}) == frozenset()  # foes
    # Lebanon is the home of Hezbollah, which Israel fights: Lebanon's truce with Israel is Lebanon's own
    assert brokers_among(frozenset({"ISR", "LBN"}), "2024-11-26", {"ISR", "LBN", "HEZBOLLAH"}) == frozenset()
    # an armed group the file does not set in a war is no broker
    assert brokers_among(frozenset({"SDN", "MNDAA"}), "2024-01-01", {"SDN", "RSF", "MNDAA"}) == frozenset()
    assert brokers_among(frozenset({"USA", "RUS"}), "1990-01-01", {"USA", "RUS", "UKR"}) == frozenset()
