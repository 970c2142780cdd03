"""Readings found on batches 17 and 18 of our own articles (eval/own/pending): a court's warrants, a live page, a
machine-translated agency item, one side's terms point by point, a sanctions press release, a humanitarian flash
update, a fact box in numbers, the Kremlin's truce statement and an anniversary feature. Each is tested on sentences
written for it."""

from records import of_type, roles

LEAD = "The UN has called for a ceasefire. "  # (a lead the relevance gate lets through)


def test_taking_control_of_a_town_is_an_attack_on_it(extract):
    for sentence in ["On 13 April, the RSF said it had taken control of Zamzam.",
                     "The rebels seized control of Goma on Monday.",
                     "M23 fighters took full control of the town of Bukavu on Sunday."]:
        [attack] = of_type(extract(LEAD + sentence, published="2025-04-14"), "attack")
        assert attack.status == "occurred" and attack.place.country in ("SDN", "COD"), sentence
    for sentence in ["The government took control of the central bank on Monday.",
                     "The army said it had the situation under control in Khartoum."]:
        assert not of_type(extract(LEAD + sentence, published="2025-04-14"), "attack"), sentence


def test_a_body_s_organ_named_alone_is_the_body(extract):
    events = extract("ICC judges issue arrest warrants\n\nPre-Trial Chamber I of the International Criminal Court "
                     "today issued warrants of arrest for Israeli Prime Minister Benjamin Netanyahu. The Chamber also "
                     "issued a warrant of arrest for Mohammed Deif, the commander of the military wing of Hamas, for "
                     "crimes against humanity.", published="2024-11-21")
    assert {frozenset(roles(e)) for e in of_type(events, "accusation")} == {
        frozenset({("ICC", "initiator"), ("ISR", "target")}), frozenset({("ICC", "initiator"), ("HAMAS", "target")})}
    [package] = of_type(extract("EU adopts 16th package of sanctions\n\nThe Council today adopted a 16th package of "
                                "restrictive measures against Russia.", published="2025-02-24"), "sanction")
    assert roles(package) == {("EU", "initiator"), ("RUS", "target")}
    [package] = of_type(extract("The EU and the UN met in Brussels. The Council today adopted a 16th package of "
                                "sanctions against Russia.", published="2025-02-24"), "sanction")
    assert ("EU", "initiator") not in roles(package) and ("UN", "initiator") not in roles(package)  # (whose?)


def test_a_date_in_the_sentence_that_belongs_to_another_event_does_not_date_this_one(extract):
    events = extract("ICC judges issue arrest warrants\n\nPre-Trial Chamber I of the International Criminal Court "
                     "today issued warrants of arrest for Israeli Prime Minister Benjamin Netanyahu.\n\nThe Chamber "
                     "also issued a warrant of arrest for Mohammed Deif, the commander of the military wing of Hamas, "
                     "for crimes committed during the attack on Israel of 7 October 2023.", published="2024-11-21")
    assert {e.date.start for e in of_type(events, "accusation")} == {"2024-11-21"}


def test_an_agency_item_s_renewed_attack_its_council_and_the_pronouns_of_its_joined_clauses(extract):
    events = extract("The militia of the Rapid Support targets Port Sudan with the drones\n\nPort Sudan, 6 May "
                     "(agency) - The terrorist militia of the Rapid Support carried out on Sunday a strike by "
                     "drones that it targeted the airport of Port Sudan, and on the following day the militia "
                     "renewed the attack with the drones on the depots of the fuel in the city.\n\nThe Council of "
                     "the Security and the Defence announced today the cutting of the diplomatic relations with "
                     "the United Arab Emirates, and it accused it of supplying the militia with the weapons and "
                     "the drones that it used in the attacks.",
                     published="2025-05-06")
    attacks = of_type(events, "attack")
    assert sorted(e.date.start for e in attacks) == ["2025-05-04", "2025-05-05"]
    assert all(("RSF", "initiator") in roles(e) for e in attacks)
    [cut] = of_type(events, "sanction")
    assert roles(cut) == {("SDN", "initiator"), ("ARE", "target")}
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("SDN", "initiator"), ("ARE", "target")}
    for sentence in ["Sudan cut diplomatic relations with the United Arab Emirates on Tuesday, citing its weapons.",
                     "Sudan announced the severing of ties with the United Arab Emirates on Tuesday."]:
        [cut] = of_type(extract(LEAD + sentence, published="2025-05-06"), "sanction")
        assert roles(cut) == {("SDN", "initiator"), ("ARE", "target")}, sentence


def test_terms_point_by_point_a_truce_offered_on_them_and_their_rejection_the_same_day(extract):
    events = extract("Putin's conditions for a ceasefire, point by point\n\nSpeaking at the Russian foreign ministry "
                     "on Friday, 14 June 2024, President Vladimir Putin set out the terms on which Russia would stop "
                     "fighting:\n\n1. Ukraine must withdraw its troops from the Donetsk and Luhansk regions.\n2. Kyiv "
                     "must formally give up its plan to join NATO.\n3. Once both steps are taken, Russia would order "
                     "an immediate ceasefire and begin negotiations.\n\nUkraine's President Volodymyr Zelensky "
                     "rejected the terms as an ultimatum on the same day.", published="2024-06-15")
    [offer] = of_type(events, "ceasefire")
    assert (offer.status, offer.modality, offer.date.start) == ("proposed", "hypothetical", "2024-06-14")
    assert ("RUS", "initiator") in roles(offer)
    [rejection] = [e for e in of_type(events, "demand") if e.status == "rejected"]
    assert rejection.date.start == "2024-06-14" and ("UKR", "initiator") in roles(rejection)
    assert not of_type(extract("If Moscow rejects a ceasefire, new sanctions will follow.", published="2024-06-15"),
                       "ceasefire")  # (the condition is the truce's own clause: no truce offered)


