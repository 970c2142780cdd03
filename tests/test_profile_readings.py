"""Readings found on batch 27 of our own articles (eval/own/pending): wire copy on a strike and its claim, a live
page, a profile, agency copy on strikes and a break in ties, a monitor's count. Each is tested on sentences written
for it."""

from records import of_type, roles


def test_calling_an_attack_a_deliberate_strike_on_civilians_accuses_its_doer(extract):
    [charge] = of_type(extract("Russian missiles struck Sumy on Sunday. President Volodymyr Zelenskiy called the "
                               "attack a deliberate strike on civilians.", published="2025-04-13"), "accusation")
    assert roles(charge) == {("UKR", "initiator"), ("RUS", "target")}


def test_trade_suspended_with_a_state_is_a_sanction_on_it(extract):
    [sanction] = of_type(extract("Pakistan suspended all trade with India.", published="2025-04-24"), "sanction")
    assert sanction.status == "imposed" and roles(sanction) == {("PAK", "initiator"), ("IND", "target")}


def test_a_meeting_struck_is_a_target_not_talks(extract):
    events = extract("Russia's defence ministry said it had struck a meeting of Ukrainian commanders in the city.",
                     published="2025-04-14")
    assert not of_type(events, "talks") and of_type(events, "attack")


def test_a_strike_s_toll_told_around_it_and_in_the_next_sentence_is_its_own(extract):
    [attack] = of_type(extract("At least 34 people were killed when two Russian ballistic missiles struck the centre "
                               "of Sumy on Sunday morning, officials said.\n\nMore than 100 people were wounded, "
                               "among them 15 children, the interior ministry said.", published="2025-04-13"),
                       "attack")
    assert attack.quantities == {"killed": 34, "injured": 100}


def test_where_a_strike_hit_and_where_those_killed_were_place_the_attack(extract):
    events = extract("Hassan Nasrallah had been killed in an Israeli air strike on the group's headquarters in "
                     "Beirut's southern suburbs on Friday evening.", published="2024-09-28")
    assert [e.place.country for e in of_type(events, "attack")] == ["LBN"]
    [attack] = of_type(extract("Militants killed 26 people, most of them tourists, near Pahalgam in Kashmir.",
                               published="2025-04-24"), "attack")
    assert attack.place.name == "Pahalgam"


def test_whom_a_relative_clause_accuses_is_what_it_hangs_on(extract):
    [charge] = of_type(extract("Sudan's Security and Defence Council said it was cutting diplomatic relations with the "
                               "United Arab Emirates, which it accused of supplying the RSF with advanced drones.",
                               published="2025-05-06"), "accusation")
    assert roles(charge) == {("SDN", "initiator"), ("ARE", "target")}
