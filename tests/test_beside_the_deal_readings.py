"""What a paragraph tells beside a deal its sides made (batch 51 of our own articles): a bare "mediated" right after
it names the deal's mediators, not talks of their own, and a truce no side is named for, told next, is those sides'
truce. Tested on text written for it."""

from records import codes, of_type, roles

SIGNED = ("The accords that ended the first round of the war were signed in Lisbon on 31 May 1991 by President Jose "
          "Eduardo dos Santos and Jonas Savimbi of UNITA.")


def test_a_bare_mediated_after_a_deal_names_its_mediators(extract):
    events = extract(SIGNED + " Portugal mediated, with the United States and the Soviet Union as observers.",
                     published="2019-06-01")
    assert not of_type(events, "talks")
    [deal] = of_type(events, "agreement")
    assert codes(deal, "mediator") == {"PRT", "USA", "SUN"} and codes(deal, "participant") == {"AGO", "UNITA"}


def test_mediation_with_a_partner_or_on_a_day_of_its_own_is_still_talks(extract):
    dated = extract(SIGNED + " Portugal mediated in Estoril in April 1991.", published="2019-06-01")
    assert [t.date.start for t in of_type(dated, "talks")] == ["1991-04"]
    partnered = extract(SIGNED + " The UN envoy mediated with Portugal.", published="2019-06-01")
    assert of_type(partnered, "talks")


def test_a_truce_told_next_with_no_side_is_the_truce_of_the_deal_s_sides(extract):
    events = extract("On 27 January 1973 the United States, North Vietnam, South Vietnam and the Provisional "
                     "Revolutionary Government signed the agreement in Paris. A ceasefire across South Vietnam took "
                     "effect at eight o'clock the next morning.", published="2023-01-27")
    [truce] = of_type(events, "ceasefire")
    assert roles(truce) == {(c, "participant") for c in ("USA", "VNM", "RVN", "PRG")}
    general = extract("On 27 January 1973 the United States and North Vietnam signed the agreement in Paris. What "
                      "ended the fighting was a ceasefire.", published="2023-01-27")
    assert all(not t.actors for t in of_type(general, "ceasefire"))


def test_the_truce_of_a_deal_signed_by_its_leaders_is_their_sides_truce(extract):
    [truce] = of_type(extract(SIGNED + " A ceasefire had held since 15 May.", published="2019-06-01"), "ceasefire")
    assert roles(truce) == {("AGO", "participant"), ("UNITA", "participant")}
    assert truce.date.start == "1991-05-15"
