"""Whole articles written for the test: context across sentences, lists, merging, dates from publication."""


def by_type(events, type_):
    return [e for e in events if e.type == type_]


def test_list_items_take_status_and_parties_from_their_introduction(extract):
    text = ("Russia and Turkey end talks in Moscow\n"
            "Here are the points agreed upon by Putin and Erdogan after the talks:\n"
            "- Agreed to establish a security corridor along the M4 highway.\n"
            "- Joint patrols along the highway to start on 15 March.\n")
    agreements = by_type(extract(text, published="2020-03-05"), "agreement")
    assert len(agreements) == 2
    for a in agreements:
        assert a.status == "agreed" and a.codes("participant") == {"RUS", "TUR"}
    assert agreements[1].date.start == "2020-03-15"
    assert agreements[0].place.name == "M4 highway"


def test_repeated_mentions_become_one_event_with_its_other_sentences(extract):
    text = ("Russia and Ukraine met for talks in Istanbul on Monday. "
            "The talks lasted less than an hour. "
            "During the talks, both sides agreed to exchange 1,000 prisoners of war each.")
    events = extract(text)
    talks = by_type(events, "talks")
    assert len(talks) == 1 and len(talks[0].mentions) >= 1
    swap = by_type(events, "prisoner_exchange")[0]
    assert swap.codes("participant") == {"RUS", "UKR"}  # "both sides": the parties named before
    assert swap.quantities == {"prisoners_per_side": 1000}


def test_two_rounds_in_one_article_stay_apart(extract):
    text = ("Russian and Ukrainian delegations met in Istanbul on May 16. "
            "Russian and Ukrainian delegations met again in Istanbul on June 2.")
    talks = by_type(extract(text, published="2025-06-03"), "talks")
    assert sorted(t.date.start for t in talks) == ["2025-05-16", "2025-06-02"]


def test_date_falls_back_to_publication_marked_inferred(extract):
    e = by_type(extract("Russia and Ukraine agreed to a ceasefire.", published="2024-02-01"), "ceasefire")[0]
    assert e.date.start == "2024-02-01" and e.date.inferred


def test_evidence_offsets_point_into_the_input(extract):
    text = "Truce news\n\nAfter long talks, Israel and Hamas agreed to a ceasefire in Gaza on Wednesday."
    e = by_type(extract(text, published="2025-01-15"), "ceasefire")[0]
    assert text[e.evidence.start:e.evidence.end] == e.evidence.text
    assert text[e.trigger.start:e.trigger.end] == "ceasefire"
    assert e.place.country == "PSE" and e.codes("participant") == {"ISR", "HAMAS"}


def test_a_headline_alone_makes_no_record(extract):
    assert not extract("Russia Rejects Ceasefire\n\nThe weather in Moscow was mild on Monday.")


def test_empty_article_gives_no_events(extract):
    assert extract("Nothing happened.") == []


def test_a_round_delayed_then_held_is_one_held_event(extract):
    text = ("Russia and Ukraine held talks in Istanbul on Monday. "
            "This round of talks was delayed by nearly two hours without any explanation.")
    talks = by_type(extract(text), "talks")
    assert [t.status for t in talks] == ["held"]


def test_an_unanchored_generic_attack_is_no_record(extract):
    assert not by_type(extract("An attack on one member would be treated as an attack on all."), "attack")


def test_a_coalition_bombing_named_with_no_code_is_still_recorded(extract):
    attacks = by_type(extract("The relentless airstrikes by the coalition have destroyed most bridges."), "attack")
    assert [a.status for a in attacks] == ["occurred"]


def test_a_proposal_one_side_rejects_is_two_events(extract):
    events = by_type(extract("Russia rejected a 30-day ceasefire proposed by the United States."), "ceasefire")
    by_status = {e.status: e for e in events}
    assert set(by_status) == {"rejected", "proposed"}
    assert by_status["rejected"].codes("initiator") == {"RUS"}
    assert by_status["rejected"].proposed_by == "USA"
    assert by_status["proposed"].codes("initiator") == {"USA"}


def test_talks_that_will_be_held_are_planned(extract):
    for text in ("Talks between Armenia and Azerbaijan will be held in Abu Dhabi next week.",
                 "The minister said the talks in Geneva would resume next week."):
        talks = by_type(extract(text, published="2025-06-03"), "talks")
        assert [t.status for t in talks] == ["planned"], text
        assert (talks[0].date.start, talks[0].date.end) == ("2025-06-09", "2025-06-15")


def test_talks_that_resumed_were_held(extract):
    assert [t.status for t in by_type(extract("Talks resumed in Doha on Monday."), "talks")] == ["held"]


