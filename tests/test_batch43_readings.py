"""Readings found on batch 43 of our own articles (eval/own/pending): a museum room's labels, a correspondent's
diary republished twenty years on, a glossary, a news quiz and a podcast's show notes. Each is tested on text written
for it."""

from records import of_type, roles


def _sides(event, role="participant"):
    return {code for code, r in roles(event) if r == role}


DIARY = ("Twenty years ago this week, the war ended with a peace agreement. These are entries from my notebook.\n\n"
         "Wednesday 4 June, Accra\n"
         "The peace talks opened this morning between the government and the rebels of LURD.\n\n"
         "Wednesday 25 June, Monrovia\n"
         "This morning mortar bombs were falling near the port, and three people were killed.")


def test_a_diary_s_day_lines_are_days_of_the_year_it_tells_of_and_name_where_the_writer_was(extract):
    events = extract(DIARY, published="2023-08-18")
    [talks] = of_type(events, "talks")
    assert talks.date.start[:10] == "2003-06-04"  # (4 June was a Wednesday in 2003, not in 2023)
    assert talks.place.country == "GHA"
    [attack] = of_type(events, "attack")
    assert attack.date.start[:10] == "2003-06-25"
    assert attack.place.country == "LBR"


def test_years_ago_this_week_is_the_week_so_many_years_back(extract):
    text = "Twenty-five years ago this week, NATO signed an agreement with Yugoslavia."
    [deal] = of_type(extract(text, published="2024-06-10"), "agreement")
    assert (deal.date.start, deal.date.end) == ("1999-06-07", "1999-06-13")


def test_a_day_without_its_year_after_a_day_far_back_is_in_the_nearer_year(extract):
    text = ("The Rambouillet talks ran from 6 February 1999. NATO suspended its air strikes on 10 June, once the "
            "withdrawal had begun.")
    [halt] = of_type(extract(text, published="2024-06-10"), "ceasefire")
    assert halt.date.start[:10] == "1999-06-10"


def test_who_sat_across_from_whom_with_a_mediator_beside_them_are_the_sides(extract):
    text = ("President Charles Taylor sat across from the rebels of LURD and MODEL, with the former Nigerian leader "
            "Abdulsalami Abubakar mediating for ECOWAS.")
    [talks] = of_type(extract(text, published="2003-06-04"), "talks")
    assert _sides(talks) == {"LBR", "LURD", "MODEL"}
    assert _sides(talks, "mediator") == {"ECOWAS"}


def test_a_government_listed_with_two_groups_signs_with_them_and_who_stood_beside_them_mediates(extract):
    text = ("Liberia's war ended. The government, LURD and MODEL signed a comprehensive peace agreement in Accra "
            "this afternoon, with Abdulsalami Abubakar beside them.")
    [deal] = of_type(extract(text, published="2003-08-18"), "agreement")
    assert _sides(deal) == {"LBR", "LURD", "MODEL"}
    assert _sides(deal, "mediator") == {"ECOWAS"}


def test_talks_between_two_sides_that_began_and_were_led_by_a_moderator(extract):
    text = ("Talks between the URNG and the government of Guatemala began in Oslo in 1990 and were led from January "
            "1994 by a UN moderator, Jean Arnault.")
    [talks] = of_type(extract(text, published="2021-12-29"), "talks")
    assert _sides(talks) == {"URNG", "GTM"}
    assert _sides(talks, "mediator") == {"UN"}
    assert talks.date.start == "1990"  # (when they began, not when the moderator took over)


def test_fighting_that_never_resumed_did_not_happen(extract):
    attacks = of_type(extract("The fighting never resumed.", published="2021-12-29"), "attack")
    assert all(e.negated for e in attacks)
    [attack] = of_type(extract("The shelling resumed on Friday.", published="2021-12-29"), "attack")
    assert not attack.negated


def test_a_halt_of_counterinsurgency_operations_days_after_the_other_side_s_is_its_own(extract):
    text = ("In March 1996 the URNG suspended its offensive actions in Guatemala, and the army halted its "
            "counterinsurgency operations a few days later.")
    truces = of_type(extract(text, published="2021-12-29"), "ceasefire")
    assert {tuple(sorted(_sides(e, "initiator"))) for e in truces} == {("URNG",), ("GTM",)}
    assert all(e.date.start == "1996-03" for e in truces)


def test_a_deal_s_title_is_no_deal_told_before_and_the_place_after_it_is_the_signing_s(extract):
    text = ("In March 1996 the URNG suspended its offensive actions. Used by President Alvaro Arzu to sign the "
            "Agreement on a Firm and Lasting Peace at the National Palace in Guatemala City on 29 December 1996.")
    deals = [e for e in extract(text, published="2021-12-29") if e.date and e.date.start == "1996-12-29"]
    assert [(e.type, e.status) for e in deals] == [("agreement", "signed")]
    assert deals[0].place.country == "GTM"


def test_terms_you_will_meet_are_no_talks(extract):
    text = ("The government and the MILF held talks in Kuala Lumpur in 2001. Here are the terms you will meet. Putin "
            "will meet Erdogan on Friday.")
    talks = of_type(extract(text, published="2019-01-21"), "talks")
    assert not [e for e in talks if "terms" in e.evidence.text]
    assert len(talks) == 2


def test_a_campaign_s_high_point_is_no_side_and_whose_base_was_taken_was_struck(extract):
    text = ("The offensive President Joseph Estrada ordered against the MILF in March 2000. Its high point was the "
            "capture of Camp Abubakar, the MILF's main base, on July 9, 2000.")
    [taking] = [e for e in of_type(extract(text, published="2019-01-21"), "attack")
                if e.date and e.date.start == "2000-07-09"]
    assert ("MILF", "target") in roles(taking)
    assert ("MILF", "initiator") not in roles(taking)


def test_a_quiz_question_takes_as_known_what_its_past_relative_clause_tells(extract):
    text = ("NATO began bombing Yugoslavia on 24 March 1999.\n\n"
            "3. Which two envoys brought the peace plan that Slobodan Milosevic accepted on 3 June?")
    [accepted] = of_type(extract(text, published="2024-06-10"), "proposal")
    assert accepted.status == "accepted" and accepted.modality == "asserted"
    assert ("SRB", "initiator") in roles(accepted)
    assert accepted.date.start == "1999-06-03"
    assert not of_type(extract("Will Russia accept the plan that Ukraine proposed?", published="2024-06-10"),
                       "proposal")
