"""Readings found on batch 40 of our own articles (eval/own/pending): wire copy on an accord signed in the small
hours, a war's chronology told a day to a line, an anniversary piece on an armistice, a spokesman's statement on a
peace accord signed in a third capital, and a regional newsletter of three items. Each is tested on text written for
it."""

from records import of_type, roles


def test_a_day_named_outright_beats_a_count_from_the_article_s_day(extract):
    text = "The truce talks had begun two years earlier, on July 10, 1951, at Kaesong."
    [talks] = of_type(extract(text, published="2023-07-27"), "talks")
    assert talks.date.start == "1951-07-10"


def test_hours_later_at_a_clock_time_is_on_the_day_the_story_last_named(extract):
    text = ("At 10 a.m. on July 27, 1953, the two sides signed the armistice at Panmunjom. "
            "The guns fell silent twelve hours later, at 10 p.m.")
    [held] = [e for e in of_type(extract(text, published="2023-07-27"), "ceasefire") if e.status == "in_effect"]
    assert held.date.start == "1953-07-27T22:00"


def test_a_truce_that_takes_effect_on_a_weekday_starts_on_the_one_to_come(extract):
    text = ("UGANDA: A truce between the government and the Lord's Resistance Army takes effect on Tuesday. "
            "Negotiators for the two sides signed a cessation of hostilities agreement in Juba on Saturday.")
    events = extract(text, published="2006-08-28")
    [held] = [e for e in of_type(events, "ceasefire") if e.status == "in_effect"]
    assert held.date.start == "2006-08-29"
    assert {code for code, role in roles(held) if role == "participant"} == {"UGA", "LRA"}


def test_a_cessation_of_hostilities_agreement_is_the_truce_not_a_deal_ended(extract):
    text = "Negotiators for the government and the Lord's Resistance Army signed a cessation of hostilities " \
        "agreement in Juba on Saturday."
    events = extract(text, published="2006-08-28")
    assert of_type(events, "agreement") == []
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "agreed"


TAJIK = ("The Secretary-General welcomes the signing in Moscow today of the General Agreement on the Establishment of "
         "Peace and National Accord in Tajikistan by President Emomali Rakhmonov and Sayid Abdullo Nuri, leader of the "
         "United Tajik Opposition, in the presence of President Boris Yeltsin of the Russian Federation.\n\n"
         "The agreement brings to a close the inter-Tajik talks, which have been held under United Nations auspices "
         "since April 1994 in eight rounds, with Afghanistan, Iran, Kazakhstan, Pakistan, Turkmenistan and Uzbekistan, "
         "as well as the OSCE, as observers.\n\n"
         "The Secretary-General calls on both parties to carry out the agreement in good faith, starting with the "
         "exchange of prisoners of war they have agreed to complete within a month, and to keep to the ceasefire they "
         "have observed since December 1996.")


def test_a_signing_by_two_leaders_before_a_third_is_their_deal_witnessed_by_him(extract):
    [deal] = of_type(extract(TAJIK, published="1997-06-27"), "agreement")
    assert deal.status == "signed"
    assert {code for code, role in roles(deal) if role == "participant"} == {"TJK", "UTO"}
    assert {code for code, role in roles(deal) if role == "mediator"} == {"RUS", "UN"}
    assert deal.place.country == "RUS"


def test_observers_of_talks_are_no_side_of_them_and_inter_tajik_talks_are_the_two_sides(extract):
    [talks] = of_type(extract(TAJIK, published="1997-06-27"), "talks")
    assert {code for code, role in roles(talks) if role == "participant"} == {"TJK", "UTO"}
    assert {code for code, role in roles(talks) if role == "mediator"} == {"UN"}
    assert talks.date.start == "1994-04"


