"""The parse mender on its own: each known misparse is re-attached, and a sentence that only looks like one is left
as the model parsed it."""

import pytest

from trucewatch.nlp.reparse import mend


def heads(doc):
    return {t.text: (t.dep_, t.head.text) for t in doc}


def left_as_parsed(nlp, text):
    """Does the mender leave the model's parse of `text` as it was?"""
    return heads(mend(nlp(text))) == heads(nlp(text))


def test_a_reduced_relative_taken_for_a_second_clause_hangs_on_its_noun(nlp):
    doc = mend(nlp("Ukraine's military said Russian forces had attacked its positions along the front line, despite "
                   "the truce Vladimir Putin declared last month."))
    got = heads(doc)
    assert got["declared"] == ("relcl", "truce")
    assert got["despite"][1] == "attacked"
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["said"]


def test_two_clauses_joined_by_and_stay_two_clauses(nlp):
    doc = nlp("Russian forces attacked the town and the army declared a curfew.")
    before = heads(doc)
    assert heads(mend(doc)) == before


def test_a_participle_before_that_night_is_the_subject_s_and_the_sentence_is_about_it(nlp):
    doc = mend(nlp("A ceasefire between government forces and Druze leaders announced that night did not hold."))
    got = heads(doc)
    assert got["hold"][0] == "ROOT"
    assert got["announced"] == ("acl", "ceasefire")
    assert got["ceasefire"] == ("nsubj", "hold")
    assert got["night"] == ("npadvmod", "announced")
    assert len(list(doc.sents)) == 1


def test_a_verb_with_an_object_before_that_day_is_left_alone(nlp):
    doc = nlp("The army announced that day would bring more strikes.")
    before = heads(doc)
    assert heads(mend(doc)) == before


def test_a_between_phrase_hung_on_a_city_goes_to_what_was_done_there(nlp):
    doc = mend(nlp("The Secretary-General welcomes the agreement reached today in Putrajaya between Thailand and "
                   "Cambodia on an immediate ceasefire."))
    assert heads(doc)["between"] == ("prep", "reached")
    kept = nlp("The talks in the town between the two villages went on.")
    assert heads(mend(kept))["between"] == heads(nlp("The talks in the town between the two villages went on."))[
        "between"]  # (a town is no named place the model marks: the phrase stays where it was)


def test_a_relative_clause_arranging_talks_hangs_on_the_talks_not_on_their_side(nlp):
    doc = mend(nlp("The rebels would not attend peace talks with the Kinshasa government that Angola had arranged "
                   "for Tuesday in Luanda."))
    assert heads(doc)["arranged"] == ("relcl", "talks")


def test_a_relative_clause_on_a_side_that_is_about_the_side_stays_there(nlp):
    doc = nlp("The rebels would not attend peace talks with the government that Angola had recognised.")
    before = heads(doc)
    assert heads(mend(doc)) == before


def test_a_between_phrase_with_one_side_takes_the_conjunct_stranded_on_the_event(nlp):
    doc = nlp("Talks between the Qatari envoy to Sudan, Ahmed Salem, and the commander of the rebels' northern "
              "brigade, Musa Idris, resumed in Doha on Tuesday.")
    assert heads(doc)["commander"] == ("conj", "Talks")  # the misparse this mends
    got = heads(mend(doc))
    assert got["commander"] == ("conj", "envoy")
    assert got["and"][1] == "envoy"


def test_a_between_phrase_with_two_sides_is_left_alone(nlp):
    doc = nlp("Talks between the army and the rebels resumed, and a truce held.")
    before = heads(doc)
    assert heads(mend(doc)) == before


def test_a_relative_clause_hung_on_a_date_goes_to_the_noun_the_date_tells_of(nlp):
    doc = mend(nlp('It followed a week-long "reduction in violence" that began on Feb. 22, which both sides largely '
                   'observed.'))
    assert heads(doc)["observed"] == ("relcl", "reduction")
    kept = mend(nlp("The talks ended on the day which the envoy had chosen."))
    assert heads(kept)["chosen"][1] == "day"  # (no comma: the day is what was chosen)


