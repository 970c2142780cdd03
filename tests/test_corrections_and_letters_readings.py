"""Readings that batch 44 of our own articles asked for: a paper's corrections, read as claims set right; a letters
page, read letter by letter; a hearing's "Q." and "A." turns; a translated message whose speaker its first line names;
one who stays away from a signing meant for him; and the shapes of sentence those pages showed. Each is tested on text
written for it."""

from records import codes, of_type

# --- a piece cited by its day and page ---------------------------------------------------------------------------

def test_a_piece_s_citation_is_found_up_to_the_verb_that_says_what_it_said():
    from trucewatch.ingest.clean import citations
    line = 'An article on 9 May ("Drones hit Kherson port", page 6) said that drones struck the port on Friday.'
    assert [line[s:e] for s, e in citations(line)] == [" on 9 May"]  # (the quoted headline stays: it names the place)
    line = "Our report on the talks (World, 3 June, page 12) said that the talks had opened in Doha."
    assert [line[s:e] for s, e in citations(line)] == [" (World, 3 June, page 12)"]


def test_a_day_after_a_piece_s_topic_is_the_topic_s_own():
    from trucewatch.ingest.clean import citations
    line = "A UN report on the talks held in Geneva on 3 May said the sides had agreed to meet again."
    assert citations(line) == []  # (the talks were held on 3 May: no piece ran "on 3 May" here)


def test_a_letter_s_cited_piece_gives_no_day_to_the_deal_it_was_about(extract):
    events = extract("Sir, Your article on the tenth anniversary of the Kampala Accord (9 March) was right to call it "
                     "a fragile deal. The accord signed in Kampala on 9 March 2015 by the government and the rebels "
                     "never brought the guns under control.\n\nJane Doe, Leeds", published="2025-03-14")
    assert [(d.status, d.date.start[:10]) for d in of_type(events, "agreement")] == [("signed", "2015-03-09")]
    # (one deal: the anniversary article's "(9 March)" is the piece's day, not a second deal's)


# --- a page of corrections ----------------------------------------------------------------------------------------

CORRECTIONS = (
    "A picture caption on 5 May said that 41 Ukrainian soldiers had come home in Monday's prisoner exchange with "
    "Russia. The number was 14, according to Ukraine's ombudsman.\n\n"
    "An article on 7 May (\"Missiles hit Kharkiv depot\", page 2) said that Russian missiles struck a fuel depot in "
    "the city on Monday. The strikes were early on Tuesday 6 May.\n\n"
    "A profile of a Colombian senator (Americas, 8 May) said that the government and the FARC had signed their 2016 "
    "peace agreement in Havana. It was signed in Cartagena on 26 September 2016.")


def test_a_correction_s_number_replaces_the_claim_s(extract):
    events = extract(CORRECTIONS, published="2025-05-09", title="Corrections and clarifications")
    [swap] = of_type(events, "prisoner_exchange")
    assert list(swap.quantities.values()) == [14]  # (not the 41 the caption printed)
    assert swap.date.start[:10] == "2025-05-05"  # (Monday's, before the caption's day: the caption's day is no day
    # of the swap)
    assert swap.modality == "asserted"  # (the page stands by what it did not set right)


def test_a_correction_that_names_the_event_again_gives_its_day_and_keeps_the_claim_s_sides(extract):
    events = extract(CORRECTIONS, published="2025-05-09", title="Corrections and clarifications")
    [strike] = of_type(events, "attack")
    assert strike.date.start[:10] == "2025-05-06"  # (Tuesday, not the Monday the article gave)
    assert "RUS" in codes(strike, "initiator")
    assert strike.place.country == "UKR"  # (Kharkiv, the city the cited headline names)
    assert strike.evidence.text.startswith("The strikes were early on Tuesday")


def test_each_correction_is_its_own_story(extract):
    events = extract(CORRECTIONS, published="2025-05-09", title="Corrections and clarifications")
    [deal] = of_type(events, "agreement")
    assert (deal.status, deal.date.start[:10], deal.place.country) == ("signed", "2016-09-26", "COL")
    assert codes(deal) >= {"COL", "FARC"} and not codes(deal) & {"UKR", "RUS"}  # ("It" is the claim's deal, not
    # the swap of the correction before)


def test_a_page_that_is_no_corrections_page_keeps_what_a_report_said(extract):
    events = extract("A UN report said that Russian missiles struck a fuel depot in Kharkiv on Monday. The strikes "
                     "were early in the morning.", published="2025-05-09")
    [strike] = of_type(events, "attack")
    assert strike.date.start[:10] == "2025-05-05"  # (nothing set right: Monday stands)


# --- a letters page -----------------------------------------------------------------------------------------------

