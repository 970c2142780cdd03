"""Fighting told in forms batch 51 of our own articles asked for: two sides that "fought" with no one else named, a
range of days whose year is told only at its end, troops a relative clause tells landed, "federal" troops as the
state's, and an army that "broke through" another's lines. Tested on text written for it."""

from records import codes, of_type, roles


def test_two_sides_that_fought_with_no_foe_named_fought_each_other_over_a_range_of_days(extract):
    [fight] = of_type(extract("Government forces and UNITA fought in Luanda from 31 October to 2 November 1992.",
                              published="2019-06-01"), "attack")
    assert roles(fight) == {("AGO", "participant"), ("UNITA", "participant")}
    assert (fight.date.start, fight.date.end) == ("1992-10-31", "1992-11-02")
    [across] = of_type(extract("Rebels shelled Luanda from 30 December to 2 January 1993.", published="2019-06-01"),
                       "attack")
    assert (across.date.start, across.date.end) == ("1992-12-30", "1993-01-02")  # (the year before, where it began)


def test_a_pair_that_fought_someone_else_did_not_fight_each_other(extract):
    [fight] = of_type(extract("Government forces and Cuban troops fought against UNITA in Huambo in 1976.",
                              published="2019-06-01"), "attack")
    assert ("UNITA", "target") in roles(fight) and "participant" not in {r for _, r in roles(fight)}
    assert not of_type(extract("Fans and players fought in the stadium after the match.", published="2019-06-01"),
                       "attack")  # (no armed side)


def test_troops_a_clause_tells_landed_and_federal_troops_are_the_state_s(extract):
    [landing] = of_type(extract("The Comoros sent soldiers after Anjouan declared independence. Federal troops who "
                                "landed on the island on 3 September 1997 were driven back.",
                                published="2021-09-01"), "attack")
    assert landing.date.start == "1997-09-03" and "COM" in codes(landing, "initiator")
    assert not of_type(extract("Refugees who landed on the island on 3 September 1997 were sent back.",
                               published="2021-09-01"), "attack")


def test_an_army_that_broke_through_lines_attacked(extract):
    [push] = of_type(extract("In the first days of January 1970 the Nigerian army broke through the last Biafran "
                             "lines.", published="1990-01-01"), "attack")
    assert roles(push) == {("NGA", "initiator"), ("BIAFRA", "target")} and push.date.start == "1970-01"
    for text in ("Protesters broke through the police lines.", "The sun broke through the clouds over Lagos."):
        assert not of_type(extract(text, published="1990-01-01"), "attack")