def test_an_object_told_after_an_aside_goes_to_the_verb_not_to_the_name_before_it(nlp):
    doc = mend(nlp("Egypt's foreign minister announces in Cairo, alongside U.S. Secretary of State Hillary Clinton, "
                   "a ceasefire between Israel and Hamas."))
    assert heads(doc)["ceasefire"] == ("dobj", "announces")
    kept = mend(nlp("She met Hillary Clinton, a lawyer from Arkansas."))
    assert heads(kept)["lawyer"] == ("appos", "Clinton")  # (the verb has its object: the name's description)


def test_a_past_verb_joined_to_a_that_clause_goes_on_the_verb_the_clause_hangs_on(nlp):
    got = heads(mend(nlp("The Security Council today demanded that the Rapid Support Forces halt the siege of El "
                         "Fasher, and called for an immediate halt to the fighting in and around the city.")))
    assert got["called"] == ("conj", "demanded")
    kept = nlp("Officials said that the rebels shelled the town and seized the bridge.")
    before = heads(kept)
    assert heads(mend(kept)) == before  # (a past verb in a past that-clause is that clause's)


@pytest.mark.parametrize("headline, verb, subject, obj", [
    ("23 Jun 2025 - Trump announces ceasefire between Israel and Iran", "announces", "Trump", "ceasefire"),
    ("U.S. bombs Fordow, Natanz and Isfahan nuclear sites", "bombs", "U.S.", "Fordow"),
])
def test_a_headline_s_verb_taken_for_a_plural_noun_is_the_verb_of_its_name(nlp, headline, verb, subject, obj):
    doc = mend(nlp(headline))
    [v] = [t for t in doc if t.text == verb]
    assert v.pos_ == "VERB" and v.dep_ == "ROOT"
    assert next(t for t in doc if t.text == subject).head.i == v.i
    assert next(t for t in doc if t.text == obj).dep_ == "dobj"


def test_a_headline_with_a_verb_of_its_own_or_plural_nouns_is_left_alone(nlp):
    for text in ("Peace talks resume in Doha", "Ceasefire talks between Israel and Hamas", "Trump says Iran broke it"):
        before = heads(nlp(text))
        assert heads(mend(nlp(text))) == before  # ("talks" after a word that names no actor is the noun it is)


def test_a_clause_that_took_effect_hung_on_a_side_goes_to_the_truce(nlp):
    doc = mend(nlp("42 - days in the first phase of the ceasefire between Israel and Hamas, which took effect on "
                   "Sunday."))
    assert heads(doc)["took"] == ("relcl", "ceasefire")
    text = "Talks between the government and the rebels, which took the town on Sunday, resumed."
    assert heads(mend(nlp(text))) == heads(nlp(text))  # (what a side did stays where the model put it)


def test_a_subject_hung_on_the_name_that_ends_an_aside_goes_to_the_verb_after_it(nlp):
    doc = mend(nlp("On the 10th of April 1998, after almost two years of talks chaired by the former US senator "
                   "George Mitchell, the British and Irish governments and eight Northern Ireland parties reached the "
                   "agreement at Stormont."))
    assert heads(doc)["governments"] == ("nsubj", "reached")
    doc = nlp("After talks chaired by George Mitchell, a former senator, the parties reached the agreement.")
    assert heads(mend(doc))["senator"][0] == "appos"  # (a name's own aside, followed by a comma, is left alone)


def test_a_participle_taken_for_the_verb_before_the_verb_it_describes_goes_to_its_noun(nlp):
    doc = mend(nlp("Rockets fired from Cambodia hit a petrol station in Thailand's Sisaket province."))
    got = heads(doc)
    assert got["hit"] == ("ROOT", "hit") and got["Rockets"] == ("nsubj", "hit") and got["fired"] == ("acl", "Rockets")
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["hit"]
    before = heads(doc := nlp("Troops fired shells at the town and hit a school."))
    assert heads(mend(doc)) == before


def test_a_name_we_know_stays_in_one_sentence_as_one_phrase(nlp):
    doc = mend(nlp("Gunfire on the Thai-Cambodian border near the Ta Muen Thom temple. The Thai army says Cambodian "
                   "troops opened fire first."))
    assert [s.text for s in doc.sents][0].endswith("Ta Muen Thom temple.")
    assert heads(doc)["temple"] == ("pobj", "near") and heads(doc)["Muen"] == ("compound", "temple")