def test_what_both_parties_are_called_on_to_carry_out_is_theirs_not_the_caller_s(extract):
    events = extract(TAJIK, published="1997-06-27")
    assert [e.status for e in of_type(events, "agreement")] == ["signed"]
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.status == "agreed"
    assert {code for code, role in roles(swap)} == {"TJK", "UTO"}
    [kept] = [e for e in of_type(events, "ceasefire") if e.status == "in_effect"]
    assert {code for code, role in roles(kept) if role == "participant"} == {"TJK", "UTO"}
    assert kept.date.start == "1996-12"


LAKES = ("Great Lakes briefing: Monday, 28 August 2006\n\n"
         "UGANDA: A truce between the government and the Lord's Resistance Army takes effect on Tuesday. Negotiators "
         "for the two sides signed a cessation of hostilities agreement in Juba, southern Sudan, on Saturday, after "
         "six weeks of talks mediated by the south's vice-president, Riek Machar.\n\n"
         "DR CONGO: Calm has returned to Kinshasa after three days of fighting between troops loyal to President "
         "Joseph Kabila and the guards of Vice-President Jean-Pierre Bemba, who face each other in a presidential "
         "run-off. The fighting broke out on Aug. 20 as the results of the first round were announced.\n\n"
         "BURUNDI: Talks between the government and the last rebel group, the Forces for National Liberation (FNL), "
         "resume in Dar es Salaam this week under South African mediation.")


def test_a_newsletter_s_country_labels_keep_its_items_apart(extract):
    talks = of_type(extract(LAKES, published="2006-08-28"), "talks")
    by_status = {t.status: t for t in talks}
    assert set(by_status) == {"held", "planned"}  # (no talks from "the first round" of a vote)
    assert {code for code, role in roles(by_status["held"]) if role == "mediator"} == {"SSD"}
    planned = by_status["planned"]
    assert {code for code, role in roles(planned) if role == "participant"} == {"BDI", "FNL"}
    assert {code for code, role in roles(planned) if role == "mediator"} == {"ZAF"}  # (not the host as well)
    assert planned.place.country == "TZA"


def test_a_truce_signed_in_a_city_is_placed_there_whatever_its_name_runs_into(extract):
    [truce] = [e for e in of_type(extract(LAKES, published="2006-08-28"), "ceasefire") if e.status == "agreed"]
    assert truce.place.country == "SSD"
    assert truce.date.start == "2006-08-26"


CHRONOLOGY = ("Below are the main events of the conflict between Georgia and Russia, day by day.\n\n"
              "Aug. 8 - Georgian troops enter Tskhinvali. Russian aircraft bomb targets inside Georgia, including the "
              "town of Gori.\n\n"
              "Aug. 12 - President Dmitry Medvedev orders an end to the military operation. Hours later, after talks "
              "in Moscow with French President Nicolas Sarkozy, who holds the EU presidency, he agrees to a six-point "
              "plan to end the fighting. Saakashvili accepts the plan in Tbilisi that night.\n\n"
              "Aug. 16 - Medvedev signs the plan.")


def test_a_verb_the_parser_ran_into_a_compound_is_an_attack(extract):
    [attack] = of_type(extract(CHRONOLOGY, published="2008-08-18"), "attack")
    assert attack.date.start == "2008-08-08"
    assert ("RUS", "initiator") in roles(attack)


def test_a_leader_who_orders_an_end_to_his_operation_declares_a_truce(extract):
    truces = of_type(extract(CHRONOLOGY, published="2008-08-18"), "ceasefire")
    [declared] = [t for t in truces if t.status == "announced"]
    assert roles(declared) == {("RUS", "initiator")}
    assert declared.date.start == "2008-08-12"


def test_the_plan_told_again_is_the_truce_it_was_told_as_and_he_is_not_the_one_he_met(extract):
    truces = of_type(extract(CHRONOLOGY, published="2008-08-18"), "ceasefire")
    accepted = sorted((t for t in truces if t.status == "accepted"), key=lambda t: t.evidence.start)
    assert [roles(t) for t in accepted] == [{("RUS", "initiator")}, {("GEO", "initiator")}]
    [signed] = [t for t in truces if t.status == "agreed"]
    assert signed.date.start == "2008-08-16"
    assert ("RUS", "participant") in roles(signed)
    assert of_type(extract(CHRONOLOGY, published="2008-08-18"), "proposal") == []