def test_a_bare_deal_after_a_truce_is_that_truce_and_its_brokers_mediate(extract):
    text = ("A ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday, ending more than a year "
            "of cross-border fighting. The deal, brokered by the United States and France, requires Hezbollah to "
            "withdraw its fighters within 60 days. Lebanese Prime Minister Najib Mikati welcomed the agreement.")
    events = extract(text, published="2024-11-28")
    assert not by_type(events, "agreement") and not by_type(events, "attack")  # a year of fighting is setting
    agreed = [e for e in by_type(events, "ceasefire") if e.status == "agreed"]
    assert len(agreed) == 1
    assert agreed[0].codes("mediator") == {"USA", "FRA"}
    assert agreed[0].codes("participant") == {"ISR", "HEZBOLLAH"}  # Mikati welcomed it: no party


def test_the_pronoun_of_reported_speech_is_its_speaker(extract):
    attacks = by_type(extract("Hours later, the Israeli military said it had fired on suspects near the border."),
                      "attack")
    assert attacks[0].codes("initiator") == {"ISR"}


def test_mutual_accusations_in_one_sentence(extract):
    text = ("Sudan's army and the Rapid Support Forces signed a week-long ceasefire in Jeddah on Saturday. "
            "The RSF accused the army of attacking its positions in Omdurman, while the army blamed the RSF "
            "for shelling residential areas.")
    events = extract(text, published="2023-05-22")
    accusations = {(frozenset(e.codes("initiator")), frozenset(e.codes("target")))
                   for e in by_type(events, "accusation")}
    assert accusations == {(frozenset({"RSF"}), frozenset({"SDN"})), (frozenset({"SDN"}), frozenset({"RSF"}))}
    attacks = {frozenset(e.codes("initiator")): e for e in by_type(events, "attack")}
    assert set(attacks) == {frozenset({"SDN"}), frozenset({"RSF"})}  # "the army": Sudan's army, named before
    army_attack = attacks[frozenset({"SDN"})]
    assert army_attack.claimed_by == "RSF" and army_attack.modality == "reported"
    assert army_attack.place.name == "Omdurman"


def test_both_sides_in_the_same_paragraph_and_accusations_are_claims(extract):
    text = ("India and Pakistan agreed to a full ceasefire on Saturday after four days of cross-border strikes. "
            "Hours later, both sides accused each other of violating the truce.")
    events = extract(text, published="2025-05-11")
    agreed = [e for e in by_type(events, "ceasefire") if e.status == "agreed"][0]
    assert "duration_days" not in agreed.quantities  # the four days were the strikes'
    violated = [e for e in by_type(events, "ceasefire") if e.status == "violated"][0]
    assert violated.codes("initiator") == {"IND", "PAK"}
    assert violated.modality == "reported" and violated.claimed_by is None  # each side claims it of the other
    assert by_type(events, "accusation")[0].codes("initiator") == {"IND", "PAK"}


def test_the_two_halves_of_a_swap_in_one_sentence_are_one_exchange(extract):
    text = "Hamas freed 24 hostages on Friday, while Israel released 39 Palestinian prisoners from its jails."
    swaps = by_type(extract(text, published="2023-11-25"), "prisoner_exchange")
    assert len(swaps) == 1 and swaps[0].codes("participant") == {"HAMAS", "ISR"}


def test_the_antecedent_of_who_or_which_is_the_subject(extract):
    deals = by_type(extract("Qatar, which mediated the deal, said more hostages would be freed."), "agreement")
    assert deals[0].codes("mediator") == {"QAT"}


def test_the_date_of_what_talks_followed_is_not_the_talks(extract):
    text = ("Putin and Erdogan met in Moscow on Thursday. The talks followed a Syrian government air strike on "
            "Feb. 27 that killed 34 Turkish soldiers in Idlib.")
    events = extract(text, published="2020-03-06")
    assert [(t.status, t.date.start) for t in by_type(events, "talks")] == [("held", "2020-03-05")]
    assert by_type(events, "attack")[0].date.start == "2020-02-27"


def test_a_deal_said_valid_is_the_signed_deal_and_its_accuser_no_party(extract):
    text = ("Russia and Ukraine signed separate agreements with Turkey and the UN in Istanbul on Friday. Hours "
            "after the signing, Russia launched a missile strike on the port of Odesa, and Ukraine accused Moscow "
            "of undermining the deal. The deal is valid for 120 days and can be extended.")
    deals = by_type(extract(text, published="2022-07-23"), "agreement")
    assert [d.status for d in deals] == ["signed"]
    assert deals[0].quantities == {"duration_days": 120}


def test_an_accusation_joined_to_what_was_said_is_the_speakers(extract):
    text = ("On Jan. 7, Ukraine's General Staff said Russian forces had shelled Ukrainian positions 14 times since "
            "the truce began, and accused Moscow of breaking its own ceasefire.")
    events = extract(text, published="2023-01-08")
    accusation = by_type(events, "accusation")[0]
    assert (accusation.codes("initiator"), accusation.codes("target")) == ({"UKR"}, {"RUS"})
    violated = [e for e in by_type(events, "ceasefire") if e.status == "violated"][0]
    assert violated.codes("initiator") == {"RUS"} and violated.claimed_by == "UKR"