LETTERS = (
    "Sir, The accord signed in Lusaka on 10 July 1999 by Congo, Angola, Namibia, Zimbabwe, Rwanda and Uganda did not "
    "end the war in Congo. The fighting went on in Kisangani a year later.\n\n"
    "Anne Smith, Bristol\n\n"
    "Sir, Your report on the clashes (12 May) says the ceasefire between Morocco and the Polisario Front has held "
    "for decades. It has held because the United Nations brokered it: the truce took effect on 6 September 1991.\n\n"
    "Pedro Alvarez, Madrid")


def test_a_letter_s_own_telling_gives_the_evidence_and_the_broker(extract):
    events = extract(LETTERS, published="2020-05-14")
    [truce] = [e for e in of_type(events, "ceasefire") if codes(e) & {"MAR"}]
    assert truce.evidence.text.startswith("It has held because the United Nations brokered it")
    assert truce.date.start[:10] == "1991-09-06"
    assert "UN" in codes(truce, "mediator")  # ("the United Nations brokered it")


def test_each_letter_is_its_own_story(extract):
    events = extract(LETTERS, published="2020-05-14")
    [truce] = [e for e in of_type(events, "ceasefire") if codes(e) & {"MAR"}]
    assert not codes(truce) & {"COD", "AGO", "RWA", "UGA"}  # (the first letter's sides are not the second's)


# --- a hearing, a message, a no-show ------------------------------------------------------------------------------

def test_a_hearing_s_answer_is_read_without_its_mark_and_our_is_the_witness_s(extract):
    events = extract("The following is an excerpt from the questioning of a State Department witness.\n\n"
                     "Q. And the military operation?\n\n"
                     "A. On December 14 the armies of Uganda and Congo attacked the LRA's camps in Garamba National "
                     "Park, with fuel from our Africa Command.", published="2009-03-18")
    [strike] = of_type(events, "attack")
    assert codes(strike, "target") == {"LRA"} and "LRA" not in codes(strike, "participant")  # (not "our")
    assert strike.date.start[:10] == "2008-12-14"


def test_a_translated_message_s_i_is_the_one_its_first_line_says_read_it(extract):
    events = extract("The following is our translation of the message that President Carlos Salinas de Gortari "
                     "read on national television on Wednesday.\n\n"
                     "Today I have decided to order the suspension of all offensive action by the federal forces in "
                     "Chiapas.", published="1994-01-12")
    [truce] = of_type(events, "ceasefire")
    assert (truce.status, codes(truce, "initiator")) == ("announced", {"MEX"})


def test_one_who_stays_away_from_a_signing_meant_for_him_turns_it_down_each_time(extract):
    events = extract("The talks produced a final peace agreement. Joseph Kony was to sign it at Ri-Kwangba on April "
                     "10, 2008. He did not come. He failed to come again in November.", published="2009-03-18")
    refused = sorted((e.date.start[:10], e.evidence.text) for e in of_type(events, "agreement")
                     if e.status == "rejected")
    assert refused == [("2008-04-10", "He did not come."), ("2008-11", "He failed to come again in November.")]
    assert all(codes(e, "initiator") == {"LRA"} for e in of_type(events, "agreement") if e.status == "rejected")


def test_was_to_sign_is_meant_not_done(extract):
    [deal] = of_type(extract("The two leaders were to sign the deal in Doha on Friday.", published="2025-03-18"),
                     "agreement")
    assert deal.modality == "planned"


def test_one_who_came_turns_nothing_down(extract):
    events = extract("Joseph Kony was to sign it at Ri-Kwangba on April 10, 2008. He came, and signed.",
                     published="2009-03-18")
    assert not [e for e in of_type(events, "agreement") if e.status == "rejected"]


# --- shapes of sentence -------------------------------------------------------------------------------------------

def test_a_truce_a_convener_announces_is_one_it_brokered(extract):
    [truce] = of_type(extract("The two-month truce announced by the UN envoy, Hans Grundberg, began on Saturday.",
                              published="2022-04-06"), "ceasefire")
    assert "UN" in codes(truce, "mediator") and "UN" not in codes(truce, "initiator")


def test_signers_the_parse_hung_on_the_deal_are_signers(extract):
    [deal] = of_type(extract("The agreement signed in Townsville on 15 October 2000 by the Solomon Islands "
                             "government, the Malaita Eagle Force and the Isatabu Freedom Movement did not bring the "
                             "ceasefire.", published="2020-10-19"), "agreement")
    assert codes(deal, "participant") >= {"SLB", "MEF", "IFM"}


