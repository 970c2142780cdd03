"""A blog post in Markdown (batch 52 of our own articles): its notes' marks read as no words, and talks told with no
place of their own held where the article's one deal was made; and a log's "KTM" as Kathmandu. Tested on text
written for it."""

from records import codes, of_type

POST = ("---\ntitle: \"The 2002 truce\"\ndate: 2022-02-22\ntags: [sri-lanka, ceasefire]\n---\n\n"
        "On 22 February 2002 the government of Sri Lanka and the LTTE signed the Ceasefire Agreement that Norway had "
        "brokered.[^1] It took effect the next day.\n\n[^1]: Norway was its facilitator.\n")


def test_a_markdown_note_s_mark_is_no_word(extract):
    events = extract(POST, published="2022-02-22")
    [signed] = [e for e in of_type(events, "ceasefire") if e.status == "agreed"]
    assert codes(signed, "participant") == {"LKA", "LTTE"} and codes(signed, "mediator") == {"NOR"}
    assert [e.date.start[:10] for e in of_type(events, "ceasefire") if e.status == "in_effect"] == ["2002-02-23"]


def test_talks_with_no_place_are_held_where_the_deal_was_made(extract):
    events = extract("The interim government, the NPFL and ULIMO signed a peace agreement in Cotonou, Benin, on 25 "
                     "July 1993. The talks were brokered by Ecowas.", published="1993-07-26")
    [talks] = of_type(events, "talks")
    assert talks.place is not None and talks.place.country == "BEN"


def test_ktm_in_a_log_is_kathmandu(extract):
    [deal] = of_type(extract("Nepal: the Comprehensive Peace Accord was signed tonight in KTM by PM Koirala and "
                             "Prachanda.", published="2006-11-21"), "agreement")
    assert deal.place is not None and deal.place.name == "Kathmandu"
