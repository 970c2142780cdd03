"""Sides a sentence names together with words batch 51 of our own articles asked for: "the rebel movements", all the
armed movements the article has named; prisoners of war, whose army is the side they go back to; and a deal signed in
the sentence that tells talks of some of its sides, made where they met. Tested on text written for it."""

from records import codes, of_type

BRIEFING = ("On 19 April 2002 the government of Joseph Kabila and Jean-Pierre Bemba's Movement for the Liberation of "
            "the Congo reached a deal, which the RCD-Goma rejected. Talks resumed in Pretoria in October, and on 17 "
            "December 2002 the government, the rebel movements, the opposition and civil society signed the "
            "agreement.")


def test_the_rebel_movements_are_all_the_armed_movements_named_and_sign_where_the_talks_met(extract):
    [signed] = [d for d in of_type(extract(BRIEFING, published="2003-01-20"), "agreement") if d.status == "signed"]
    assert codes(signed, "participant") == {"COD", "MLC", "RCD"}
    assert signed.place is not None and signed.place.country == "ZAF"  # (Pretoria, where the talks resumed)


def test_prisoners_of_war_go_back_to_their_army_s_side(extract):
    [release] = of_type(extract("North Vietnam freed the first American prisoners of war on 12 February 1973.",
                                published="2023-02-12"), "prisoner_exchange")
    assert codes(release, "participant") == {"VNM", "USA"}
    [hostages] = of_type(extract("Hamas freed six Israeli hostages on Saturday.", published="2025-02-10"),
                         "prisoner_exchange")
    assert codes(hostages, "participant") == {"HAMAS"}  # (people freed, no army named)
