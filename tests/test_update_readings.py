"""Readings found on batch 24 of our own articles (eval/own/pending): a general staff's morning update, a wire story
on an attack, a what-we-know list, an aid group's press release and a story built on leaders' posts. Each is tested on
sentences written for it."""

from records import of_type, roles


def test_an_update_s_our_forces_are_its_issuer_s_and_the_enemy_is_its_foe(extract):
    events = extract("General Staff of the Armed Forces of Ukraine: operational update as of 08:00, 12 March\n\nOver "
                     "the past day, 105 combat clashes took place between our forces and the Russian army along the "
                     "front line.\n\nThe enemy launched 2 missile strikes and 63 air strikes.", published="2025-03-12")
    clashes, strikes = of_type(events, "attack")
    assert {("UKR", "participant"), ("RUS", "participant")} <= roles(clashes)
    assert clashes.quantities == {"attacks": 105}
    assert ("RUS", "initiator") in roles(strikes)


def test_the_dead_counted_when_fighters_attacked_are_that_attack_s_toll(extract):
    [attack] = of_type(extract("At least 37 people were killed and 212 wounded when al-Shabaab fighters attacked Lido "
                               "beach in Mogadishu on Friday night, police said on Saturday.", published="2024-08-03"),
                       "attack")
    assert attack.date.start == "2024-08-02" and attack.quantities == {"killed": 37, "injured": 212}
    assert roles(attack) == {("SHABAAB", "initiator")}


def test_whom_a_group_is_linked_to_is_no_actor_of_its_deeds(extract):
    events = extract("Al-Shabaab fighters attacked Lido beach on Friday night. The al-Qaeda-linked group said in a "
                     "statement that it had carried out the attack. President Hassan Sheikh Mohamud condemned the "
                     "attack.", published="2024-08-03")
    assert all("ALQAEDA" not in {code for code, _ in roles(e)} for e in events)
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("SOM", "initiator"), ("SHABAAB", "target")}


def test_calling_the_strike_state_terrorism_accuses_who_struck(extract):
    events = extract("Israel carried out an air strike on a building in Doha on Tuesday. Qatar, which has mediated "
                     "between Israel and Hamas, called the strike state terrorism and a flagrant violation of "
                     "international law.", published="2025-09-10")
    [charge] = of_type(events, "accusation")
    assert roles(charge) == {("QAT", "initiator"), ("ISR", "target")}


def test_a_witness_to_a_signing_mediates_it_and_a_route_agreed_is_a_deal_of_its_own(extract):
    events = extract("\"Today Azerbaijan and Armenia initialled the text of a peace agreement and signed a joint "
                     "declaration, with President Trump as our witness,\" Aliyev wrote.\n\nPashinyan posted that the "
                     "two countries had agreed to open a transit route across southern Armenia.",
                     published="2025-08-08")
    deals = of_type(events, "agreement")
    assert len(deals) == 3
    [signed] = [d for d in deals if d.status == "signed"]
    assert ("USA", "mediator") in roles(signed)
    assert not of_type(extract("Trucks used the main trade route through the town.", published="2025-08-08"),
                       "agreement")


def test_the_enemy_strikes_the_issuer_and_whoever_attacks_our_defenders_is_the_enemy(extract):
    events = extract("General Staff of the Armed Forces of Ukraine: operational update as of 08:00, 12 March\n\n"
                     "Over the past day, 105 combat clashes took place between our forces and the Russian army.\n\n"
                     "The enemy launched 2 missile strikes and 63 air strikes, dropping 91 guided aerial bombs.\n\n"
                     "The most intense fighting was in the Pokrovsk direction, where our defenders repelled 36 "
                     "assaults near Pokrovsk.", published="2025-03-12")
    strikes = next(e for e in of_type(events, "attack") if "enemy launched" in e.evidence.text)
    assert roles(strikes) == {("RUS", "initiator"), ("UKR", "target")}
    assaults = next(e for e in of_type(events, "attack") if "repelled" in e.evidence.text)
    assert roles(assaults) == {("RUS", "initiator"), ("UKR", "target")}
    assert (assaults.place.name, assaults.place.country) == ("Pokrovsk", "UKR")
