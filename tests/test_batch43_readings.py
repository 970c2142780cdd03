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
    assert deal.date.start[:4] == "1999"


def test_a_day_without_its_year_after_a_day_far_back_is_in_the_nearer_year(extract):
    text = ("The Rambouillet talks ran from 6 February 1999. NATO began bombing on 24 March. NATO suspended its air "
            "strikes on 10 June, once the withdrawal had begun.")
    [halt] = of_type(extract(text, published="2024-06-10"), "ceasefire")
    assert halt.date.start[:10] == "1999-06-10"
