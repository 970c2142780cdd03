"""Readings found on batch 20 of our own articles (eval/own/pending): a defence ministry's summary, a week's diary, a
head of state's address, a three-party statement's points, a sanctions press release and an armed group's
communique. Each is tested on sentences written for it."""

from records import of_type, roles


def test_a_diary_s_day_names_date_what_is_told_under_them(extract):
    events = extract("The week in Gaza\n\nMonday\nHamas freed the last 20 living hostages it held.\n\nTuesday\n"
                     "Israel accused Hamas of breaking the ceasefire.\n\nSunday\nIsraeli air strikes hit Khan Younis.",
                     published="2025-10-19")
    assert of_type(events, "prisoner_exchange")[0].date.start == "2025-10-13"
    assert of_type(events, "accusation")[0].date.start == "2025-10-14"
    assert of_type(events, "attack")[0].date.start == "2025-10-19"


def test_the_subject_after_a_fronted_place_is_who_acts(extract):
    [declaration] = of_type(extract("Monday\nHamas freed the last 20 living hostages it held. In Sharm el-Sheikh, "
                                    "Donald Trump and the leaders of Egypt, Qatar and Turkey signed a declaration in "
                                    "support of the ceasefire.", published="2025-10-13"), "agreement")
    assert {("USA", "participant"), ("EGY", "participant"), ("QAT", "participant"), ("TUR", "participant")} == \
        roles(declaration)


def test_a_statement_s_word_that_the_other_side_broke_the_truce_is_its_issuer_s_charge(extract):
    events = extract("Summary of the Ministry of Defence of the Russian Federation on the Easter truce\n\n21 April 2025"
                     "\n\nBy decision of the Supreme Commander-in-Chief, the groupings of Russian troops observed the "
                     "Easter truce from 18:00 Moscow time on 19 April until 00:00 on 21 April.\n\nOver the period of "
                     "the truce the Kyiv regime violated it 4,900 times.", published="2025-04-21")
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("RUS", "initiator"), ("UKR", "target")}


def test_an_address_s_proposed_step_is_the_truce_and_accepting_this_proposal_accepts_it(extract):
    events = extract("Address by the President of Ukraine\n\nToday in Jeddah our delegation met the American team. The "
                     "American side proposed a step: a full ceasefire for thirty days. Ukraine is ready to accept this "
                     "proposal.", published="2025-03-11")
    assert not of_type(events, "proposal")
    statuses = {e.status: roles(e) for e in of_type(events, "ceasefire")}
    assert statuses == {"proposed": {("USA", "initiator")}, "accepted": {("UKR", "initiator")}}


def test_a_three_party_statement_s_points_are_the_two_sides_terms_brokered_by_the_third(extract):
    events = extract("Statement by the President of Azerbaijan, the Prime Minister of Armenia and the President of "
                     "Russia\n\nWe, President of the Republic of Azerbaijan Ilham Aliyev, Prime Minister of the "
                     "Republic of Armenia Nikol Pashinyan and President of the Russian Federation Vladimir Putin, "
                     "declare the following:\n\n1. A complete ceasefire and a halt to all military operations in the "
                     "Nagorno-Karabakh conflict zone is declared from 00:00 Moscow time on 10 November 2020.\n2. The "
                     "sides exchange prisoners of war, other detained persons and the bodies of the dead.",
                     published="2020-11-10")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed" and truce.date.start == "2020-11-10T00:00"
    assert roles(truce) == {("AZE", "participant"), ("ARM", "participant"), ("RUS", "mediator")}
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.status == "agreed" and {("AZE", "participant"), ("ARM", "participant")} <= roles(swap)


def test_prisoners_one_side_let_go_are_its_half_of_the_swap(extract):
    [swap] = of_type(extract("Hamas freed the last 20 living hostages it held on Monday, and Israel let about 1,900 "
                             "Palestinian prisoners and detainees go.", published="2025-10-13"), "prisoner_exchange")
    assert swap.status == "carried_out" and {("HAMAS", "participant"), ("ISR", "participant")} <= roles(swap)
