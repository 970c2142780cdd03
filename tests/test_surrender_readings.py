"""A war's end told as a minister's answer in a parliament's record (batch 51 of our own articles): the order to stop
fighting given by a man named after the day the sentence opens with and a clause of his own, and the surrender he
signed, whose other party is the government whose authority it accepts. Tested on text written for it."""

from records import codes, of_type, roles

ANSWER = ("On 12th January Major-General Philip Effiong, to whom he had handed over, ordered the Biafran forces to "
          "stop fighting. On 15th January General Effiong came to Lagos and, at Dodan Barracks, signed a declaration "
          "accepting the authority of the Federal Military Government.")


def test_the_order_to_stop_fighting_is_the_truce_of_the_man_who_gave_it(extract):
    [order] = of_type(extract(ANSWER, published="1970-01-21"), "ceasefire")
    assert order.status == "announced" and order.date.start == "1970-01-12"
    assert codes(order, "initiator") == {"BIAFRA"}


def test_a_surrender_s_other_party_is_the_government_whose_authority_it_accepts(extract):
    [surrender] = of_type(extract(ANSWER, published="1970-01-21"), "agreement")
    assert surrender.status == "signed" and surrender.date.start == "1970-01-15"
    assert roles(surrender) == {("BIAFRA", "participant"), ("NGA", "participant")}