ARMISTICE = ("At 10 a.m. on July 27, 1953, the senior delegates of the two sides signed the Korean Armistice Agreement "
             "at Panmunjom. Lieutenant General William Harrison signed for the United Nations Command, and General Nam "
             "Il for the Korean People's Army and the Chinese People's Volunteers. The guns fell silent twelve hours "
             "later, at 10 p.m.\n\n"
             "The truce talks had begun two years earlier, on July 10, 1951, at Kaesong.\n\n"
             "The two sides exchanged prisoners in Operation Big Switch, which began on Aug. 5, 1953.\n\n"
             "No peace treaty was ever signed. North Korea has declared several times that it no longer considers "
             "itself bound by the armistice, most recently in 2013.")


def test_those_a_delegate_signed_for_are_the_sides_of_the_deal_and_of_its_talks(extract):
    events = extract(ARMISTICE, published="2023-07-27")
    truces = of_type(events, "ceasefire")
    for status in ("agreed", "in_effect"):  # ("the guns fell silent": that truce taking hold)
        [truce] = [t for t in truces if t.status == status]
        assert {code for code, role in roles(truce) if role == "participant"} == {"UN", "PRK", "CHN"}
    [talks] = of_type(events, "talks")
    assert {code for code, role in roles(talks) if role == "participant"} == {"UN", "PRK", "CHN"}


def test_an_exchange_done_in_a_named_operation_is_on_the_day_it_began(extract):
    [swap] = of_type(extract(ARMISTICE, published="2023-07-27"), "prisoner_exchange")
    assert swap.status == "carried_out"
    assert swap.date.start == "1953-08-05"


def test_a_side_no_longer_bound_by_a_truce_ends_it(extract):
    [ended] = [t for t in of_type(extract(ARMISTICE, published="2023-07-27"), "ceasefire") if t.status == "ended"]
    assert roles(ended) == {("PRK", "initiator")}
    assert ended.date.start == "2013"
    text = "Russia and Ukraine agreed to a truce on Monday.\n\nOn Friday Ukraine said the truce no longer holds."
    [over] = [t for t in of_type(extract(text, published="2025-05-09"), "ceasefire") if t.status != "agreed"]
    assert over.status == "ended"


KHASAVYURT = ("Russia's security chief Alexander Lebed and the Chechen rebels' military commander Aslan Maskhadov "
              "signed an agreement early on Saturday that ends 21 months of fighting in Chechnya.\n\n"
              "The two men signed the document shortly after midnight in Khasavyurt, a town in neighbouring Dagestan, "
              "after seven hours of talks. Tim Guldimann, the head of the OSCE mission in Chechnya, who helped "
              "arrange the meetings, signed as a witness.\n\n"
              "The deal builds on a truce Lebed and Maskhadov agreed on Aug. 22, which has largely held since.")


def test_one_who_signed_as_a_witness_brokered_the_deal_and_the_meetings_he_helped_arrange(extract):
    events = extract(KHASAVYURT, published="1996-08-31")
    [deal] = of_type(events, "agreement")
    assert {code for code, role in roles(deal) if role == "mediator"} == {"OSCE"}
    assert {code for code, role in roles(deal) if role == "participant"} == {"RUS", "ICHKERIA"}
    [talks] = of_type(events, "talks")
    assert talks.status == "held"
    assert {code for code, role in roles(talks) if role == "mediator"} == {"OSCE"}


def test_a_truce_two_men_agreed_told_without_that_is_theirs_on_its_day(extract):
    [truce] = of_type(extract(KHASAVYURT, published="1996-08-31"), "ceasefire")
    assert truce.status == "agreed"
    assert {code for code, role in roles(truce) if role == "participant"} == {"RUS", "ICHKERIA"}
    assert truce.date.start == "1996-08-22"