def test_parties_named_after_their_place_stand_beside_the_parties(nlp):
    got = heads(mend(nlp("Qatar announced that the two parties in Gaza, Israel and Hamas, have reached an agreement.")))
    assert got["Israel"] == ("appos", "parties") and got["Hamas"] == ("conj", "Israel")


def test_a_verb_of_purpose_tagged_as_a_noun_becomes_the_verb_it_is(nlp):
    doc = nlp("Guterres, who had flown back to the Alpine resort to chair the final session, told reporters that "
              "the conference had closed.")
    chair = next(t for t in doc if t.lower_ == "chair")
    assert chair.pos_ == "NOUN"  # (the model's misreading this mends)
    mend(doc)
    assert (chair.pos_, chair.tag_) == ("VERB", "VB")


def test_a_noun_after_to_with_no_object_stays_a_noun(nlp):
    doc = mend(nlp("The delegates went back to the chair of the meeting."))
    assert next(t for t in doc if t.lower_ == "chair").pos_ == "NOUN"


def test_a_claim_hung_on_a_place_goes_to_the_attack_that_holds_the_place(nlp):
    doc = mend(nlp("On Nov. 16 gunmen killed six policemen in an attack on a patrol in Lakki Marwat, which the TTP "
                   "claimed."))
    assert heads(doc)["claimed"] == ("relcl", "attack")


def test_a_relative_on_a_place_that_is_no_claim_stays_on_the_place(nlp):
    doc = nlp("Gunmen killed six policemen in an attack on a patrol in Lakki Marwat, which the army controls.")
    before = heads(doc)
    assert heads(mend(doc)) == before


def test_a_city_hung_on_the_second_of_two_sides_goes_to_the_talks(nlp):
    doc = mend(nlp("The envoy plans to reconvene talks between the government and the opposition in Geneva on "
                   "March 7."))
    assert heads(doc)["in"] == ("prep", "talks")


def test_a_side_named_by_its_place_keeps_its_place(nlp):
    doc = mend(nlp("The talks between the government and the rebels in the north resumed."))
    assert heads(doc)["in"][1] != "talks"


def test_a_participle_taken_for_the_subject_goes_back_on_its_noun(nlp):
    doc = nlp("The ministry said the Russian soldiers freed had been captured in the Kursk region.")
    assert heads(doc)["freed"] == ("nsubjpass", "captured")  # the misparse, as the pinned model makes it
    doc = mend(doc)
    assert heads(doc)["freed"] == ("acl", "soldiers") and heads(doc)["soldiers"] == ("nsubjpass", "captured")


def test_a_participle_with_its_agent_after_talks_goes_on_the_talks(nlp):
    doc = nlp("The text came out of ten days of talks in Khartoum led by the African Union.")
    assert heads(doc)["led"] == ("advcl", "came")  # the misparse, as the pinned model makes it
    assert heads(mend(doc))["led"] == ("acl", "talks")


def test_a_list_of_signers_taken_for_appositions_is_a_list(nlp):
    doc = mend(nlp("Former Ukrainian President Leonid Kuchma, Russia's ambassador to Kyiv, an envoy of the "
                   "Organization for Security and Co-operation in Europe and the leaders of the self-proclaimed "
                   "Donetsk and Luhansk People's Republics signed the 12-point protocol."))
    got = heads(doc)
    assert (got["ambassador"], got["envoy"], got["leaders"]) == (("conj", "Kuchma"),) * 3


def test_a_true_apposition_before_a_second_subject_stays_on_its_name(nlp):
    doc = nlp("Leonid Kuchma, Ukraine's former president, and the rebel leaders signed the protocol.")
    before = heads(doc)
    assert heads(mend(doc)) == before


def reaches_a_root(doc):
    """Every token's chain of heads ends at a root (no cycle)."""
    for token in doc:
        seen = set()
        while token.head.i != token.i:
            if token.i in seen:
                return False
            seen.add(token.i)
            token = token.head
    return True


