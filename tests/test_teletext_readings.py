"""A teletext page (batch 52 of our own articles): forty columns, each paragraph hard-wrapped, read as its paragraphs,
a day whose month the next line carries, and a clause "seven weeks after" something told with its own day. Tested on
text written for it."""

from records import codes, of_type
from trucewatch.ingest.clean import clean

PAGE = """P204   TELETEXT 204  Mon 12 Apr  19:05/41

      RIVAL MILITIAS SIGN TRUCE DEAL

  The two militias fighting for the port
  have signed a truce in Lome, Togo, the
  mediators said on Monday evening.

  Charles Taylor's NPFL and the ULIMO
  militia agreed to a ceasefire from 1
  May, to be watched by West African
  peacekeepers.

  The deal comes three weeks after some
  40 villagers were killed in an attack
  near Gbarnga on 22 March.

                                     1/1
"""


def test_a_page_wrapped_at_forty_columns_is_read_in_paragraphs():
    said = [PAGE[s.start:s.end] for s in clean(PAGE, published="1993-04-12").segments if s.kind == "body"]
    assert [" ".join(p.split()) for p in said][:3] == [
        "The two militias fighting for the port have signed a truce in Lome, Togo, the mediators said on Monday "
        "evening.",
        "Charles Taylor's NPFL and the ULIMO militia agreed to a ceasefire from 1 May, to be watched by West African "
        "peacekeepers.",
        "The deal comes three weeks after some 40 villagers were killed in an attack near Gbarnga on 22 March."]


def test_lines_of_fields_are_not_a_wrapped_paragraph():
    fields = [("File Name", "LBR_truce_1993-04-12_004.jpg"), ("File Size", "2.1 MB of image data here"),
              ("City", "Monrovia, the capital of it"), ("Country", "Liberia, in West Africa there"),
              ("Keywords", "truce, Liberia, NPFL, ULIMO"), ("Headline", "Rival militias sign a truce"),
              ("By-line", "Staff photographer in town"), ("Credit", "the picture desk of the day"),
              ("Caption", "Leaders sign a truce, 12 April")]
    listing = "\n".join(f"{key:<16}: {value}" for key, value in fields)
    assert len(clean(listing).segments) == len(fields)  # (each a field of its own, however wide)


def test_a_teletext_page_s_events_take_their_sides_days_and_places(extract):
    events = extract(PAGE, published="1993-04-12")
    agreed = [t for t in of_type(events, "ceasefire") if "NPFL" in codes(t)]
    assert agreed and all(codes(t, "participant") >= {"NPFL", "ULIMO"} for t in agreed)  # (Taylor, in 1993, for his
    # NPFL)
    assert all(t.date.start == "1993-04-12" for t in agreed)  # (agreed that day, to start on 1 May)
    [attack] = of_type(events, "attack")
    assert attack.date.start == "1993-03-22" and attack.place.country == "LBR"  # (its own day, not three weeks
    # before it)


def test_talks_brokered_by_a_grouping_together_with_others_have_them_all_as_mediators(extract):
    [talks] = of_type(extract("The talks in Cotonou were brokered by the West African grouping Ecowas together with "
                              "the UN and the OAU.", published="1993-07-25"), "talks")
    assert codes(talks, "mediator") == {"ECOWAS", "UN", "OAU"}
