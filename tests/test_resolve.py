import itertools
from datetime import date

from trucewatch.model import Actor, Event, Evidence, Place, When
from trucewatch.resolve.ceasefires import build_registry
from trucewatch.resolve.clusters import assign_clusters


def ev(doc, type_="talks", status="held", day="2025-06-02", codes=("RUS", "UKR"), end=None, start=0,
       role="participant", inferred=False):
    return Event(doc_id=doc, type=type_, status=status, evidence=Evidence("x", start, start + 1),
                 actors=[Actor(c, c, role) for c in codes], date=When(day, end=end, inferred=inferred))


def test_reports_of_one_event_share_a_cluster_and_others_do_not():
    a, b = ev("d1"), ev("d2", inferred=True)
    c = ev("d3", day="2025-05-16")
    d = ev("d4", day="2025-06-16")  # same city, same parties, a fortnight later: another round
    clusters = assign_clusters([a, b, c, d])
    assert clusters[a.event_id] == clusters[b.event_id]
    assert len({clusters[c.event_id], clusters[d.event_id], clusters[a.event_id]}) == 3


def test_clusters_do_not_depend_on_order():
    events = [ev("d1"), ev("d2"), ev("d3", day="2025-06-03", inferred=True), ev("d4", day="2025-05-16")]
    first = assign_clusters(events)
    for perm in itertools.permutations(events):
        assert assign_clusters(list(perm)) == first


def test_a_declared_truce_has_ended_after_its_end_date():
    announced = ev("d1", "ceasefire", "announced", "2023-01-06T12:00", ("RUS",), end="2023-01-07T23:59",
                   role="initiator")
    violated = ev("d1", "ceasefire", "violated", "2023-01-06", ("RUS",), start=5, role="initiator")
    violated.claimed_by = "UKR"
    [record] = build_registry([announced, violated], {"d1": "example.org"}, today=date(2023, 2, 1))
    assert record.parties == ["RUS"] and record.kind == "unilateral"
    assert record.effective.startswith("2023-01-06") and record.ends.startswith("2023-01-07")
    assert record.status == "ended"
    assert [h.status for h in record.history] == ["announced", "violated", "ended"]
    assert record.history[-1].date == "2023-01-08"
    assert record.violations[0]["claimed_by"] == "UKR"
    assert record.sources == [{"doc_id": "d1", "outlet": "example.org"}]


def test_a_truce_still_running_is_not_ended():
    announced = ev("d1", "ceasefire", "announced", "2023-01-06T12:00", ("RUS",), end="2023-01-07T23:59",
                   role="initiator")
    [record] = build_registry([announced], today=date(2023, 1, 7))
    assert record.status == "announced"


def test_separate_ceasefires_stay_apart():
    idlib = ev("d1", "ceasefire", "agreed", "2020-03-06", ("RUS", "TUR"))
    christmas = ev("d2", "ceasefire", "announced", "2023-01-06", ("RUS",), role="initiator")
    assert len(build_registry([idlib, christmas])) == 2


def test_cluster_summary_counts_sources_and_keeps_contested_claims():
    from trucewatch.resolve.clusters import summarize

    a = ev("d1", "attack", "occurred", "2020-03-05", ("SYR",), role="initiator")
    b = ev("d2", "attack", "occurred", "2020-03-05", ("SYR",), role="initiator")
    c = ev("d3", "attack", "occurred", "2020-03-05", ("SYR",), role="initiator")
    a.quantities, b.quantities, c.quantities = {"killed": 2}, {"killed": 3}, {"killed": 2}
    b.claimed_by = "SYR"
    for e in (a, b, c):
        e.cluster_id = "cl_x"
    docs = {"d1": {"outlet": "one.example", "family": "d1"}, "d2": {"outlet": "two.example", "family": "d2"},
            "d3": {"outlet": "three.example", "family": "d1"}}  # d3 is a copy of d1
    [summary] = summarize([a, b, c], docs)
    assert (summary["documents"], summary["outlets"], summary["independent_sources"]) == (3, 3, 2)
    assert summary["quantities"] == {"killed": 2}
    [contest] = summary["contested"]
    assert contest["field"] == "quantities.killed"
    assert [(v["value"], v["doc_ids"], v["claimed_by"]) for v in contest["versions"]] == [
        (2, ["d1", "d3"], []), (3, ["d2"], ["SYR"])]


def test_a_status_the_text_denies_does_not_move_the_truce():
    agreed = ev("d1", "ceasefire", "agreed", "2023-11-24", ("ISR", "HAMAS"))
    not_extended = ev("d1", "ceasefire", "extended", "2023-11-30", ("ISR", "HAMAS"), start=5)
    not_extended.negated = True  # "the truce was not extended"
    [record] = build_registry([agreed, not_extended], today=date(2023, 12, 1))
    assert record.status == "agreed"
    assert [h.status for h in record.history] == ["agreed"]
    assert record.sources == [{"doc_id": "d1", "outlet": None}]