def test_a_name_whose_middle_word_the_parser_made_the_root_is_left_as_parsed(nlp):
    from trucewatch.nlp.sentences import NAMES_KEY

    doc = nlp("The memorandum was signed by the army's chief of staff, General Armando da Cruz Neto, and UNITA's "
              "military commander, General Abreu Kamorteiro, with President Jose Eduardo dos Santos looking on.")
    start = next(t.i for t in doc if t.text == "Jose")
    doc.user_data[NAMES_KEY] = [(start, start + 4)]
    assert reaches_a_root(mend(doc))


def test_a_sentence_the_mender_cannot_mend_is_still_read(extract):
    text = ("The memorandum of understanding was signed at the parliament building by the armed forces' chief of "
            "staff, General Armando da Cruz Neto, and UNITA's military commander, General Abreu Kamorteiro, with "
            "President Jose Eduardo dos Santos looking on. Angola's army and UNITA signed a ceasefire on Thursday.")
    assert any(e.type == "ceasefire" for e in extract(text, published="2002-04-04"))


def test_a_subject_run_into_the_place_before_it_is_the_verbs(nlp):
    doc = mend(nlp("Today in Nay Pyi Taw the Government of Myanmar and the Karen National Union signed the "
                   "Nationwide Ceasefire Agreement."))
    got = heads(doc)
    assert got["Government"] == ("nsubj", "signed") and got["Union"] == ("conj", "Government")
    assert got["Taw"] == ("pobj", "in")


def test_two_titled_people_the_parser_ran_into_one_phrase_are_two(nlp):
    doc = mend(nlp("Sierra Leone's President Ahmad Tejan Kabbah and the rebel leader Foday Sankoh signed a peace "
                   "agreement in the Togolese capital on Wednesday."))
    got = heads(doc)
    assert got["Kabbah"] == ("nsubj", "signed") and got["Sankoh"] == ("conj", "Kabbah")
    assert got["President"] == ("compound", "Kabbah") and got["leader"][1] == "Sankoh"


def test_a_subject_eight_groups_run_into_the_place_after_today_is_the_verbs(nlp):
    doc = mend(nlp("Today in Nay Pyi Taw the Government of Myanmar and eight ethnic armed organisations signed the "
                   "Nationwide Ceasefire Agreement."))
    assert heads(doc)["Government"] == ("nsubj", "signed")


def test_phrases_after_an_act_in_a_list_are_the_acts(nlp):
    doc = mend(nlp("Iran held out for a year, until a string of defeats on the front and the shooting down of an "
                   "Iranian airliner by a U.S. warship over the Gulf in early July 1988, which killed all 290 people "
                   "on board."))
    got = heads(doc)
    assert got["by"] == ("prep", "shooting") and got["killed"] == ("relcl", "shooting")


def test_a_second_subject_after_a_bare_preposition_is_its_object(nlp):
    doc = mend(nlp("Bashir said on Tuesday that half of the JEM fighters held since the group's 2008 attack on "
                   "Omdurman would be freed at once."))
    assert heads(doc)["attack"] == ("pobj", "since")


def test_other_ones_after_and_are_more_of_the_noun_before_it_not_the_verb_s(nlp):
    doc = mend(nlp("On Sunday Ghani ordered the release of up to 2,000 more as a gesture of goodwill, and the first "
                   "900 walked out of Bagram and other prisons on Tuesday."))
    prisons = next(t for t in doc if t.lower_ == "prisons")
    assert prisons.dep_ == "conj" and prisons.head.lower_ == "bagram"


def test_a_signing_after_the_object_and_a_comma_is_said_of_the_object(nlp):
    doc = mend(nlp("A second round in October produced the Burnham Truce, signed on October 10, which brought in "
                   "unarmed monitors from New Zealand."))
    signed = next(t for t in doc if t.lower_ == "signed")
    assert signed.dep_ == "acl" and signed.head.lower_ == "truce"


def test_a_participle_aside_on_the_object_is_its_own_and_what_follows_it_is_the_verb_s(nlp):
    doc = mend(nlp("The group broke its last ceasefire, declared in March 2006, with a car bomb at the airport in "
                   "December that year that killed two people, and formally called it off in June 2007."))
    declared, with_, called = (next(t for t in doc if t.lower_ == w) for w in ("declared", "with", "called"))
    assert (declared.dep_, declared.head.lower_) == ("acl", "ceasefire")
    assert with_.head.lower_ == "broke"
    assert (called.dep_, called.head.lower_) == ("conj", "broke")


