"""Readings found on batch 12 of our own articles (eval/own/pending): news alerts, an encyclopedia entry, an
obituary, a joint statement, a correspondent's thread and a parliamentary answer. Each is tested on sentences
written for it."""

from records import of_type, roles


def test_breaking_news_alerts_are_reports_not_headlines(extract):
    events = extract("Sudan talks: alerts\n\nBREAKING: Army and RSF agree 72-hour truce at talks in Jeddah - Saudi "
                     "foreign ministry\n\nUPDATE: Truce to take effect at 6 a.m. on Tuesday, mediators say\n",
                     published="2023-05-29")
    [truce] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert {("SDN", "participant"), ("RSF", "participant")} <= roles(truce)
    assert truce.quantities == {"duration_hours": 72}
    assert not of_type(extract("Sudan's army and RSF agree 72-hour truce\n\nThe statement gave no date.",
                               published="2023-05-29"), "ceasefire")  # (a headline alone stays no record)


def test_talks_backed_by_the_un_are_mediated_by_it_and_so_is_the_swap_agreed_at_them(extract):
    events = extract("The Houthis and the Saudi-led coalition began exchanging 887 prisoners on Friday. The swap, "
                     "agreed at U.N.-backed talks in Switzerland last month, is to run over three days.",
                     published="2023-04-14")
    [talks] = of_type(events, "talks")
    assert ("UN", "mediator") in roles(talks) and talks.place.country == "CHE"
    [agreed] = [e for e in of_type(events, "prisoner_exchange") if e.status == "agreed"]
    assert ("UN", "mediator") in roles(agreed)
    [offensive] = of_type(extract("Russian-backed separatists launched an offensive on Debaltseve on Friday.",
                                  published="2015-02-13"), "attack")
    assert ("RUS", "mediator") not in roles(offensive)


def test_the_two_sides_are_the_pair_just_named_in_the_sentence(extract):
    events = extract("As a U.N. envoy he led the transition in Namibia, and he persuaded Yugoslav President Slobodan "
                     "Milosevic to accept a peace plan. In 2005 he brought the Indonesian government and the Free Aceh "
                     "Movement to the table in Helsinki, and after five rounds of talks the two sides signed a peace "
                     "agreement on Aug. 15, 2005.", published="2023-10-16")
    [signed] = of_type(events, "agreement")
    assert ("IDN", "participant") in roles(signed) and ("UN", "participant") not in roles(signed)
    assert signed.place is None or signed.place.country == "FIN"


def test_a_clause_of_talks_hung_on_their_topic_dates_the_talks(extract):
    [talks] = of_type(extract("He later led the U.N. talks on Kosovo's status, which ended without agreement in 2007.",
                              published="2023-10-16"), "talks")
    assert talks.date.start == "2007" and ("UN", "mediator") in roles(talks)


def test_a_truce_declared_that_day_from_midnight_is_dated_by_its_declaration_and_several_groups_are_not_one(extract):
    events = extract("The Secretary of State for Northern Ireland: The IRA announced on 31 August a complete cessation "
                     "of military operations. On 13 October the Combined Loyalist Military Command announced that the "
                     "loyalist paramilitary groups would also cease all operational hostilities from midnight.",
                     published="1994-10-20")
    loyalist = next(e for e in of_type(events, "ceasefire") if "loyalist" in e.evidence.text)
    assert loyalist.status == "announced" and loyalist.date.start == "1994-10-13"
    assert not any(code in ("IRA", "IRL", "GBR") for code, _ in roles(loyalist))  # (nor its "Military" a state's)
    assert (loyalist.modality, loyalist.claimed_by) == ("asserted", None)  # the announcing is the declaring
    ira = next(e for e in of_type(events, "ceasefire") if "IRA" in e.evidence.text)
    assert ("IRA", "initiator") in roles(ira) and ira.date.start == "1994-08-31"


def test_a_dialogue_with_a_side_is_talks_and_a_call_for_dialogue_is_none(extract):
    [talks] = of_type(extract("The British government will begin exploratory dialogue with Sinn Fein before the end of "
                              "the year.", published="1994-10-20"), "talks")
    assert talks.status == "planned" and ("GBR", "participant") in roles(talks)
    assert not of_type(extract("The United Nations urged dialogue to end the crisis in Sudan.",
                               published="2023-05-02"), "talks")


def test_an_encyclopedia_entry_s_deal_its_initialled_text_and_the_talks_before_it(extract):
    events = extract("The Juba Peace Agreement is an accord between the transitional government of Sudan and an "
                     "alliance of armed groups, the Sudan Revolutionary Front (SRF), signed in the South Sudanese "
                     "capital on 3 October 2020. It followed nearly a year of talks hosted by South Sudan, which "
                     "opened in Juba in October 2019. The two sides had initialled the text on 31 August 2020. The "
                     "faction of the Sudan Liberation Movement led by Abdul Wahid al-Nur, which rejected the talks, "
                     "stayed out. In March 2021 the government signed a declaration of principles with al-Hilu's "
                     "movement in Juba.",
                     published="2024-02-10")
    by_day = {e.date.start: e for e in events if e.date is not None and not e.date.inferred}
    assert (by_day["2020-10-03"].type, by_day["2020-10-03"].status) == ("agreement", "signed")
    assert (by_day["2020-08-31"].type, by_day["2020-08-31"].status) == ("agreement", "agreed")
    assert (by_day["2019-10"].type, by_day["2019-10"].place.country) == ("talks", "SSD")
    assert {("SDN", "participant"), ("SPLMN", "participant")} <= roles(by_day["2021-03"])
    [rejected] = [e for e in of_type(events, "talks") if e.status == "rejected"]
    assert roles(rejected) == {("SLM", "initiator")}


def test_a_thread_s_truce_signed_here_and_a_unilateral_truce_kept_since_a_month(extract):
    events = extract("1/ The Colombian government and the FARC have just signed a bilateral and definitive ceasefire "
                     "here in Havana, after more than three years of peace talks.\n\n2/ Reminder: the FARC has "
                     "observed a unilateral ceasefire since July 2015.", published="2016-06-23")
    [agreed] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert agreed.place.country == "CUB"
    [talks] = of_type(events, "talks")
    assert talks.place.country == "CUB"
    [kept] = [e for e in of_type(events, "ceasefire") if e.status == "in_effect"]
    assert roles(kept) == {("FARC", "initiator")} and kept.date.start == "2015-07"
    [toll] = of_type(extract("The government said it had not spoken to the rebels since July 2015.",
                             published="2016-06-23"), "talks") or [None]
    assert toll is None or toll.date is None or toll.date.inferred  # (a day since which nothing was done dates nothing)


def test_who_answered_a_proposal_at_talks_and_whose_proposal_it_was_took_part_in_them(extract):
    events = extract("Russia and Ukraine traded strikes on Sunday. Ukraine had accepted a U.S. proposal for a full "
                     "30-day ceasefire at talks in Jeddah on March 11, but Moscow has not agreed to it.",
                     published="2025-04-20")
    [talks] = of_type(events, "talks")
    assert {("UKR", "participant"), ("USA", "participant")} <= roles(talks)
    assert ("RUS", "participant") not in roles(talks)