def test_another_truce_named_with_its_own_sides_in_the_article_stays_apart():
    idlib = ev("d1", "ceasefire", "agreed", "2020-03-05", ("RUS", "TUR"))
    afghan = ev("d1", "ceasefire", "ended", "2020-03-05", ("USA", "TALIBAN"), start=5, inferred=True)
    afghan.anaphoric = True  # "the recent US-Taliban ceasefire"
    violation = ev("d1", "ceasefire", "violated", "2020-03-06", ("SYR",), start=9, role="initiator")
    violation.anaphoric = True  # "the truce was broken by Syrian forces": the article's truce
    records = build_registry([idlib, afghan, violation], today=date(2020, 3, 7))
    assert sorted(r.parties for r in records) == [["RUS", "TUR"], ["TALIBAN", "USA"]]
    [main] = [r for r in records if r.parties == ["RUS", "TUR"]]
    assert [v["event_id"] for v in main.violations] == [violation.event_id]


def test_an_undated_report_of_a_declaration_joins_the_latest_dated_one_within_a_week_but_attacks_do_not():
    declared = ev("d1", type_="ceasefire", status="announced", day="2025-03-30", codes=("NUG",), role="initiator")
    earlier = ev("d2", type_="ceasefire", status="announced", day="2025-03-20", codes=("NUG",), role="initiator")
    retold = ev("d3", type_="ceasefire", status="announced", day="2025-04-03", codes=("NUG",), role="initiator",
                inferred=True)  # "days after the NUG said it would pause offensive operations", dated by its report
    clusters = assign_clusters([declared, earlier, retold])
    assert clusters[retold.event_id] == clusters[declared.event_id] != clusters[earlier.event_id]
    struck = ev("d4", type_="attack", status="occurred", day="2025-03-30", codes=("RUS",), role="initiator")
    undated = ev("d5", type_="attack", status="occurred", day="2025-04-03", codes=("RUS",), role="initiator",
                 inferred=True)
    assert len(set(assign_clusters([struck, undated]).values())) == 2


def test_a_truce_dated_by_its_month_or_a_week_off_joins_the_one_dated_truce_it_can_be():
    agreed = ev("d1", type_="ceasefire", status="agreed", day="2024-11-26", codes=("ISR", "HEZBOLLAH"))
    a_year_after = ev("d2", type_="ceasefire", status="agreed", day="2024-11", codes=("ISR", "HEZBOLLAH"))
    a_year_after.date.precision = "month"  # "nearly a year after a ceasefire ended the war", said in November 2025
    a_week_before = ev("d3", type_="ceasefire", status="agreed", day="2024-11-24", codes=("ISR", "HEZBOLLAH"))
    a_week_before.date.text = "a week after"
    clusters = assign_clusters([agreed, a_year_after, a_week_before])
    assert len(set(clusters.values())) == 1
    # two truces between the same sides in that month: a month names neither
    other = ev("d4", type_="ceasefire", status="agreed", day="2024-11-05", codes=("ISR", "HEZBOLLAH"))
    clusters = assign_clusters([agreed, other, a_year_after])
    assert clusters[a_year_after.event_id] not in (clusters[agreed.event_id], clusters[other.event_id])


def test_one_toll_told_with_and_without_its_sides_is_one_fighting():
    from trucewatch.model import Place

    named = ev("d1", type_="attack", status="occurred", day="2025-01-16", codes=("ELN", "FARC"))
    unnamed = ev("d2", type_="attack", status="occurred", day="2025-01-16", codes=())
    smaller = ev("d3", type_="attack", status="occurred", day="2025-01-16", codes=())
    for e, killed in ((named, 80), (unnamed, 80), (smaller, 8)):
        e.quantities = {"killed": killed}
        e.place = Place(name="Catatumbo", country="COL")
    clusters = assign_clusters([named, unnamed, smaller])
    assert clusters[named.event_id] == clusters[unnamed.event_id] != clusters[smaller.event_id]


def test_a_truce_agreed_and_in_force_the_next_day_is_one_truce_but_not_a_week_later():
    agreed = ev("d1", type_="ceasefire", status="agreed", day="2024-11-26", codes=("ISR", "HEZBOLLAH"))
    in_force = ev("d2", type_="ceasefire", status="in_effect", day="2024-11-27", codes=("ISR", "HEZBOLLAH"))
    later = ev("d3", type_="ceasefire", status="in_effect", day="2024-12-05", codes=("ISR", "HEZBOLLAH"))
    one_side = ev("d4", type_="ceasefire", status="in_effect", day="2024-11-27", codes=("ISR",))
    clusters = assign_clusters([agreed, in_force, later, one_side])
    assert clusters[agreed.event_id] == clusters[in_force.event_id]
    assert clusters[later.event_id] != clusters[agreed.event_id] != clusters[one_side.event_id]


