"""Readings batch 50 of our own articles asked for: a news search service's JSON answer read as its text fields,
and a dated line's weekdays read from the day it leads with. Each is tested on text written for it."""

import json

from records import codes, of_type
from trucewatch.ingest.clean import clean
from trucewatch.ingest.jsontext import is_json, text_fields
from trucewatch.nlp.when import lead_day

ANSWER = json.dumps({"status": "ok", "totalResults": 1, "articles": [{
    "source": {"id": None, "name": "Horn Desk"}, "title": "Truce signed in Djibouti",
    "url": "https://horn.example/2000/05/03/truce", "publishedAt": "2000-05-03T16:00:00Z",
    "content": "The government and the rebels signed a ceasefire agreement in Djibouti on Wednesday, under "
               "mediation by the African Union \u2026 [+950 chars]"}]})


def test_a_json_answer_is_read_as_its_text_fields_alone():
    assert is_json(ANSWER) and not is_json('{"a": 1') and not is_json("Peace talks resume")
    fields = text_fields(ANSWER)
    assert [ANSWER[a:b].startswith(("Truce", "2000-05-03")) for a, b, _, _ in fields] == [True, True]
    assert [title for *_, title in fields] == [True, False]
    segments = clean(ANSWER).segments
    assert len(segments) == 2 and not any("url" in ANSWER[s.start:s.end] for s in segments[:1])


def test_an_article_s_text_in_a_json_answer_is_read_from_its_own_day(extract):
    truces = of_type(extract(ANSWER, published="2000-06-20"), "ceasefire")
    assert [(t.status, t.date.start) for t in truces] == [("agreed", "2000-05-03")]
    assert "AU" in codes(truces[0], "mediator")
    assert "chars" not in truces[0].evidence.text and '"url"' not in truces[0].evidence.text


def test_a_line_led_by_a_full_date_reads_its_weekdays_from_that_day(extract):
    assert lead_day("3 May 2000: The rebels signed on Wednesday.", "2000-06-20") == "2000-05-03"
    assert lead_day("Ukraine: talks resumed on Wednesday.", "2000-06-20") is None
    assert lead_day("3 May: talks resumed on Wednesday.", "2000-06-20") is None  # (no year: not a full date)
    text = ("Timeline\n\n3 May 2000: The government and the rebels signed a ceasefire in Djibouti on Wednesday.\n\n"
            "9 June 2000: Talks resumed in Djibouti.")
    truces = of_type(extract(text, published="2000-06-20"), "ceasefire")
    assert [t.date.start for t in truces] == ["2000-05-03"]
