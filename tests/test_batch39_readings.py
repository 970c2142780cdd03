"""Readings found on batch 39 of our own articles (eval/own/pending): wire copy on a truce two armies signed, a
reader's question on how a war ended, newspaper copy with a factbox, agency copy on a framework deal initialled in one
capital and signed in another, and a bloc's statement as a witness of a signing. Each is tested on text written for
it."""

from records import of_type, roles


def test_a_common_word_the_model_took_for_a_name_is_no_place(extract):
    [attack] = of_type(extract("Government troops killed the rebel leader in the eastern bush on Friday.",
                               published="2002-02-23"), "attack")
    assert attack.place is None or attack.place.country != "EGY"


def test_a_clause_on_the_broker_names_no_broker(extract):
    text = ("President Omar al-Bashir attended the ceremony with Chad's President Idriss Deby.\n\n"
            "The accord was initialled on Saturday after talks brokered by Deby, whose government had long been "
            "accused by Khartoum of backing the rebels.")
    [talks] = of_type(extract(text, published="2010-02-23"), "talks")
    assert {code for code, role in roles(talks) if role == "mediator"} == {"TCD"}


def test_those_who_sign_a_deal_as_its_witnesses_are_its_brokers_not_a_deal_of_their_own(extract):
    text = ("Today in Nay Pyi Taw the Government of Myanmar and the Karen National Union signed the Nationwide "
            "Ceasefire Agreement. The European Union, which signed the agreement as an international witness "
            "together with the United Nations, China, India, Japan and Thailand, welcomes this step.")
    [truce] = of_type(extract(text, published="2015-10-15"), "ceasefire")
    assert {code for code, role in roles(truce) if role == "mediator"} == {"EU", "UN", "CHN", "IND", "JPN", "THA"}
    assert {"MMR", "KNU"} <= {code for code, role in roles(truce) if role == "participant"}


def test_signatories_named_apart_are_the_sides_of_the_deal_told_before(extract):
    text = ("Today in Nay Pyi Taw the Government of Myanmar and eight ethnic armed organisations signed the "
            "Nationwide Ceasefire Agreement.\n\n"
            "Among its signatories is the Karen National Union, whose war with the central government is one of the "
            "longest in the world.\n\n"
            "Fighting between the army and the Kachin Independence Army in Kachin state continued this month.")
    [truce] = of_type(extract(text, published="2015-10-15"), "ceasefire")
    assert {code for code, role in roles(truce) if role == "participant"} == {"MMR", "KNU"}


def test_one_who_fights_on_is_no_signatory(extract):
    text = ("Today the Government of Myanmar and eight ethnic armed organisations signed the Nationwide Ceasefire "
            "Agreement.\n\n"
            "Fighting between the army and the Kachin Independence Army in Kachin state continued this month.")
    [truce] = of_type(extract(text, published="2015-10-15"), "ceasefire")
    assert "KIA" not in {code for code, role in roles(truce)}


def test_the_day_of_what_a_since_names_is_not_the_deal_s(extract):
    text = ("Today in Nay Pyi Taw the Government of Myanmar and the Karen National Union signed the Nationwide "
            "Ceasefire Agreement.\n\n"
            "The agreement is the first meant to cover the whole country since independence in 1948.")
    truces = of_type(extract(text, published="2015-10-15"), "ceasefire")
    assert [t.date.start for t in truces] == ["2015-10-15"]


def test_a_leader_named_by_the_group_he_leads_stands_for_it_throughout(extract):
    text = ("Sierra Leone's President Ahmad Tejan Kabbah and the rebel leader Foday Sankoh signed a peace agreement "
            "in the Togolese capital on Wednesday.\n\n"
            "The accord gives Sankoh's Revolutionary United Front four posts in government.")
    [deal] = of_type(extract(text, published="1999-07-08"), "agreement")
    assert {code for code, role in roles(deal) if role == "participant"} == {"SLE", "RUF"}