def test_an_event_dated_by_its_month_joins_the_one_event_two_reports_of_that_month_tell():
    from trucewatch.model import Place

    first = ev("d1", type_="talks", status="cancelled", day="2025-01-17", codes=("COL", "ELN"))
    second = ev("d2", type_="talks", status="cancelled", day="2025-01-17", codes=("COL", "ELN"))
    told_later = ev("d3", type_="talks", status="cancelled", day="2025-01", codes=("COL", "ELN"))
    told_later.date.precision = "month"  # "collapsed in January 2025, when Petro suspended them"
    clusters = assign_clusters([first, second, told_later])
    assert len(set(clusters.values())) == 1
    unnamed = ev("d1", type_="attack", status="occurred", day="2025-01-16", codes=(), start=9)
    by_month = ev("d3", type_="attack", status="occurred", day="2025-01", codes=("ELN",), role="initiator", start=9)
    by_month.date.precision = "month"  # "an ELN offensive in the Catatumbo region killed about 80 people"
    other_toll = ev("d4", type_="attack", status="occurred", day="2025-01", codes=("ELN",), role="initiator")
    other_toll.date.precision = "month"
    for e, killed in ((unnamed, 80), (by_month, 80), (other_toll, 12)):
        e.quantities = {"killed": killed}
        e.place = Place(name="Catatumbo", country="COL")
    clusters = assign_clusters([unnamed, by_month, other_toll])
    assert clusters[unnamed.event_id] == clusters[by_month.event_id] != clusters[other_toll.event_id]


def test_an_attack_dated_only_by_its_report_joins_no_attack_of_the_day_before():
    seized = ev("d1", type_="attack", status="occurred", day="2025-03-19", codes=("M23",), role="initiator")
    told = ev("d2", type_="attack", status="occurred", day="2025-03-18", codes=("M23",), role="initiator",
              inferred=True)  # "… over the offensive in which the rebels have seized Goma and Bukavu", undated
    assert len(set(assign_clusters([seized, told]).values())) == 2
    talks, retold = ev("d3"), ev("d4", day="2025-06-03", inferred=True)  # (talks told the next day still join)
    assert len(set(assign_clusters([talks, retold]).values())) == 1


def test_a_truce_s_extension_and_its_start_told_with_and_without_its_sides_are_one_each():
    from trucewatch.model import Place

    def step(doc, status, day, codes=(), country="YEM", days=None, start=0):
        e = ev(doc, type_="ceasefire", status=status, day=day, codes=codes, start=start)
        e.actors.append(Actor("United Nations", "UN", "mediator"))
        e.place = Place(name=country, country=country) if country else None
        e.quantities = {"duration_days": days} if days else {}
        return e

    # "the parties have agreed to renew the truce for an additional two months" and "the national delegation agreed
    # to extend the truce for two additional months", both on 2 June 2022; and "the truce began on 2 April" in each
    renewed = step("d1", "extended", "2022-06-02", days=60)
    extended = step("d2", "extended", "2022-06-02", codes=("HOUTHI",), days=60)
    elsewhere = step("d3", "extended", "2022-06-02", days=60, country="PSE")
    shorter = step("d4", "extended", "2022-06-02", days=7)
    began, began_too = step("d1", "in_effect", "2022-04-02", start=5), step("d2", "in_effect", "2022-04-02", start=5)
    unplaced = step("d3", "in_effect", "2022-04-02", country=None, start=5)
    clusters = assign_clusters([renewed, extended, elsewhere, shorter, began, began_too, unplaced])
    assert clusters[renewed.event_id] == clusters[extended.event_id]
    assert clusters[began.event_id] == clusters[began_too.event_id] != clusters[renewed.event_id]
    assert len({clusters[e.event_id] for e in (renewed, elsewhere, shorter, unplaced, began)}) == 5
    # a report naming no side, alike to two that name other sides, joins neither, and so never bridges them
    other_sides = step("d5", "extended", "2022-06-02", codes=("ISR", "HAMAS"), days=60)
    clusters = assign_clusters([renewed, extended, other_sides])
    assert len(set(clusters.values())) == 3


def test_a_deal_placed_where_it_was_signed_and_where_it_holds_is_one_deal():
    from trucewatch.model import Place

    def deal(doc, country, codes=("SDN", "RSF")):
        e = ev(doc, type_="ceasefire", status="agreed", day="2023-05-20", codes=codes)
        e.actors += [Actor("Saudi Arabia", "SAU", "mediator"), Actor("United States", "USA", "mediator")]
        e.place = Place(name=country, country=country)
        return e

    signed, holding, elsewhere = deal("d1", "SAU"), deal("d2", "SDN"), deal("d3", "SSD")
    clusters = assign_clusters([signed, holding])
    assert clusters[signed.event_id] == clusters[holding.event_id]
    clusters = assign_clusters([holding, elsewhere])  # (where neither is a broker's, two places are two deals)
    assert clusters[holding.event_id] != clusters[elsewhere.event_id]