def test_attacks_in_a_war_a_truce_offer_names_strike_the_other_side(extract):
    text = ("Aug. 10 - Georgia says it has pulled its troops out of Tskhinvali and offers Russia a ceasefire.\n\n"
            "Aug. 11 - Russian troops push beyond South Ossetia and take Gori.")
    [attack] = of_type(extract(text, published="2008-08-18"), "attack")
    assert roles(attack) == {("RUS", "initiator"), ("GEO", "target")}


def test_shortly_after_midnight_is_the_midnight_that_opened_the_day_told(extract):
    text = ("Lebed and Maskhadov agreed on a truce early on Saturday.\n\n"
            "The two men met for talks shortly after midnight in Khasavyurt.")
    [talks] = of_type(extract(text, published="1996-08-31"), "talks")
    assert talks.date.start == "1996-08-31T00:00"


def test_what_it_calls_for_is_the_truce_of_the_plan_agreed_in_the_sentence_before(extract):
    text = ("BAKU, May 9 (Wire) - Armenian President Serzh Sargsyan signed a French-brokered ceasefire plan on Friday "
            "after talks in Yerevan with U.S. Secretary of State John Kerry.\n\n"
            "The four-point plan was agreed in Baku on Tuesday by Azerbaijani President Ilham Aliyev and French "
            "President Emmanuel Macron. It calls for an end to hostilities and for troops to pull back.")
    truces = of_type(extract(text, published="2014-05-10"), "ceasefire")
    told_by_it = [e for e in truces if "It calls for" in e.evidence.text]
    assert all(e.date.start == "2014-05-06" and "ARM" not in {a.code for a in e.actors} for e in told_by_it)
    assert [e.date.start for e in truces if e.date is not None].count("2014-05-09") == 1


def test_the_document_signed_in_a_town_places_the_deal_told_before_it(extract):
    text = ("Rebel commander Ahmed Mohamed and the army's chief of staff signed an agreement early on Saturday that "
            "ends two years of fighting in Chad.\n\n"
            "The two men signed the document shortly after midnight in Abeche, after seven hours of talks. "
            "The Kremlin said the president would sign the document in Moscow next week.")
    [deal] = of_type(extract(text, published="2009-05-02"), "agreement")
    assert deal.status == "signed"
    assert deal.place is not None and deal.place.name == "Abéché" and deal.place.country == "TCD"


def test_troops_pouring_across_the_border_in_a_war_strike_the_foe_s_country(extract):
    text = ("Georgian forces launched an offensive on Tskhinvali, the capital of South Ossetia, on Thursday night. "
            "Russian tanks and troops poured across the border the next day.")
    [invasion] = [e for e in of_type(extract(text, published="2008-08-09"), "attack")
                  if "RUS" in {code for code, role in roles(e) if role == "initiator"}]
    assert invasion.place is not None and invasion.place.country == "GEO"


def test_a_release_ordered_and_told_no_other_way_was_carried_out(extract):
    text = ("South Korea's president, Syngman Rhee, refused to sign the truce. In June 1953 he ordered the release of "
            "some 27,000 North Korean prisoners held in the South, which nearly wrecked the talks.")
    [release] = of_type(extract(text, published="2023-07-27"), "prisoner_exchange")
    assert release.status == "carried_out"
    assert ("KOR", "participant") in roles(release)


def test_a_release_ordered_then_told_done_stays_ordered(extract):
    text = ("On Sunday President Ashraf Ghani ordered the release of up to 2,000 Taliban prisoners as a gesture of "
            "goodwill, and the first 900 walked out of Pul-e-Charkhi and other prisons on Tuesday.")
    releases = of_type(extract(text, published="2020-05-27"), "prisoner_exchange")
    assert sorted(e.status for e in releases) == ["agreed", "carried_out"]