def test_talks_hosted_by_a_head_of_state_are_held_in_his_country(extract):
    text = ("LOME, July 7 - The accord, reached after six weeks of talks hosted by Togo's President Gnassingbe "
            "Eyadema, gives the rebels four posts in government.")
    [talks] = of_type(extract(text, published="1999-07-08"), "talks")
    assert talks.place is not None and talks.place.country == "TGO"


def test_it_signed_after_a_passage_on_an_accord_and_its_talks_is_the_accord(extract):
    text = ("Sierra Leone's President Ahmad Tejan Kabbah and the rebel leader Foday Sankoh signed a peace agreement "
            "in the Togolese capital on Wednesday.\n\n"
            "The accord, reached after six weeks of talks hosted by Togo's President Gnassingbe Eyadema, grants the "
            "rebels a full amnesty.\n\n"
            "The United Nations signed it as a moral guarantor.")
    [deal] = of_type(extract(text, published="1999-07-08"), "agreement")
    assert "UN" in {code for code, role in roles(deal) if role == "mediator"}


def test_the_two_neighbours_are_the_last_two_states_named(extract):
    text = ("Sudan's government and the Justice and Equality Movement signed a framework agreement in Doha on "
            "Tuesday. President Omar al-Bashir attended the ceremony with Chad's President Idriss Deby.\n\n"
            "The accord was initialled in N'Djamena on Saturday after talks brokered by Deby, whose government had "
            "long been accused by Khartoum of backing the rebels. The two neighbours agreed last month to stop "
            "backing each other's rebels.")
    deals = [e for e in of_type(extract(text, published="2010-02-23"), "agreement") if e.date.start == "2010-01"]
    assert [{code for code, role in roles(d) if role == "participant"} for d in deals] == [{"SDN", "TCD"}]


def test_a_deal_a_framework_includes_is_agreed_by_its_signers(extract):
    text = ("Sudan's government and the Justice and Equality Movement signed a framework agreement in the Qatari "
            "capital on Tuesday that includes a ceasefire and commits them to reach a final peace deal by "
            "mid-March.")
    [truce] = of_type(extract(text, published="2010-02-23"), "ceasefire")
    assert truce.status == "agreed" and truce.date.start == "2010-02-23"
    assert {code for code, role in roles(truce) if role == "participant"} == {"SDN", "JEM"}


def test_a_release_a_leader_says_will_be_made_is_his_states(extract):
    text = ("Bashir said on Tuesday that half of the JEM fighters held since the group's 2008 attack on Omdurman "
            "would be freed at once.")
    [release] = of_type(extract(text, published="2010-02-23"), "prisoner_exchange")
    assert {code for code, role in roles(release) if role == "participant"} == {"SDN", "JEM"}
    assert [a.status for a in of_type(extract(text, published="2010-02-23"), "attack")] in ([], ["occurred"])


def test_the_broker_of_a_deal_s_initialling_brokered_its_signing(extract):
    text = ("Sudan's government and the Justice and Equality Movement signed a framework agreement in the Qatari "
            "capital on Tuesday.\n\n"
            "The accord was initialled in N'Djamena on Saturday after talks brokered by Chad's President Idriss "
            "Deby.")
    deals = of_type(extract(text, published="2010-02-23"), "agreement")
    assert {d.status: {code for code, role in roles(d) if role == "mediator"} for d in deals} == {
        "signed": {"TCD"}, "agreed": {"TCD"}}


def test_a_side_that_suspended_its_offensive_declared_a_truce(extract):
    [truce] = of_type(extract("The army had suspended offensive operations on March 13 to let UNITA commanders "
                              "regroup and talk.", published="2002-04-04"), "ceasefire")
    assert truce.status == "announced" and truce.date.start == "2002-03-13"


def test_an_act_in_a_list_keeps_the_phrases_told_after_it(extract):
    text = ("Iran held out for a year, until a string of defeats on the front and the shooting down of an Iranian "
            "airliner by a U.S. warship over the Gulf in early July 1988, which killed all 290 people on board.")
    [attack] = of_type(extract(text, published="2018-08-20"), "attack")
    assert dict(roles(attack)) == {"USA": "initiator", "IRN": "target"}
    assert attack.quantities.get("killed") == 290