def test_a_swap_agreed_and_carried_out_that_day_is_one_swap_but_not_one_of_other_numbers():
    agreed = ev("d1", type_="prisoner_exchange", status="agreed", day="2025-03-19")
    done = ev("d2", type_="prisoner_exchange", status="carried_out", day="2025-03-19")
    other = ev("d3", type_="prisoner_exchange", status="carried_out", day="2025-03-19", start=5)
    later = ev("d4", type_="prisoner_exchange", status="carried_out", day="2025-04-19")
    for e, n in ((agreed, 175), (done, 175), (other, 90), (later, 175)):
        e.quantities = {"prisoners_per_side": n}
    clusters = assign_clusters([agreed, done])
    assert clusters[agreed.event_id] == clusters[done.event_id]
    clusters = assign_clusters([agreed, other, later])
    assert len(set(clusters.values())) == 3


def test_a_deal_told_with_one_of_its_sides_joins_the_one_deal_of_that_day_that_names_both():
    one = ev("d1", type_="ceasefire", status="agreed", day="2025-03-18", codes=("RUS",))
    both = ev("d2", type_="ceasefire", status="agreed", day="2025-03-18", codes=("RUS", "UKR"))
    clusters = assign_clusters([one, both])
    assert clusters[one.event_id] == clusters[both.event_id]
    another = ev("d3", type_="ceasefire", status="agreed", day="2025-03-18", codes=("RUS", "USA"))
    clusters = assign_clusters([one, both, another])
    assert len(set(clusters.values())) == 3  # (told with one side, it may be either: it joins neither)


def test_a_deal_told_with_its_broker_only_joins_the_deal_it_brokered_that_day():
    brokered = ev("d1", type_="ceasefire", status="agreed", day="2024-11-26", codes=("ISR", "HEZBOLLAH"))
    announced = ev("d2", type_="ceasefire", status="agreed", day="2024-11-26", codes=())
    for e in (brokered, announced):
        e.actors.append(Actor("United States", "USA", "mediator"))
    clusters = assign_clusters([brokered, announced])
    assert clusters[brokered.event_id] == clusters[announced.event_id]


def test_one_side_s_truce_agreed_and_declared_that_day_is_one_truce():
    agreed = ev("d1", type_="ceasefire", status="agreed", day="2025-03-18", codes=("RUS",), role="participant")
    declared = ev("d2", type_="ceasefire", status="announced", day="2025-03-18", codes=("RUS",), role="initiator",
                  inferred=True)
    other_day = ev("d3", type_="ceasefire", status="announced", day="2025-04-19", codes=("RUS",), role="initiator")
    clusters = assign_clusters([agreed, declared, other_day])
    assert clusters[agreed.event_id] == clusters[declared.event_id] != clusters[other_day.event_id]


def test_a_deal_told_by_its_report_s_day_with_some_of_its_sides_joins_the_one_dated_deal_that_week():
    dated = ev("d1", type_="agreement", status="agreed", day="2025-03-25", codes=("USA", "RUS", "UKR"))
    reported = ev("d2", type_="agreement", status="agreed", day="2025-03-26", codes=("USA", "RUS"), inferred=True)
    stale = ev("d3", type_="agreement", status="agreed", day="2025-04-20", codes=("USA", "RUS"), inferred=True)
    clusters = assign_clusters([dated, reported, stale])
    assert clusters[dated.event_id] == clusters[reported.event_id] != clusters[stale.event_id]


def test_talks_told_with_their_brokers_only_join_the_one_round_those_brokers_held_within_days():
    brokers = ("QAT", "EGY")
    handed = ev("d1", day="2025-01-13", codes=brokers, role="mediator")  # "at talks in Doha mediated by Qatar, Egypt"
    round_ = ev("d2", day="2025-01-15", codes=("ISR", "HAMAS"))
    round_.actors += [Actor(c, c, "mediator") for c in (*brokers, "USA")]
    later = ev("d3", day="2025-01-25", codes=brokers, role="mediator")  # ten days on: another round
    clusters = assign_clusters([handed, round_, later])
    assert clusters[handed.event_id] == clusters[round_.event_id] != clusters[later.event_id]
    other = ev("d4", day="2025-01-14", codes=("COD", "M23"))  # Qatar and Egypt held two rounds: it joins neither
    other.actors += [Actor(c, c, "mediator") for c in brokers]
    clusters = assign_clusters([handed, round_, other])
    assert len(set(clusters.values())) == 3


def test_a_truce_announced_by_one_and_the_deal_told_as_brokered_by_it_that_day_are_one():
    announced = ev("d1", type_="ceasefire", status="announced", day="2025-06-23", codes=("USA",), role="initiator")
    brokered = ev("d2", type_="ceasefire", status="agreed", day="2025-06-23", codes=("ISR", "IRN"))
    brokered.actors.append(Actor("United States", "USA", "mediator"))
    other = ev("d3", type_="ceasefire", status="agreed", day="2025-06-23", codes=("ARM", "AZE"))  # brokered by none
    clusters = assign_clusters([announced, brokered, other])
    assert clusters[announced.event_id] == clusters[brokered.event_id] != clusters[other.event_id]


