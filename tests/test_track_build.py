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