def test_a_fact_box_line_s_captives_one_side_is_to_free(extract):
    events = extract("The Gaza ceasefire in numbers\n\n42 - days in the first phase of the ceasefire between Israel "
                     "and Hamas, which took effect on Sunday.\n\n33 - Israeli hostages Hamas is to free during the "
                     "first phase.", published="2025-01-20")
    [swap] = of_type(events, "prisoner_exchange")
    assert swap.status == "agreed" and roles(swap) == {("HAMAS", "participant")}
    assert swap.quantities.get("prisoners_total") == 33


def test_a_statement_s_dated_line_does_not_date_what_is_to_come_and_an_inverted_condition_is_one(extract):
    events = extract("Statement of the Kremlin press service\n\n28 April 2025\n\nThe Russian side declares a ceasefire "
                     "from 00:00 on 8 May to 00:00 on 11 May 2025. All hostilities will stop for that "
                     "period.\n\nShould the Ukrainian side violate the ceasefire, the Russian Armed Forces will "
                     "respond adequately.",
                     published="2025-04-28")
    [truce] = of_type(events, "ceasefire")
    assert truce.status == "announced" and truce.date.start == "2025-05-08T00:00"


def test_an_anniversary_feature_s_dated_truce_its_breaking_bomb_and_the_deal_s_sides(extract):
    events = extract("Twenty-five years of the Good Friday Agreement\n\nOn the 10th of April 1998, after almost two "
                     "years of talks chaired by the former US senator George Mitchell, the British and Irish "
                     "governments and eight Northern Ireland parties reached the agreement at Stormont.\n\nIt came "
                     "four years after the IRA's ceasefire of the 31st of August 1994. The IRA broke that ceasefire "
                     "with the Docklands bomb in London in February 1996.", published="2023-04-10")
    [deal] = of_type(events, "agreement")
    assert {("GBR", "participant"), ("IRL", "participant")} <= roles(deal) and deal.date.start == "1998-04-10"
    declared = [e for e in of_type(events, "ceasefire") if e.status == "announced"]
    assert [(e.date.start, roles(e)) for e in declared] == [("1994-08-31", {("IRA", "initiator")})]
    [bomb] = of_type(events, "attack")
    assert ("IRA", "initiator") in roles(bomb) and bomb.date.start == "1996-02"


def test_a_channel_s_rockets_fired_from_across_the_border_and_a_truce_still_to_be_worked_out(extract):
    events = extract("Border Watch Asia\n\n⚡ 24 July, 11:20\nThailand sends F-16 jets against Cambodian military "
                     "targets.\n\n🔴 24 July, 13:05\nRockets fired from Cambodia hit a petrol station in Thailand's "
                     "Sisaket province.\n\n📞 26 July, 22:10\nTrump says he spoke to both prime ministers and that "
                     "they agreed to meet and quickly work out a ceasefire.", published="2025-07-29")
    [rockets] = [e for e in of_type(events, "attack") if ("KHM", "initiator") in roles(e)]
    assert ("THA", "target") in roles(rockets) and rockets.place.country == "THA"
    assert not of_type(events, "ceasefire")  # (a truce they will work out is what their talks are to be about)


def test_an_attack_told_by_how_long_before_the_truce_it_came_is_dated_from_the_truce(extract):
    events = extract("Security Alert\n\nEvent: A ceasefire between Israel and Hezbollah took effect at 4:00 a.m. local "
                     "time on 27 November 2024. Israeli strikes on Beirut and southern Lebanon continued until hours "
                     "before it began.", published="2024-11-27")
    [strikes] = of_type(events, "attack")
    assert strikes.date.start == "2024-11-26"  # (hours before 4 a.m.: the day before)
    events = extract("Oman said on Tuesday that it had mediated a ceasefire between the United States and the "
                     "Houthis. A day before the truce, Israeli jets struck the international airport in Sanaa.",
                     published="2025-05-07")
    [strike] = of_type(events, "attack")
    assert strike.date.start == "2025-05-05"


def test_gunfire_and_who_opened_fire_are_one_attack_and_where_rockets_hit_places_their_firing(extract):
    events = extract("Border Watch Asia\n\n🔴 BREAKING | 24 July, 09:40\nGunfire on the Thai-Cambodian border near "
                     "the Ta Muen Thom temple. The Thai army says Cambodian troops opened fire first.",
                     published="2025-07-29")
    [gunfire] = of_type(events, "attack")
    assert ("KHM", "initiator") in roles(gunfire) and gunfire.place.name == "Ta Muen Thom temple"
    [rockets] = of_type(extract("The truce was agreed on Monday. Cambodia fired rockets into Thai territory, "
                                "hitting a petrol station in Sisaket province.", published="2025-07-28"), "attack")
    assert rockets.place.name == "Sisaket province"


def test_a_truce_told_by_the_month_it_was_declared_is_dated_by_the_days_the_article_gives_it(extract):
    events = extract("Russia's three-day truce begins - live\n\nSummary: Russia's unilateral ceasefire for the Victory "
                     "Day commemorations took effect at midnight on 8 May and is due to last until the end of May "
                     "10.\n\n08:15 - Ukraine's military said Russian forces had attacked its positions dozens of times "
                     "along the front line since midnight, despite the truce Vladimir Putin declared last month.",
                     published="2025-05-08")
    [declared] = [e for e in of_type(events, "ceasefire") if e.status == "announced"]
    assert declared.date.start == "2025-05-08" and ("RUS", "initiator") in roles(declared)