def test_an_attack_dated_only_by_its_report_joins_no_attack_of_that_day_unless_placed_or_counted_alike():
    reported = ev("d1", type_="attack", status="occurred", day="2025-06-24", codes=("IRN",), role="initiator",
                  inferred=True)  # "Israel said Iran had fired missiles at its territory after the truce"
    dated = ev("d2", type_="attack", status="occurred", day="2025-06-24", codes=("IRN",), role="initiator")
    # ("Iranian missile kills four in Beersheba", hours before the truce)
    clusters = assign_clusters([reported, dated])
    assert clusters[reported.event_id] != clusters[dated.event_id]
    for e in (reported, dated):
        e.place = Place("Beersheba", "ISR", 31.25, 34.79)
    clusters = assign_clusters([reported, dated])
    assert clusters[reported.event_id] == clusters[dated.event_id]  # (one city, one day, one side: one attack)


def test_a_town_seized_told_by_its_month_joins_the_seizure_of_that_town_that_month_but_not_of_another():
    month = ev("d1", type_="attack", status="occurred", day="2025-01", codes=("M23",), role="initiator")
    month.date = When("2025-01", precision="month", text="in January")
    day = ev("d2", type_="attack", status="occurred", day="2025-01-27", codes=("M23",), role="initiator")
    other = ev("d3", type_="attack", status="occurred", day="2025-01-20", codes=("M23",), role="initiator")
    for e, town in ((month, "Goma"), (day, "Goma"), (other, "Sake")):
        e.place = Place(town, "COD", -1.6, 29.2)
    reported = ev("d5", type_="attack", status="occurred", day="2025-01-28", codes=("M23",), role="initiator",
                  inferred=True)  # (told the next day without a date: no second candidate for the month)
    reported.place = Place("Goma", "COD", -1.6, 29.2)
    clusters = assign_clusters([month, day, other, reported])
    assert clusters[month.event_id] == clusters[day.event_id] != clusters[other.event_id]
    country = ev("d4", type_="attack", status="occurred", day="2025-01", codes=("M23",), role="initiator")
    country.date, country.place = When("2025-01", precision="month"), Place("Congo", "COD", None, None)
    clusters = assign_clusters([country, day])
    assert clusters[country.event_id] != clusters[day.event_id]  # (a month's attack in a country: too rough)


def test_attacks_of_one_day_and_side_placed_at_sites_far_apart_are_two():
    rockets = ev("d1", type_="attack", status="occurred", day="2025-07-24", codes=("KHM",), role="initiator")
    rockets.place = Place("Sisaket province", "THA", 15.0, 104.3)  # "hitting a petrol station in Sisaket province"
    gunfire = ev("d2", type_="attack", status="occurred", day="2025-07-24", codes=("KHM",), role="initiator")
    gunfire.place = Place("Ta Muen Thom temple", "THA", 14.35, 103.27)  # about 130 km away
    again = ev("d3", type_="attack", status="occurred", day="2025-07-24", codes=("KHM",), role="initiator")
    again.place = Place("Sisaket province", "THA", 15.0, 104.3)
    clusters = assign_clusters([rockets, gunfire, again])
    assert clusters[rockets.event_id] == clusters[again.event_id] != clusters[gunfire.event_id]
    gunfire.place = Place("Kantharalak", "THA", 14.65, 104.65)  # (a town in the province, some 50 km from its centre)
    clusters = assign_clusters([rockets, gunfire])
    assert clusters[rockets.event_id] == clusters[gunfire.event_id]


def test_a_charge_dated_only_by_its_report_joins_no_charge_of_days_before():
    reported = ev("d1", type_="accusation", status="made", day="2025-10-19", codes=("ISR",), role="initiator",
                  inferred=True)  # ("a blatant violation of the truce by Hamas", said on the report's day)
    earlier = ev("d2", type_="accusation", status="made", day="2025-10-14", codes=("ISR",), role="initiator")
    for e in (reported, earlier):
        e.actors.append(Actor("HAMAS", "HAMAS", "target"))
    clusters = assign_clusters([reported, earlier])
    assert clusters[reported.event_id] != clusters[earlier.event_id]


def test_one_side_s_demand_dated_by_its_report_is_no_demand_of_the_days_before():
    from trucewatch.model import Actor, Event, Evidence, When
    from trucewatch.resolve.clusters import window

    told = Event(doc_id="b", type="demand", status="made", evidence=Evidence(text="demands", start=0, end=7),
                 actors=[Actor(name="Houthis", code="HOUTHI", role="initiator")],
                 date=When(start="2023-04-14", precision="day", inferred=True))
    assert window(told) is None  # (its demands recur: "peace requires …" on the 14th is not "want Riyadh to pay" on
    # the 10th)


