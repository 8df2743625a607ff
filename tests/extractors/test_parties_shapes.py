"""Parties: shapes read from set K's misses (issue #15), in sentences of our own words.

Each table holds positives and negatives of one shape: a body named only by a person's title,
titles of other governments, people's names, bilateral forums, unknown bodies' countries.
"""

from __future__ import annotations

import pytest

from jccttool.extractors import Context, parties
from jccttool.segment import segment


def _extract(nlp, text: str):
    return list(parties.extract(nlp(text), Context(text=text, segmentation=segment(text))))


def _mentions(text: str, found) -> dict[str, set[str]]:
    return {p.id: {text[s:e] for s, e in p.mentions} for p in found}


# ------------------------------------------------------------------ a body named only by a title


@pytest.mark.parametrize(
    ("text", "pid", "present"),
    [
        # the officeholder's title before or after a name is not the office
        ("Today U.S. Trade Representative Jane Roe met the minister of Ruritania.", "ustr", False),
        ("The U.S. side was led by the Honorable Jane Roe, United States Trade Representative, and two deputies.", "ustr", False),
        # a one-word department before a title head, with no name after it
        ("Officials, among them the Treasury Secretary and the Commerce Secretary, joined by video.",
         "us-department-of-the-treasury", False),
        # the body itself is still a party
        ("The Office of the U.S. Trade Representative published the report.", "ustr", True),
        ("The Treasury announced new sanctions on Friday.", "us-department-of-the-treasury", True),
        ("USTR said the talks would resume in May.", "ustr", True),
        # an acronym before a title names the body ("MOFCOM Spokesman ...")
        ("MOFCOM Spokesman Comments on the New Tariffs", "mofcom", True),
    ],
)
def test_a_body_named_only_by_a_persons_title_is_not_a_party(nlp, text, pid, present):
    assert (pid in _mentions(text, _extract(nlp, text))) is present


# ------------------------------------------------------------------ partner governments in the gazetteer


@pytest.mark.parametrize(
    ("text", "pid", "country", "mention"),
    [
        # a generic body name is the gazetteer's only where the document's other side owns it
        ("The Philippines and the United States met. The Department of Trade and Industry hosted the talks.",
         "ph-dti", "PH", "Department of Trade and Industry"),
        ("Officials of the DTI and of the Philippines' farm ministry attended.", "ph-dti", "PH", "DTI"),
        ("Singapore's Ministry of Trade and Industry issued a statement.", "sg-mti", "SG", "Ministry of Trade and Industry"),
        ("Both sides discussed the Indo-Pacific Economic Framework and its trade pillar.", "ipef", None,
         "Indo-Pacific Economic Framework"),
        ("Ministers from IPEF partners met in Detroit.", "ipef", None, "IPEF"),
        ("The visit followed a call between President Duterte and the U.S. President.", "rodrigo-duterte", "PH", "Duterte"),
        ("President Nguyen Minh Triet visited Washington.", "nguyen-minh-triet", "VN", "Nguyen Minh Triet"),
        ("A message from Luiz Inácio Lula da Silva was read out.", "luiz-inacio-lula-da-silva", "BR",
         "Luiz Inácio Lula da Silva"),
        # a bilateral forum in the other word order ("China-US" for the gazetteer's "U.S.-China")
        ("Liu He heads the Chinese side of the China-US comprehensive economic dialogue.", "ced", None,
         "China-US comprehensive economic dialogue"),
        ("He is a member of the Communist Party of China Central Committee.", "ccp", "CN",
         "Communist Party of China Central Committee"),
    ],
)
def test_partner_governments_and_their_leaders(nlp, text, pid, country, mention):
    found = {p.id: p for p in _extract(nlp, text)}
    assert pid in found, sorted(found)
    assert found[pid].country == country
    assert mention in _mentions(text, found.values())[pid]


@pytest.mark.parametrize(
    "text",
    [
        # the same generic name in a document of another side is that side's body, not the gazetteer's
        "Kenya and the United States met. The Department of Trade and Industry of Kenya hosted.",
        "Finland and the United States met. The Ministry of Trade and Industry of Finland hosted.",
    ],
)
def test_a_generic_body_name_in_another_sides_document_is_not_the_gazetteers(text):
    from jccttool.pipeline import extract_source
    from jccttool.readers import source_from_text

    record = extract_source(source_from_text(text))
    countries = {p.country for p in record.parties if p.type == "government_body"}
    assert "PH" not in countries and "SG" not in countries
