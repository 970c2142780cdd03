"""Readings found on batch 32 of our own articles (eval/own/pending): a rebel campaign told city by city, a strike
and the toll its target gives, a headline over the lede that tells the same taking. Each is tested on sentences
written for it."""

from records import of_type, roles


def test_the_capture_of_a_city_is_placed_in_the_city_taken(extract):
    [attack] = of_type(extract("The army said the capture of Walikale, the largest town in the area, was a "
                               "violation of the truce.", published="2025-03-20"), "attack")
    assert attack.place is not None and attack.place.name == "Walikale"


def test_a_place_taken_without_its_taker_in_one_side_s_campaign_is_that_side_s(extract):
    events = extract("M23 rebels took control of Bukavu on Sunday. The fall of Bukavu follows the capture of Goma, "
                     "the largest city in the east, in late January.", published="2025-02-17")
    [goma] = [e for e in of_type(events, "attack") if e.place is not None and e.place.name == "Goma"]
    assert ("M23", "initiator") in roles(goma) and goma.date.start == "2025-01"
    both = extract("Russian troops took Pokrovsk on Monday. Ukrainian forces retook Kupiansk on Tuesday. "
                   "The capture of Siversk was announced later.", published="2025-11-05")
    [siversk] = [e for e in of_type(both, "attack") if e.place is not None and e.place.name == "Siversk"]
    assert not roles(siversk) & {("RUS", "initiator"), ("UKR", "initiator")}  # (both sides take places here)


def test_a_headline_and_the_lede_telling_one_taking_are_one_record(extract):
    events = extract("M23 rebels take Congo's Bukavu\n\nGOMA, Congo, Feb 16 (Reuters) - M23 rebels took control of "
                     "the centre of Bukavu on Sunday, meeting little resistance, residents said.\n\nCongo's "
                     "government called the seizure of Bukavu a violation of the country's sovereignty.",
                     published="2025-02-16")
    [taking] = of_type(events, "attack")
    assert ("M23", "initiator") in roles(taking) and "took control" in taking.evidence.text


def test_the_toll_the_side_struck_gives_next_is_the_strike_s(extract):
    events = extract("U.S. and Britain strike Houthi targets\n\nSANAA, Jan 12 (Reuters) - U.S. and British warplanes "
                     "struck 16 Houthi sites across Yemen overnight, the U.S. military said.\n\nThe Houthis said "
                     "five of their fighters were killed and six wounded.", published="2024-01-12")
    [strike] = of_type(events, "attack")
    assert roles(strike) >= {("USA", "initiator"), ("HOUTHI", "target")}
    assert strike.quantities.get("killed") == 5 and strike.quantities.get("injured") == 6
