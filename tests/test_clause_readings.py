"""Readings of what a clause around the event word tells, each on a sentence written for it: a participle that says
what a truce ended, the fighting a stop ends, the terms a deal sets out, an event a speaker says there will be none
of, the one a cause moves to act, and who hosted talks "after hosting" them."""

from records import of_type, roles


def test_the_strikes_a_truce_ends_are_no_second_truce(extract):
    events = extract("India and Pakistan agreed on Saturday to stop all firing and military action on land, in the "
                     "air and at sea, ending four days of missile and drone strikes that had brought the nuclear-armed "
                     "rivals close to war.", published="2025-05-11")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, roles(truce)) == ("agreed", {("IND", "participant"), ("PAK", "participant")})


def test_the_fighting_a_deal_pledges_to_end_is_the_setting(extract):
    events = extract("The foreign ministers of Congo and Rwanda signed a peace agreement at the White House on "
                     "Friday, pledging to end fighting that has killed thousands of people in eastern Congo this "
                     "year.", published="2025-06-28")
    assert not of_type(events, "attack")
    assert [e.status for e in of_type(events, "agreement")] == ["signed"]


def test_what_a_side_must_do_under_the_agreement_is_agreed_with_the_other(extract):
    [swap] = of_type(extract("Under the agreement, Hamas must release all 20 living hostages within 72 hours, and "
                             "Israel will free about 2,000 Palestinian prisoners and detainees.",
                             published="2025-10-10"), "prisoner_exchange")
    assert (swap.status, roles(swap)) == ("agreed", {("HAMAS", "participant"), ("ISR", "participant")})


def test_what_a_side_must_do_with_no_deal_named_is_only_asked(extract):
    [swap] = of_type(extract("Hamas must release all the hostages, the Israeli prime minister said.",
                             published="2025-10-01"), "prisoner_exchange")
    assert swap.status != "agreed"


def test_there_will_be_no_truce_says_the_speaker_rejects_it(extract):
    [truce] = of_type(extract("Sudan's army chief Abdel Fattah al-Burhan told troops there would be no truce while the "
                              "RSF occupied cities.", published="2025-11-14"), "ceasefire")
    assert (truce.status, roles(truce)) == ("rejected", {("SDN", "initiator")})
    [talks] = of_type(extract("Zelensky said there can be no talks while Russian troops occupy Ukrainian land.",
                              published="2025-03-01"), "talks")
    assert talks.status == "rejected" and "UKR" in talks.codes()


def test_no_deal_on_a_condition_is_no_rejection(extract):
    for text in ("Trump said there will be no deal if Hamas refuses.",
                 "Hamas said there could be no deal without a full withdrawal."):
        assert not [e for e in extract(text, published="2025-10-01") if e.status == "rejected"], text


def test_whom_an_attack_prompted_to_suspend_talks_suspended_them(extract):
    [talks] = of_type(extract("The ELN killed two soldiers in a truck bomb attack in Arauca in September, prompting "
                              "President Gustavo Petro to suspend the negotiations.", published="2024-11-03"), "talks")
    assert talks.status == "cancelled" and "COL" in talks.codes()


def test_the_cause_that_led_a_side_to_accept_is_no_side(extract):
    [truce] = of_type(extract("Pressure from Washington led Russia to accept the ceasefire.", published="2025-03-14"),
                      "ceasefire")
    assert (truce.status, roles(truce)) == ("accepted", {("RUS", "initiator")})


def test_who_spoke_after_hosting_talks_hosted_them(extract):
    [talks] = of_type(extract("Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire, "
                              "Malaysian Prime Minister Anwar Ibrahim said after hosting talks between the two "
                              "countries' leaders.", published="2025-07-29"), "talks")
    assert roles(talks) == {("MYS", "mediator"), ("THA", "participant"), ("KHM", "participant")}


def test_the_talks_told_again_are_the_talks_told_before_not_the_wars_sides(extract):
    events = extract("Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate 30-day ceasefire "
                     "with Russia, after more than eight hours of talks with American officials in Saudi Arabia.\n"
                     "Hours before the talks began, Ukraine launched its largest drone attack on Moscow of the war, "
                     "killing three people, Russian officials said.", published="2025-03-12")
    [talks] = of_type(events, "talks")
    assert talks.codes("participant") == {"USA", "UKR"}


def test_who_used_the_devices_that_exploded_did_not_set_them_off(extract):
    [attack] = of_type(extract("Thousands of pagers used by Hezbollah members exploded across Lebanon on Tuesday, "
                               "killing 12 people.", published="2024-09-18"), "attack")
    assert ("HEZBOLLAH", "initiator") not in roles(attack)


def test_the_captor_of_the_hostages_a_plan_frees_is_a_side_of_the_swap(extract):
    [swap] = of_type(extract("The U.N. Security Council on Monday adopted a U.S.-drafted resolution backing a "
                             "three-phase plan for a ceasefire in Gaza and the release of hostages held by Hamas.",
                             published="2024-06-11"), "prisoner_exchange")
    assert roles(swap) == {("HAMAS", "participant")}


def test_the_entries_of_a_timeline_on_different_days_are_different_events(extract):
    events = extract("Here is a timeline of key events:\n"
                     "Sept. 17, 2024 - Thousands of pagers used by Hezbollah members explode across Lebanon, killing "
                     "12 people.\n"
                     "Sept. 27, 2024 - An Israeli airstrike in Beirut kills Hezbollah leader Hassan Nasrallah.\n",
                     published="2024-11-27")
    attacks = {e.date.start: e.quantities for e in of_type(events, "attack")}
    assert attacks == {"2024-09-17": {"killed": 12}, "2024-09-27": {}}
