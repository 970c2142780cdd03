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
