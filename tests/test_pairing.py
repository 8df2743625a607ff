"""compare.pairing.recurring: one-to-one, deterministic, areas and actors respected."""

from jccttool.compare.pairing import recurring
from jccttool.records import Commitment


def _c(text, actors=("china",), areas=("ipr",)):
    return Commitment(id="c-" + str(abs(hash(text)) % 10**12).zfill(12), actors=list(actors), verb="agree",
                      kind="pledge", text=text, span=(0, len(text)), areas=list(areas))


def test_restated_pledge_pairs_one_to_one():
    old = [_c("China agreed to require its ministries to buy licensed software."),
           _c("The United States will host a trade mission on clean energy.", ("united-states",), ("energy-environment",))]
    new = [_c("China will ensure that its ministries buy only licensed software."),
           _c("China will ensure that its ministries buy only licensed software products.")]
    pairs = recurring(old, new)
    assert [(p.old, p.new) for p in pairs] == [(0, 1)] or [(p.old, p.new) for p in pairs] == [(0, 0)]
    assert "software" in pairs[0].shared


def test_disjoint_areas_or_actors_never_pair():
    text = "The two sides agreed to hold talks on export controls this year."
    assert recurring([_c(text, areas=("export-controls",))], [_c(text, areas=("agriculture",))]) == []
    assert recurring([_c(text, actors=("china",))], [_c(text, actors=("united-states",))]) == []


def test_deterministic():
    old = [_c(f"China agreed to publish rule number {n} on software licensing.") for n in range(5)]
    new = [_c(f"China will publish rule number {n} on software licensing.") for n in range(5)]
    assert recurring(old, new) == recurring(old, new)
    assert len({p.new for p in recurring(old, new)}) == len(recurring(old, new))
