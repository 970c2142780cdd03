"""Readings a briefing's text drawn from a PDF asked for (batch 51 of our own articles): a word the page broke at a
line's end read whole where whole it is a word, and a note's number glued to a sentence's stop read as no word. Tested
on text written for it."""

from records import codes, of_type
from trucewatch.ingest.clean import clean
from trucewatch.nlp.pipeline import a_word

PAGE = ("Talks between the two movements went on through the spring, and the deal they reached at the end of May, "
        "which the Eastern Front and two smaller parties reject-\n"
        "ed outright, set up a power-\n"
        "sharing council.3 The council first met in June.\n")


def _read(text, segment):
    said = text[segment.start:segment.end]
    for a, b, words in sorted(segment.blank, reverse=True):
        said = said[:a] + words.ljust(b - a) + said[b:]
    return " ".join(said.split())


def test_a_word_broken_at_a_line_s_end_is_read_whole_and_a_compound_stays_as_printed():
    [paragraph] = clean(PAGE, word_ok=a_word).segments
    assert _read(PAGE, paragraph) == (
        "Talks between the two movements went on through the spring, and the deal they reached at the end of May, "
        "which the Eastern Front and two smaller parties rejected outright, set up a power- sharing council. The "
        "council first met in June.")
    assert PAGE[paragraph.start:paragraph.end] == PAGE.strip()  # (read so, the text itself is kept)
    assert a_word("Inclusive") and a_word("rejected") and not a_word("powersharing")


def test_without_a_test_of_words_no_break_is_joined():
    [paragraph] = clean(PAGE).segments  # (one paragraph still: its lines are wrapped)
    assert "rejected" not in _read(PAGE, paragraph)


def test_a_briefing_s_broken_words_and_note_numbers_do_not_hide_its_events(extract):
    text = ("The dialogue opened at Sun City, South Africa, on 25 February 2002.1 On 19 April 2002 the government "
            "of Joseph Kabila and Jean-Pierre Bemba's Movement for the Liberation of the Congo reached a deal "
            "there, which the RCD-Goma reject-\ned outright. On 17 December 2002 the government and the RCD-Goma "
            "signed the Global and In-\nclusive Agreement in Pretoria.2\n")
    deals = of_type(extract(text, published="2003-01-20"), "agreement")
    [rejected] = [d for d in deals if d.status == "rejected"]
    assert codes(rejected, "initiator") == {"RCD"}
    [reached] = [d for d in deals if d.status == "agreed"]
    assert reached.date.start == "2002-04-19" and codes(reached, "participant") == {"COD", "MLC"}
    assert reached.place is not None and reached.place.country == "ZAF"  # ("there": Sun City, its own sentence)
    [signed] = [d for d in deals if d.status == "signed"]
    assert signed.date.start == "2002-12-17" and codes(signed, "participant") >= {"COD", "RCD"}