def test_a_deal_the_talks_produced_was_made_where_they_were_held(extract):
    events = extract("The talks between Uganda and the LRA began in Juba in July 2006, with Riek Machar as mediator. "
                     "They produced a cessation of hostilities agreement on August 26, 2006.", published="2009-03-18")
    [truce] = of_type(events, "ceasefire")
    assert truce.place.country == "SSD"


def test_the_wave_that_killed_is_a_disaster_s_toll_but_a_wave_of_strikes_is_an_attack(extract):
    assert not of_type(extract("Then came the tsunami. The wave killed some 170,000 people in Aceh.",
                               published="2015-08-15"), "attack")
    assert of_type(extract("A wave of Russian strikes killed 12 people in Kyiv on Monday.", published="2025-06-03"),
                   "attack")


def test_sitting_down_with_the_other_side_is_talks(extract):
    [talks] = of_type(extract("Within a month the government and the rebels were sitting down in Finland with "
                              "Martti Ahtisaari.", published="2005-08-15"), "talks")
    assert talks.place.country == "FIN"
    assert not of_type(extract("The minister sat with reporters on the plane.", published="2005-08-15"), "talks")


def test_attacks_a_fronted_since_counts_began_that_day(extract):
    [attack] = of_type(extract("Since 1 January an armed group has attacked the towns of Ocosingo and Altamirano in "
                               "Chiapas.", published="1994-01-12"), "attack")
    assert attack.date.start[:10] == "1994-01-01"


def test_a_corrections_page_is_one_its_title_names():
    from trucewatch.nlp.corrections import correction_page
    assert correction_page("Corrections and clarifications") and correction_page("For the record: a correction")
    assert not correction_page("Ceasefire holds in Gaza") and not correction_page(None)


def test_a_truce_a_convener_owns_is_one_it_brokered_between_the_sides(extract):
    events = extract("Ten years ago today, the Indonesian government and the Free Aceh Movement signed a peace "
                     "agreement in Helsinki. I had served as an observer for the "
                     "Henry Dunant Centre. Its Cessation of Hostilities Agreement, signed in Geneva in December 2002, "
                     "lasted five months.", published="2015-08-15")
    [truce] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert codes(truce, "mediator") == {"HDC"} and "HDC" not in codes(truce, "participant")


def test_the_hosts_of_both_rounds_brokered_the_talks_told_before(extract):
    events = extract("The two militias agreed to stop fighting in August, at talks aboard the frigate Te Kaha. "
                     "Australia and New Zealand hosted both rounds and sent the unarmed monitors who followed.",
                     published="2020-10-19")
    [talks] = of_type(events, "talks")
    assert codes(talks, "mediator") == {"AUS", "NZL"}
    assert talks.evidence.text.startswith("The two militias agreed")  # (no second talks: "both rounds" are these)


def test_a_group_at_war_with_its_state_that_attacks_a_military_base_strikes_the_state(extract):
    [strike] = of_type(extract("On 2 January the Zapatistas attacked the military base at Rancho Nuevo.",
                               published="1994-01-12"), "attack")
    assert codes(strike, "target") == {"MEX"}


def test_the_refusal_takes_the_place_of_the_signing_that_was_meant(extract):
    events = extract("Joseph Kony was to sign the final peace agreement at Ri-Kwangba on April 10, 2008. He did not "
                     "come.", published="2009-03-18")
    assert [(e.status, e.date.start[:10]) for e in of_type(events, "agreement")] == [("rejected", "2008-04-10")]


def test_a_deal_s_is_to_tells_its_terms_not_a_plan(extract):
    events = extract("Israel and Hamas have agreed to a ceasefire. In a first phase, Hamas is to free 33 hostages.",
                     published="2025-01-15")
    assert all(e.modality != "planned" for e in of_type(events, "prisoner_exchange"))


def test_fighting_is_placed_where_its_sentence_says_the_fighters_were(extract):
    events = extract("Sir, The agreement signed in Townsville by the Malaita Eagle Force and the Isatabu Freedom "
                     "Movement did not end the violence. Harold Keke, a militia leader who had refused to take part, "
                     "held out on the Weather Coast, and in April 2003 his men killed seven members of the Melanesian "
                     "Brotherhood.", published="2020-10-19")
    [attack] = of_type(events, "attack")
    assert attack.place.country == "SLB"


def test_an_amendment_that_does_not_name_the_event_still_moves_its_place_and_day(extract):
    events = extract("Our report on the talks (World, 3 June, page 12) said that Russian and Ukrainian delegations "
                     "had held talks in Geneva on Monday. That was in Istanbul, on Tuesday 2 June.",
                     published="2025-06-04", title="Corrections and clarifications")
    [talks] = of_type(events, "talks")
    assert (talks.place.country, talks.date.start[:10]) == ("TUR", "2025-06-02")
