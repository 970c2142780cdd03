"""A security desk's log of text alerts (batch 52 of our own articles): days written in figures, day first or month
first as the log's own plain days show, each line's stamp the day its "today" and "tonight" are, its label and the
sender's initials no words, and a government named "Govt" after the stamp. Tested on text written for it."""

from datetime import date

from records import codes, of_type
from trucewatch.nlp.when import DAY_FIRST, day_first_in, find_dates

LOG = """FIELD SECURITY - SMS ALERT LOG - NEPAL
Exported 30/06/2006 08:10.

19/04/2006 21:14 [ALL STAFF] Maoist chairman Prachanda announces a unilateral ceasefire from today. -SD
07/05/2006 18:02 [ALL STAFF] Govt declares indefinite ceasefire. -SD
26/05/2006 16:40 [KTM] Govt and Maoist negotiators met at Gokarna today. -SD
"""


def test_a_text_s_plain_days_tell_which_way_it_writes_them():
    assert day_first_in("26/04/2006 and 03/05/2006") and not day_first_in("4/26/2006 and 5/3/2006")
    assert day_first_in("03/05/2006")  # (none tells: day first, as most of the world writes it)
    token = DAY_FIRST.set(False)
    try:
        assert [f.when.start for f in find_dates("on 03/05/2006", date(2006, 6, 1))] == ["2006-03-05"]
    finally:
        DAY_FIRST.reset(token)
    assert [f.when.start for f in find_dates("on 03/05/2006", date(2006, 6, 1))] == ["2006-05-03"]


def test_each_alert_is_told_on_its_stamp_s_day(extract):
    events = extract(LOG, published="2006-06-30")
    truces = sorted(of_type(events, "ceasefire"), key=lambda e: e.date.start)
    assert [t.date.start[:10] for t in truces] == ["2006-04-19", "2006-05-07"]
    assert codes(truces[0], "initiator") == {"CPNM"} and codes(truces[1], "initiator") == {"NPL"}
    [talks] = of_type(events, "talks")
    assert talks.date.start[:10] == "2006-05-26" and codes(talks, "participant") >= {"CPNM"}
