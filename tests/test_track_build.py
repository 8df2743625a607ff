"""track.build baseline: sessions grouped, input order irrelevant, a restated pledge threads."""

from jccttool.pipeline import extract_source
from jccttool.readers import source_from_text
from jccttool.track import build


def _doc(text: str, path: str):
    return extract_source(source_from_text(text, path))


OLD = ("Fact Sheet: The 21st U.S.-China Joint Commission on Commerce and Trade\n\n"
       "China agreed to require its central government ministries to buy and use only licensed software.\n")
NEW = ("Fact Sheet: The 22nd U.S.-China Joint Commission on Commerce and Trade\n\n"
       "China agreed to require its central government ministries to buy and use only licensed software.\n"
       "The United States will host a clean energy trade mission next year.\n")


def test_sessions_threads_and_order_independence():
    a, b = _doc(OLD, "old.txt"), _doc(NEW, "new.txt")
    ledger = build([a, b])
    assert {s.id for s in ledger.sessions} == {"jcct-21", "jcct-22"}
    assert build([b, a]) == ledger
    statuses = sorted(t.status for t in ledger.threads)
    assert "recurring" in statuses
    recurring = [t for t in ledger.threads if t.status == "recurring"][0]
    assert [m.session for m in recurring.members] == ["jcct-21", "jcct-22"]


# A sentence whose clauses ";" joins states several undertakings: each clause may continue
# (or start) its own thread, and a later session restating one of them finds that one.
S21 = ("Fact Sheet: The 21st U.S.-China Joint Commission on Commerce and Trade\n\n"
       "China agreed to reopen its market to U.S. poultry meat from all states.\n"
       "The United States agreed to speed up export licences for civilian aircraft engines.\n")
S22 = ("Fact Sheet: The 22nd U.S.-China Joint Commission on Commerce and Trade\n\n"
       "The two sides agreed to complete the reopening of the poultry meat market; agreed to publish "
       "faster export licence rules for civilian aircraft engines; and agreed to hold a seminar on "
       "geographical indications of cheese.\n")
S23 = ("Fact Sheet: The 23rd U.S.-China Joint Commission on Commerce and Trade\n\n"
       "China will hold a second seminar on geographical indications of cheese and wine.\n")


def _clause_threads(ledger):
    return {m.clause: t for t in ledger.threads for m in t.members if m.clause}


def test_each_clause_of_a_sentence_joins_its_own_thread():
    docs = [_doc(S21, "s21.txt"), _doc(S22, "s22.txt"), _doc(S23, "s23.txt")]
    ledger = build(docs)
    by_clause = _clause_threads(ledger)
    assert len(by_clause) == 3  # three clauses, three threads
    assert len({t.id for t in by_clause.values()}) == 3
    poultry = next(t for c, t in by_clause.items() if "poultry" in c)
    engines = next(t for c, t in by_clause.items() if "engines" in c)
    cheese = next(t for c, t in by_clause.items() if "cheese" in c)
    assert [m.session for m in poultry.members] == ["jcct-21", "jcct-22"]
    assert "poultry" in poultry.members[0].text
    assert [m.session for m in engines.members] == ["jcct-21", "jcct-22"]
    # the clause that started a thread is continued alone by a later session
    assert [m.session for m in cheese.members] == ["jcct-22", "jcct-23"]
    # every clause member keeps the whole sentence and its span
    members = [m for t in by_clause.values() for m in t.members if m.clause]
    assert {m.text for m in members} == {members[0].text}
    assert {m.sources[0].span for m in members} == {members[0].sources[0].span}
    assert build(list(reversed(docs))) == ledger


def test_a_sentence_without_clauses_is_one_member():
    ledger = build([_doc(OLD, "old.txt"), _doc(NEW, "new.txt")])
    assert all(m.clause is None for t in ledger.threads for m in t.members)
