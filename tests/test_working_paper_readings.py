"""Readings batch 51 of our own articles asked for: a working paper's LaTeX source read as its prose (commands,
citations, ties and accents as what they stand for), and a list of signers the parser hung on one apposition read as
the list it is. Tested on text written for it."""

from records import codes, of_type
from trucewatch.ingest import markup

SOURCE = (r"\section{The Gbadolite accord}\label{sec:gbadolite}" "\n\n"
          r"The accord was signed at Gbadolite on 22~June~1989 by President Jos\'e Eduardo dos Santos and Jonas "
          r"Savimbi of UNITA.\footnote{Zaire hosted the meeting; see \citet{doe2001}.} A ceasefire held from "
          r"24~June, \citep[p.~40]{doe2001}." "\n")


def _as_read(line):
    marks = markup.read(line)
    said = line[marks.lead:len(line) - marks.tail]
    for a, b, words in sorted(marks.blank, reverse=True):
        said = said[:a] + words.ljust(b - a) + said[b:]
    return " ".join(said.split())


def test_latex_is_read_as_its_prose():
    assert _as_read(r"\section{The Gbadolite accord}\label{sec:gbadolite}") == "The Gbadolite accord"
    assert _as_read(r"signed on 22~June~1989 by Jos\'e Eduardo dos Santos.\footnote{See \citet{doe2001}.} Then") == \
        "signed on 22 June 1989 by Jose Eduardo dos Santos. See . Then"
    assert _as_read(r"the elections of 29--30 September 1992 (Table~\ref{tab:deaths}).") == \
        "the elections of 29-30 September 1992 (Table )."
    assert markup.read("Talks on 29--30 September ended in a draw.") is None  # (no command: no LaTeX to read)


def test_a_latex_source_s_events_take_their_days_and_sides(extract):
    events = extract(SOURCE, published="2019-06-01")
    [deal] = of_type(events, "agreement")
    assert deal.status == "signed" and deal.date.start == "1989-06-22"
    assert codes(deal, "participant") >= {"AGO", "UNITA"}
    truces = of_type(events, "ceasefire")
    assert [t.date.start for t in truces] == ["1989-06-24"]


def test_a_list_of_signers_hung_on_one_apposition_is_the_list(extract):
    said = ("On 27 January 1973 the United States, North Vietnam, South Vietnam and the Provisional Revolutionary "
            "Government, the Viet Cong's, signed the agreement in Paris.")
    [deal] = of_type(extract(said, published="2023-01-27"), "agreement")
    assert codes(deal, "participant") == {"USA", "VNM", "RVN", "PRG"}
    [described] = of_type(extract("On Monday Israel and Hamas, the militant group that rules Gaza, signed the deal in "
                                  "Cairo.", published="2025-01-20"), "agreement")
    assert codes(described, "participant") == {"HAMAS", "ISR"}  # (an apposition that describes stays one)


def test_a_state_of_its_day_is_placed_in_the_country_of_today(extract):
    [truce] = of_type(extract("A ceasefire across South Vietnam took effect on 28 January 1973.",
                              published="2023-01-27"), "ceasefire")
    assert truce.place is not None and truce.place.country == "VNM"  # (South Vietnam, the side, is RVN)
