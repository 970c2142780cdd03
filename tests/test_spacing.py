"""A line's runs of blank (markup, labels and keys read as no words) are kept out of the parser's sight, and the parse
laid back on the line as it was read: offsets, tokens and names stay the line's own."""

from records import codes, of_type
from trucewatch.nlp.reparse import mend
from trucewatch.nlp.sentences import NAMES_KEY
from trucewatch.nlp.spacing import parse_all, shown

BLANKED = "The accord was signed in   Accra   by the   Liberian government   and the rebels  , with   Ghana   as host."


def parse(nlp, text):
    return next(parse_all(nlp.make_doc, nlp.pipe, [text]))


def test_a_line_without_blank_runs_is_parsed_as_it_is(nlp):
    doc = nlp.make_doc("The accord was signed in Accra.")
    assert shown(doc) is None


def test_the_parser_sees_the_words_alone_and_the_line_keeps_its_tokens_and_offsets(nlp):
    words, kept = shown(nlp.make_doc(BLANKED))
    assert "  " not in words.text and words.text.startswith("The accord was signed in Accra by the Liberian")
    doc = parse(nlp, BLANKED)
    assert doc.text == BLANKED and [t.text for t in doc] == [t.text for t in nlp.make_doc(BLANKED)]
    accra = next(t for t in doc if t.text == "Accra")
    assert BLANKED[accra.idx:accra.idx + 5] == "Accra" and accra.head.text == "in"
    for blank in (t for t in doc if t.is_space):
        assert blank.head.i == max(t.i for t in doc if not t.is_space and t.i < blank.i) and blank.dep_ == "dep"
    assert [s.text for s in doc.sents] == [BLANKED]


def test_a_blank_run_inside_a_name_stays_inside_it(nlp):
    text = "Talks were held with the United   Nations in Geneva."
    doc = parse(nlp, text)
    assert any(e.text.endswith("United   Nations") for e in doc.ents)


def test_known_names_are_counted_in_the_line_s_own_tokens(nlp):
    text = "The   ceasefire in   Sharm el-Sheikh was agreed by the   United Nations   and   Hamas  ."
    doc, plain = parse(nlp, text), parse(nlp, " ".join(text.split()))
    found = [doc[a:b].text for a, b in doc.user_data[NAMES_KEY]]
    assert found and found == [plain[a:b].text for a, b in plain.user_data[NAMES_KEY]]


def test_a_line_of_blank_alone_is_kept(nlp):
    doc = parse(nlp, "     ")
    assert doc.text == "     " and all(t.is_space and t.head.i == t.i for t in doc)


def test_observers_listed_in_wiki_links_are_each_read(extract):
    text = ("The '''Accra Accord''' was signed in [[Accra]] on 18 August 2003 by the [[Government of Liberia|Liberian "
            "government]] and [[Liberians United for Reconciliation and Democracy|LURD]], with [[ECOWAS]] as mediator "
            "and [[Ghana]], [[Nigeria]] and the [[United States]] as observers.")
    deals = of_type(extract(text, published="2024-02-01"), "agreement")
    assert deals and codes(deals[0], "mediator") >= {"GHA", "NGA", "USA"}


def test_a_heading_before_a_semicolon_is_no_subject_of_the_verb_after_it(nlp):
    doc = mend(parse(nlp, "Signing of an agreement between the government and the front, on Sunday, 21 October 2018, "
                          "10:00 local time, in Asmara; the venue will be given to accredited journalists"))
    signing, given = doc[0], next(t for t in doc if t.text == "given")
    assert signing.dep_ == "ROOT" and given.head.i == signing.i
    assert next(t for t in doc if t.text == "venue").head.i == given.i
