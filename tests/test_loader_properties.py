"""Property-based tests of the loader: whatever dossier.yml holds, the build explains, never crashes.

Three sources of input: valid dossiers generated from scratch (which must
round-trip into the model unchanged), valid files mutated byte by byte with
the mistakes people and attackers make, and arbitrary YAML documents. The
loader must never raise, and every failure must be a Problem naming the
dossier, its file and (when it has one) a line that exists.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from woo_dossiers.loader import load_site
from woo_dossiers.messages.problems import Problem
from woo_dossiers.model.laws import LAWS, law_on

SLUG = "2024-eigenschap"
LETTER = "Geachte heer, mevrouw,\n\nHierbij mijn besluit.\n\n## Besluit\n\nIk maak openbaar wat kan.\n"
FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Plain words with the characters Dutch letters use; generated text must be valid
# for every field, so it carries no Markdown link or HTML syntax.
_TEXT = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éëïöüçĳ.,;'\"-/?!€%"),
    min_size=1, max_size=40,
).filter(lambda s: s.strip())
_DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def valid_dossiers(draw: st.DrawFn) -> dict[str, Any]:
    received = draw(_DATES)
    decided = received + timedelta(days=draw(st.integers(0, 400)))
    # The law of the decision date, or the other one with the reason why (issue 18).
    law = law_on(decided).key
    other = draw(st.booleans())
    if other:
        law = next(key for key in sorted(LAWS) if key != law)
    data: dict[str, Any] = {
        "title": draw(_TEXT),
        "organisation": draw(_TEXT),
        "law": law,
        "dates": {"received": received, "decided": decided},
    }
    if other:
        data["law_reason"] = draw(_TEXT)
    if draw(st.booleans()):
        data["dates"]["published"] = decided + timedelta(days=draw(st.integers(0, 30)))
    if draw(st.booleans()):
        data["reference"] = draw(_TEXT)
    if draw(st.booleans()):
        data["summary"] = draw(_TEXT)
    topics = draw(st.lists(_TEXT, max_size=3, unique=True))
    if topics:
        data["topics"] = topics
    numbers = draw(st.lists(st.integers(1, 40), min_size=1, max_size=6, unique=True))
    grounds = sorted(LAWS[law].grounds)
    items = []
    for number in numbers:
        outcome = draw(st.sampled_from(["not-held", "out-of-scope", "forwarded", "refused"]))
        item: dict[str, Any] = {"item": number, "request": draw(_TEXT), "outcome": outcome,
                                "answer": draw(_TEXT)}
        if outcome == "refused":
            item["grounds"] = draw(st.lists(st.sampled_from(grounds), min_size=1, max_size=2,
                                            unique=True))
        items.append(item)
    data["items"] = items
    return data


def write_dossier(root: Path, content: bytes) -> Path:
    folder = root / "dossiers" / SLUG
    folder.mkdir(parents=True)
    (folder / "dossier.yml").write_bytes(content)
    (folder / "decision.md").write_text(LETTER, "utf-8")
    return folder


def load(content: bytes):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_dossier(root, content)
        site = load_site(root / "dossiers", root=root)
    assert_explained(site.problems, content)
    assert (SLUG in site.dossiers) != (SLUG in site.left_out)
    assert (SLUG in site.left_out) == any(p.is_error for p in site.problems)
    return site


def assert_explained(problems: list[Problem], content: bytes) -> None:
    # YAML, like editors, also breaks lines at a lone \r; one past the end is where EOF errors point.
    lines = len(content.decode("utf-8", errors="replace").splitlines()) + 1
    for problem in problems:
        assert problem.dossier == SLUG
        assert problem.file in {f"dossiers/{SLUG}/dossier.yml", f"dossiers/{SLUG}/decision.md"}
        assert isinstance(problem.message, str) and len(problem.message) > 10
        assert "Traceback" not in problem.message
        assert problem.line is None or 1 <= problem.line <= lines, str(problem)
        assert str(problem).startswith(problem.file)


def dump(data: dict[str, Any]) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


@FAST
@given(valid_dossiers())
def test_valid_dossier_round_trips(data):
    site = load(dump(data))
    assert site.problems == [], [str(p) for p in site.problems]
    dossier = site.dossiers[SLUG]
    assert dossier.title == data["title"]
    assert dossier.organisation == data["organisation"]
    assert (dossier.law, dossier.law_reason) == (data["law"], data.get("law_reason"))
    assert dossier.reference == data.get("reference")
    assert dossier.summary == data.get("summary")
    assert dossier.topics == tuple(data.get("topics", []))
    assert dossier.dates.received == data["dates"]["received"]
    assert dossier.dates.decided == data["dates"]["decided"]
    assert dossier.dates.published == data["dates"].get("published")
    assert [(i.numbers, i.request, i.outcome, i.answer, i.grounds) for i in dossier.items] == [
        ((d["item"],), d["request"], d["outcome"], d["answer"], tuple(d.get("grounds", ())))
        for d in data["items"]
    ]


# What people and attackers put into YAML: conversions, tags, anchors, tabs,
# structure characters, paths, markup, bytes that are not UTF-8.
HOSTILE_SNIPPETS = [
    b"no", b"yes", b"010", b"11.1", b"1e3", b"~", b"null", b"2024-02-30", b"2021-05-10 12:00",
    b"&a ", b"*a", b"<<: *a", b"!!python/object/apply:os.system ['id'] ", b"!!binary ",
    b"!ENV HOME", b"\t", b"\x00", b"\xff\xfe", b"\xc3", b"{", b"}", b"[", b"]", b": ", b"- ",
    b"? ", b"'", b'"', b"|", b">", b"#", b"\n", b"\n---\n", b"%YAML 1.1\n", b"\r",
    b"../", b"/etc/passwd", b"<script>alert(1)</script>", b"[x](javascript:alert(1))",
    "é€ĳ".encode(), b"\xef\xbb\xbf", b"[" * 1000, b"- " * 500,
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    content = bytearray(dump(draw(valid_dossiers())))
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(content)))
        action = draw(st.sampled_from(["insert", "delete", "duplicate-line", "replace"]))
        if action == "insert":
            content[position:position] = draw(st.sampled_from(HOSTILE_SNIPPETS))
        elif action == "delete":
            content[position:position + draw(st.integers(1, 20))] = b""
        elif action == "duplicate-line":
            start = content.rfind(b"\n", 0, position) + 1
            end = content.find(b"\n", position)
            end = len(content) if end < 0 else end + 1
            content[end:end] = content[start:end]
        else:
            content[position:position + 1] = draw(st.binary(min_size=1, max_size=3))
    return bytes(content)


@FAST
@given(mutated())
def test_mutated_dossier_is_explained_not_crashed(content):
    load(content)


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                     st.text(max_size=20), _DATES)
_TREES = st.recursive(
    _SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=10), children, max_size=4)),
    max_leaves=20,
)
_KEYS = st.sampled_from(["title", "organisation", "law", "dates", "items", "annexes", "reuses",
                         "decision", "period", "topics", "summary", "reference", "extra"])


@FAST
@given(st.dictionaries(_KEYS, _TREES, max_size=8))
def test_arbitrary_yaml_is_explained_not_crashed(data):
    load(dump(data))


@FAST
@given(st.binary(max_size=300))
def test_arbitrary_bytes_are_explained_not_crashed(content):
    load(content)
