from trucewatch.resolve.neardup import families_of_texts, signature, similarity

TEXT = ("Russian and Ukrainian delegations met in Istanbul on Monday for a second round of direct talks at the "
        "Ciragan Palace, a meeting that lasted a little over an hour, officials on both sides said afterwards.")


def test_a_syndicated_copy_is_a_near_duplicate():
    copy = TEXT.replace("officials on both sides said afterwards", "officials on both sides said")
    assert similarity(signature(TEXT), signature(copy)) >= 0.8


def test_a_different_report_of_the_same_event_is_not():
    other = "The second round of talks between Russia and Ukraine took place in Istanbul on June 2."
    assert similarity(signature(TEXT), signature(other)) < 0.3


def test_families_are_stable_and_order_free():
    texts = [("b", TEXT), ("a", TEXT + " Reuters contributed."), ("c", "Israel and Hamas agreed a truce in Gaza.")]
    first = families_of_texts(texts)
    assert first == families_of_texts(reversed(texts)) == {"a": "a", "b": "a", "c": "c"}


def test_signatures_are_the_same_in_every_process():
    import subprocess
    import sys

    code = "from trucewatch.resolve.neardup import signature; print(signature('truce agreed in Gaza on Monday')[:4])"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout for _ in range(2)}
    assert len(runs) == 1 and str(signature("truce agreed in Gaza on Monday")[:4]) in runs.pop()