ANGOLA = ("Angola's army and the UNITA rebel movement signed a ceasefire in Luanda on Thursday.\n\n"
          "The memorandum of understanding was signed at the parliament building by the army's chief of staff and "
          "UNITA's military commander. Officers of the two sides had initialled it on Saturday in Luena, the capital "
          "of Moxico province, where the talks were held.\n\n"
          "Diplomats from the United Nations and from Portugal, Russia and the United States, the three countries "
          "that oversaw Angola's earlier peace accords, attended as observers.")


def test_the_memorandum_signed_is_the_truce_and_its_initialling_a_step_of_it(extract):
    events = extract(ANGOLA, published="2002-04-04")
    assert not of_type(events, "agreement")  # (nor the earlier accords, only recalled)
    truces = of_type(events, "ceasefire")
    assert sorted((t.status, t.date.start, t.place.name) for t in truces) == [
        ("agreed", "2002-03-30", "Luena"), ("agreed", "2002-04-04", "Luanda")]


def test_talks_a_where_clause_is_on_were_held_at_that_place(extract):
    [talks] = of_type(extract(ANGOLA, published="2002-04-04"), "talks")
    assert talks.place is not None and talks.place.name == "Luena"


def test_terms_put_for_a_truce_are_no_truce_agreed(extract):
    text = "Kyiv has a week to study Moscow's terms for a ceasefire, which include a 30-day halt to air strikes."
    assert "agreed" not in {e.status for e in of_type(extract(text, published="2025-07-01"), "ceasefire")}


def test_one_named_beside_a_body_s_office_stands_for_the_body(extract):
    text = ("On July 18, 1988 Tehran told the Secretary-General, Javier Perez de Cuellar, that it would comply.\n\n"
            "Perez de Cuellar announced on Aug. 8 that Iran and Iraq had agreed to stop firing on Aug. 20.")
    [truce] = of_type(extract(text, published="2018-08-20"), "ceasefire")
    assert dict(roles(truce)) == {"IRN": "participant", "IRQ": "participant", "UN": "mediator"}


def test_a_truce_agreed_to_start_on_a_later_day_was_agreed_the_day_it_was_announced(extract):
    text = "Officials said on Aug. 8 that Iran and Iraq had agreed to stop firing on Aug. 20."
    [truce] = of_type(extract(text, published="1988-08-09"), "ceasefire")
    assert truce.status == "agreed" and truce.date.start == "1988-08-08"


def test_a_truce_a_resolution_demands_is_called_for_by_its_makers_when_they_made_it(extract):
    text = ("In July 1987 the UN Security Council passed Resolution 598, which demanded that Iran and Iraq stop "
            "fighting at once and pull their forces back to the international border.")
    [truce] = of_type(extract(text, published="2018-08-20"), "ceasefire")
    assert (truce.status, truce.date.start) == ("called_for", "1987-07")
    assert dict(roles(truce)) == {"UN": "initiator", "IRN": "target", "IRQ": "target"}


def test_those_a_body_demands_stop_fighting_are_asked_to(extract):
    [truce] = of_type(extract("The UN demanded that Iran and Iraq stop fighting.", published="1987-07-21"),
                      "ceasefire")
    assert dict(roles(truce)) == {"UN": "initiator", "IRN": "target", "IRQ": "target"}


def test_talks_met_for_the_first_time_somewhere_with_one_in_the_chair(extract):
    text = ("The foreign ministers of Iran and Iraq met for the first time in Geneva on Monday, with the "
            "Secretary-General in the chair.")
    [talks] = of_type(extract(text, published="1988-08-26"), "talks")
    assert talks.place is not None and talks.place.name == "Geneva"
    assert dict(roles(talks)) == {"IRN": "participant", "IRQ": "participant", "UN": "mediator"}


def test_those_talks_are_the_talks_told_before(extract):
    text = ("The foreign ministers of Iran and Iraq met for the first time in Geneva on Aug. 25, with the "
            "Secretary-General in the chair.\n\n"
            "Those talks went nowhere for two years.")
    assert len(of_type(extract(text, published="1988-09-01"), "talks")) == 1