def test_a_town_seized_told_by_its_month_joins_its_seizure_not_the_killings_there_days_later():
    month = ev("d1", type_="attack", status="occurred", day="2025-10", codes=("RSF",), role="initiator")
    month.date = When("2025-10", precision="month", text="in October")
    seized = ev("d2", type_="attack", status="occurred", day="2025-10-26", codes=("RSF",), role="initiator")
    killings = ev("d3", type_="attack", status="occurred", day="2025-10-29", codes=("RSF",), role="initiator")
    for e, word in ((month, "seized"), (seized, "took"), (killings, "killed")):
        e.place = Place("El Fasher", "SDN", 13.6, 25.35)
        e.trigger = Evidence(word, 0, len(word))
    clusters = assign_clusters([month, seized, killings])
    assert clusters[month.event_id] == clusters[seized.event_id] != clusters[killings.event_id]


def test_a_call_to_lay_down_arms_told_by_its_month_joins_the_one_call_of_that_month():
    month = ev("d1", type_="ceasefire", status="called_for", day="2025-02", codes=("PKK",), role="initiator")
    month.date = When("2025-02", precision="month", text="in February")
    dated = ev("d2", type_="ceasefire", status="called_for", day="2025-02-27", codes=("PKK",), role="initiator")
    declared = ev("d3", type_="ceasefire", status="announced", day="2025-03", codes=("PKK",), role="initiator")
    declared.date = When("2025-03", precision="month", text="in March")
    dated_declared = ev("d4", type_="ceasefire", status="announced", day="2025-03-01", codes=("PKK",),
                        role="initiator")
    clusters = assign_clusters([month, dated, declared, dated_declared])
    assert clusters[month.event_id] == clusters[dated.event_id]
    assert clusters[declared.event_id] != clusters[dated_declared.event_id]  # (one side's declarations recur)


def test_a_deal_named_and_a_step_agreed_by_its_own_verb_at_one_summit_are_two():
    named = ev("d1", type_="agreement", status="agreed", day="2025-08-08", codes=("ARM", "AZE"))
    named.trigger = Evidence("agreement", 0, 9)
    again = ev("d2", type_="agreement", status="agreed", day="2025-08-09", codes=("ARM", "AZE"), inferred=True)
    again.trigger = Evidence("agreement", 0, 9)
    step = ev("d2", type_="agreement", status="agreed", day="2025-08-09", codes=("ARM", "AZE"), inferred=True,
              start=5)
    step.trigger = Evidence("open", 0, 4)  # "the two countries had agreed to open a transit route"
    clusters = assign_clusters([named, again, step])
    assert clusters[named.event_id] == clusters[again.event_id] != clusters[step.event_id]


def test_an_attack_told_without_its_doer_joins_the_one_told_with_it_at_that_site_that_day():
    bare = ev("d1", type_="attack", status="occurred", day="2024-07-31", codes=("HAMAS",), role="target")
    told = ev("d2", type_="attack", status="occurred", day="2024-07-31", codes=("HAMAS",), role="target",
              inferred=True)
    told.actors.append(Actor("Israel", "ISR", "initiator"))
    elsewhere = ev("d3", type_="attack", status="occurred", day="2024-07-31", codes=("HAMAS",), role="target")
    elsewhere.actors.append(Actor("Israel", "ISR", "initiator"))
    for e, place in ((bare, "Tehran"), (told, "Tehran"), (elsewhere, "Khan Younis")):
        e.place = Place(place, "IRN" if place == "Tehran" else "PSE", 35.69 if place == "Tehran" else 31.34,
                        51.42 if place == "Tehran" else 34.3)
        e.trigger = Evidence("killed", 0, 6)
    clusters = assign_clusters([bare, told, elsewhere])
    assert clusters[bare.event_id] == clusters[told.event_id] != clusters[elsewhere.event_id]
    other = ev("d4", type_="attack", status="occurred", day="2024-07-31", codes=("HAMAS",), role="target")
    other.actors.append(Actor("Iran", "IRN", "initiator"))
    other.place, other.trigger = told.place, told.trigger
    clusters = assign_clusters([bare, told, other])  # (two doers told for it: the bare report joins neither)
    assert clusters[bare.event_id] not in (clusters[told.event_id], clusters[other.event_id])