def test_the_terms_a_deal_covers_are_one_list(nlp):
    doc = mend(nlp("The accord, covering a new constitution, arrangements for the transition and a ceasefire, was "
                   "signed in London."))
    got = heads(doc)
    assert got["ceasefire"] == ("conj", "constitution") and got["arrangements"] == ("conj", "constitution")
    assert left_as_parsed(nlp, "The envoy, a veteran of talks in Oslo and a friend of both sides, was received in "
                               "Kabul.")  # (no deal's terms)


def test_talks_are_chaired_though_the_model_hangs_the_chairing_on_the_venue(nlp):
    doc = mend(nlp("Peace talks on Bosnia begin at an air base near Dayton, Ohio, chaired by the US envoy."))
    chaired = next(t for t in doc if t.text == "chaired")
    assert (chaired.dep_, chaired.head.text) == ("advcl", "begin")
    assert left_as_parsed(nlp, "The rebels attacked an air base near Dayton, Ohio, chaired by a general.")  # (no talks)


def test_a_deal_s_participle_after_the_opening_phrase_is_the_deal_s(nlp):
    doc = mend(nlp("Under the Nairobi accord, signed on 12 March 2003 by the two presidents, Uganda agreed to "
                   "withdraw its troops."))
    got = heads(doc)
    assert got["signed"] == ("acl", "accord") and got["Under"] == ("prep", "agreed")
    assert left_as_parsed(nlp, "Under pressure, pressed by its allies, Uganda agreed to withdraw its troops.")


def test_a_name_run_into_the_day_a_sentence_opens_with_is_the_verb_s_subject(nlp):
    doc = mend(nlp("On 12 February 1973 North Vietnam freed the first American prisoners of war."))
    got = heads(doc)
    assert got["Vietnam"] == ("nsubj", "freed")
    assert got["February"] == ("pobj", "On") and got["12"][1] == got["1973"][1] == "February"
    assert left_as_parsed(nlp, "On 12 February 1973, North Vietnam freed the first American prisoners of war.")


def test_a_name_whose_particle_the_parser_took_for_the_main_verb_is_one_phrase(nlp):
    doc = mend(nlp("The accords were signed in Lisbon on 31 May 1991 by President Jose Eduardo dos Santos and Jonas "
                   "Savimbi of UNITA."))
    got = heads(doc)
    assert got["signed"] == ("ROOT", "signed")
    assert got["Santos"] == ("pobj", "by") and got["dos"] == ("compound", "Santos")
    assert got["Savimbi"] == ("conj", "Santos")


def test_a_name_run_into_the_opening_day_is_the_subject_past_its_own_clause(nlp):
    doc = mend(nlp("On 12th January Major-General Philip Effiong, to whom he had handed over, ordered the Biafran "
                   "forces to stop fighting."))
    got = heads(doc)
    assert got["Effiong"] == ("nsubj", "ordered") and got["January"] == ("pobj", "On")


def test_a_name_after_the_noun_for_its_kind_is_its_apposition_and_those_together_with_it_one_list(nlp):
    doc = mend(nlp("The talks were brokered by the West African grouping Ecowas together with the UN and the OAU."))
    got = heads(doc)
    assert got["Ecowas"] == ("appos", "grouping")
    assert got["UN"] == ("conj", "Ecowas") and got["OAU"] == ("conj", "UN")
    kept = mend(nlp("The European Union signed the agreement as an international witness together with the United "
                    "Nations and China."))
    assert heads(kept)["with"][0] == "prep"  # (beside the witness in the act, not the same witness)


def test_a_contact_relative_taken_for_an_apposition_is_a_clause_on_the_noun(nlp):
    doc = mend(nlp("The deal builds on a power-sharing protocol the two men signed in Pretoria on 8 October."))
    got = heads(doc)
    assert got["signed"] == ("relcl", "protocol") and got["men"] == ("nsubj", "signed")
    assert left_as_parsed(nlp, "The city has a museum, the old fort built in 1650.")
