"""An armed movement's word for itself ("the front", "the junta") names that movement once the article has named it,
or named the man who leads it; otherwise "the junta" is the state's. Tested on text written for it (batch 50 of our
own articles asked for it, from a news search's results on Guinea-Bissau in 1998)."""

from records import codes, of_type

LED_BY_NAME = """Brigadier Ansumane Mane, who leads the rebel military junta, flew to Praia on Tuesday.

The government of Guinea-Bissau and the military junta signed a ceasefire agreement there on Wednesday.
"""

THE_STATE_S = """Myanmar's generals have ruled since the 2021 coup.

The military junta and the Arakan Army agreed to a ceasefire on Wednesday, China's foreign ministry said.
"""


def test_the_junta_after_its_leader_is_named_is_his_movement_not_the_state(extract):
    [truce] = of_type(extract(LED_BY_NAME, published="1998-08-27"), "ceasefire")
    assert codes(truce, "participant") == {"GNB", "GNBJUNTA"}


def test_a_junta_no_movement_of_that_name_was_named_for_is_the_state_s(extract):
    [truce] = of_type(extract(THE_STATE_S, published="2025-01-20"), "ceasefire")
    assert "GNBJUNTA" not in codes(truce)
    assert codes(truce, "participant") == {"MMR", "ARAKANARMY"}