def test_reports_dating_one_event_alike_by_its_month_or_year_join_where_each_tells_only_one():
    def rough(doc, start, precision, type_="ceasefire", status="agreed", codes=("IND", "PAK"), role="participant"):
        e = ev(doc, type_, status, codes=codes, role=role)
        e.date = When(start, precision=precision)
        return e
    a, b = rough("d1", "2003-11", "month"), rough("d2", "2003-11", "month")
    c, d = rough("d1", "2020", "year", "ceasefire", "violated", ("PAK",), "initiator"), \
        rough("d2", "2020", "year", "ceasefire", "violated", ("PAK",), "initiator")
    e = rough("d3", "2003-11", "month", codes=("ARM", "AZE"))
    clusters = assign_clusters([a, b, c, d, e])
    assert clusters[a.event_id] == clusters[b.event_id] and clusters[c.event_id] == clusters[d.event_id]
    assert clusters[e.event_id] != clusters[a.event_id] and clusters[c.event_id] != clusters[a.event_id]
    f = rough("d2", "2003-11", "month")
    f.evidence = Evidence("y", 9, 10)  # (a second such truce in one report: it joins neither)
    assert len(set(assign_clusters([a, b, f]).values())) == 3


def test_a_months_attack_by_one_side_on_another_joins_the_one_dated_attack_of_that_month_between_them():
    april = ev("d1", "attack", "occurred", codes=())
    april.actors = [Actor("IRN", "IRN", "initiator"), Actor("ISR", "ISR", "target")]
    april.date = When("2024-04", precision="month")
    exact = ev("d2", "attack", "occurred", day="2024-04-13", codes=())
    exact.actors = [Actor("IRN", "IRN", "initiator"), Actor("ISR", "ISR", "target")]
    clusters = assign_clusters([april, exact])
    assert clusters[april.event_id] == clusters[exact.event_id]
    again = ev("d3", "attack", "occurred", day="2024-04-20", codes=())
    again.actors = [Actor("IRN", "IRN", "initiator"), Actor("ISR", "ISR", "target")]
    clusters = assign_clusters([april, exact, again])
    assert clusters[april.event_id] not in (clusters[exact.event_id], clusters[again.event_id])  # (two that month)


def test_a_deal_agreed_in_one_report_and_signed_in_another_that_day_is_one_deal():
    agreed = ev("d1", "agreement", "agreed", "2024-12-11", ("ETH", "SOM"))
    signed = ev("d2", "agreement", "signed", "2024-12-11", ("ETH", "SOM"), inferred=True)
    other_sides = ev("d3", "agreement", "signed", "2024-12-11", ("ETH", "SOMALILAND"))
    clusters = assign_clusters([agreed, signed, other_sides])
    assert clusters[agreed.event_id] == clusters[signed.event_id] != clusters[other_sides.event_id]


def test_a_step_agreed_beside_a_signed_declaration_stays_its_own_deal():
    # one report tells both: talks on Sunday that agreed steps, and the declaration signed on Monday
    steps = ev("d1", "agreement", "agreed", "2018-07-08", ("ETH", "ERI"))
    declaration = ev("d1", "agreement", "signed", "2018-07-09", ("ETH", "ERI"), start=5)
    retold = ev("d2", "agreement", "signed", "2018-07-09", ("ETH", "ERI"))
    clusters = assign_clusters([steps, declaration, retold])
    assert clusters[declaration.event_id] == clusters[retold.event_id] != clusters[steps.event_id]


def test_a_deal_agreed_and_one_signed_under_other_brokers_are_two():
    agreed = ev("d1", "agreement", "agreed", "2024-12-11", ("ETH", "SOM"))
    agreed.actors.append(Actor("TUR", "TUR", "mediator"))
    signed = ev("d2", "agreement", "signed", "2024-12-11", ("ETH", "SOM"))
    signed.actors.append(Actor("USA", "USA", "mediator"))
    clusters = assign_clusters([agreed, signed])
    assert clusters[agreed.event_id] != clusters[signed.event_id]


def sited(event, name, country, lat=53.9, lon=27.57):
    event.place = Place(name, country, lat, lon)
    return event


def test_a_truce_told_by_its_city_and_month_alone_is_the_one_agreed_there_that_month():
    agreed = sited(ev("d1", "ceasefire", "agreed", "2014-09-05", ("UKR", "RUS", "DPR")), "Minsk", "BLR")
    first = sited(ev("d2", "ceasefire", "agreed", "2014-09", ()), "Minsk", "BLR")
    first.date.precision = "month"
    elsewhere = sited(ev("d3", "ceasefire", "agreed", "2014-09", ()), "Geneva", "CHE", 46.2, 6.14)
    elsewhere.date.precision = "month"
    clusters = assign_clusters([agreed, first, elsewhere])
    assert clusters[first.event_id] == clusters[agreed.event_id] != clusters[elsewhere.event_id]


def test_a_truce_told_by_its_city_and_month_joins_none_of_two_agreed_there_that_month():
    one = sited(ev("d1", "ceasefire", "agreed", "2014-09-05", ("UKR", "RUS")), "Minsk", "BLR")
    two = sited(ev("d3", "ceasefire", "agreed", "2014-09-20", ("UKR", "DPR")), "Minsk", "BLR")
    first = sited(ev("d2", "ceasefire", "agreed", "2014-09", ()), "Minsk", "BLR")
    first.date.precision = "month"
    clusters = assign_clusters([one, two, first])
    assert clusters[first.event_id] not in (clusters[one.event_id], clusters[two.event_id])


def test_a_truce_signed_at_talks_abroad_and_in_force_at_home_is_one_truce():
    signed = sited(ev("d1", "ceasefire", "agreed", "2014-09-05", ("UKR", "RUS", "DPR")), "Minsk", "BLR")
    held = sited(ev("d1", "ceasefire", "in_effect", "2014-09-05T18:00", ("UKR", "RUS", "DPR"), start=5),
                 "Ukraine", "UKR", None, None)
    elsewhere = sited(ev("d2", "ceasefire", "in_effect", "2014-09-06", ("UKR", "RUS", "DPR")), "Aleppo", "SYR")
    clusters = assign_clusters([signed, held, elsewhere])
    assert clusters[signed.event_id] == clusters[held.event_id] != clusters[elsewhere.event_id]


def test_a_day_s_air_attack_and_ground_attack_by_one_side_stay_two():
    bombing = ev("d1", "attack", "occurred", day="2008-08-08", codes=("RUS",), role="initiator")
    bombing.trigger = Evidence("bomb", 0, 4)
    invasion = ev("d2", "attack", "occurred", day="2008-08-08", codes=("RUS",), role="initiator")
    invasion.trigger = Evidence("poured", 0, 6)
    again = ev("d3", "attack", "occurred", day="2008-08-08", codes=("RUS",), role="initiator")
    again.trigger = Evidence("bombed", 0, 6)
    clusters = assign_clusters([bombing, invasion, again])
    assert clusters[bombing.event_id] != clusters[invasion.event_id]
    assert clusters[bombing.event_id] == clusters[again.event_id]


def test_a_side_accepting_a_plan_where_and_when_it_was_agreed_is_its_agreeing():
    agreed = sited(ev("d1", "ceasefire", "agreed", "2008-08-12", ("RUS", "FRA")), "Moscow", "RUS", 55.75, 37.62)
    accepted = sited(ev("d2", "ceasefire", "accepted", "2008-08-12", ("RUS",), role="initiator"), "Moscow", "RUS",
                     55.75, 37.62)
    at_home = sited(ev("d2", "ceasefire", "accepted", "2008-08-12", ("GEO",), start=5, role="initiator"), "Tbilisi",
                    "GEO", 41.69, 44.8)
    clusters = assign_clusters([agreed, accepted, at_home])
    assert clusters[agreed.event_id] == clusters[accepted.event_id] != clusters[at_home.event_id]


def test_a_deal_told_again_by_it_joins_the_deal_named_in_another_report():
    named = ev("d1", type_="agreement", status="signed", day="2005-08-15", codes=("IDN", "GAM"))
    named.trigger = Evidence("agreement", 0, 9)  # "signed a peace agreement in Helsinki"
    again = ev("d2", type_="agreement", status="signed", day="2005-08-15", codes=("IDN", "GAM"))
    again.trigger, again.anaphoric = Evidence("signed", 0, 6), True  # "It was signed in Helsinki on 15 August 2005"
    step = ev("d3", type_="agreement", status="signed", day="2005-08-15", codes=("IDN", "GAM"))
    step.trigger = Evidence("signed", 0, 6)  # a step told by its verb alone, no deal told again
    clusters = assign_clusters([named, again, step])
    assert clusters[named.event_id] == clusters[again.event_id] != clusters[step.event_id]


def test_talks_that_led_to_one_deal_are_one_process_however_each_report_dates_them():
    from trucewatch.model import Place

    def report(doc, talks_day, precision="day"):
        talks = ev(doc, day=talks_day, codes=("IDN", "GAM"))
        talks.date.precision = precision
        deal = ev(doc, type_="agreement", status="signed", day="2005-08-15", codes=("IDN", "GAM"), start=5)
        for e in (talks, deal):
            e.place = Place(name="Helsinki", country="FIN")
        return talks, deal

    by_the_signing, deal_a = report("d1", "2005-08-15")  # "after five rounds of talks the two sides signed"
    by_the_first_round, deal_b = report("d2", "2005-01", "month")  # "within a month both sides were sitting down"
    clusters = assign_clusters([by_the_signing, deal_a, by_the_first_round, deal_b])
    assert clusters[deal_a.event_id] == clusters[deal_b.event_id]
    assert clusters[by_the_signing.event_id] == clusters[by_the_first_round.event_id]
    # talks told with no deal of theirs, or after the deal, are another meeting
    alone = ev("d3", day="2005-01", codes=("IDN", "GAM"))
    alone.date.precision = "month"
    after, deal_c = report("d4", "2005-09-20")
    clusters = assign_clusters([by_the_signing, deal_a, alone, after, deal_c])
    assert clusters[alone.event_id] != clusters[by_the_signing.event_id] != clusters[after.event_id]
