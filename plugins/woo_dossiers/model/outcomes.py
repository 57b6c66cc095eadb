"""The outcomes of a request item: one row per outcome, holding every fact about it.

Validation, the inventory check, the importer, the Dutch messages and
`woo nieuw` read these rows instead of naming outcomes, so adding
an outcome is adding a row here, its colour in `assets/woo.css`, the value in
the schema's enum (which editors read from the file) and a line in the docs;
`tests/test_outcomes.py` says which of those is missing, and fails when any
other module names an outcome.

The table's order is the display order (statistics, filters, open data).
Judgements ("openbaar", ...) are the keys of `inventory/columns.py`'s table,
written out here because importing the inventory package from this leaf
module would be circular; a test checks they exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class LetterWords:
    """How the importer recognises the outcome in the wording of a decision letter."""

    precedence: int  # lower wins when an answer matches several outcomes: the stronger claim
    pattern: re.Pattern[str]  # matched against the answer, lower-cased, spaces collapsed
    # Outcomes whose wording goes with this one and so casts no doubt on it:
    # "reeds openbaar; ik verwijs u naar ..." is already-public, not also referred.
    goes_with: tuple[str, ...] = ()
    # Outcomes whose wording together means this one, marked for review: disclosing
    # and refusing in one answer is partly disclosing.
    of_both: tuple[str, ...] = ()
    # (outcome, pattern): this one wins over that outcome when that outcome's words
    # match the pattern: "afgewezen, omdat geen documenten zijn aangetroffen" is not-held.
    wins_over: tuple[tuple[str, re.Pattern[str]], ...] = ()


@dataclass(frozen=True)
class ExampleRows:
    """How `scripts/make_example_inventory.py` fills an example inventory for such an item."""

    share: float  # weight of the item among the items with documents
    mix: tuple[tuple[str, float], ...]  # (judgement, weight); the first is one the rule needs


@dataclass(frozen=True)
class InventoryRule:
    """Which judgements the documents of such an item may and must have (inventory/checks.py)."""

    allowed: frozenset[str]  # judgements the item's documents may have
    needs: tuple[frozenset[str], ...]  # for each set: at least one document judged so
    explanation: str  # the rule in words, ends every message about it
    explanation_nl: str  # the same for the communications team
    example: ExampleRows | None = None  # None: example inventories list no documents for it


@dataclass(frozen=True)
class Outcome:
    key: str  # the value of `outcome:` in dossier.yml
    label: str  # Dutch, shown on the site
    # Item fields it needs: each group needs at least one of its fields filled;
    # the first field of a group is where the message points.
    needs: tuple[tuple[str, ...], ...]
    expected: str  # what it needs in words, ending the message about a missing field
    expected_nl: str
    withholds: bool  # something is withheld, so the item may cite grounds
    letter: LetterWords
    inventory: InventoryRule

    @property
    def css_class(self) -> str:
        """The badge's class; assets/woo.css gives each one its colour."""
        return f"woo-badge--{self.key}"

    def requires(self, field: str) -> bool:
        return any(field in group for group in self.needs)


_OPENBAAR, _DEELS, _NIET, _REEDS = "openbaar", "deels openbaar", "niet openbaar", "reeds openbaar"
_NO_DOCUMENTS: frozenset[str] = frozenset()


OUTCOMES: dict[str, Outcome] = {
    o.key: o
    for o in (
        Outcome(
            "disclosed", "Openbaar gemaakt",
            needs=(("documents",),),
            expected="documents (annex files)", expected_nl="documents (bijlagen)",
            withholds=False,
            letter=LetterWords(3, re.compile(
                r"\b(?:wordt|worden)\b[^.]{0,60}\bopenbaar gemaakt\b(?!e)"
                r"|\b(?:besluit|besloten)\b(?![^.]{0,60}\b(?:niet|deels|gedeeltelijk)\b)"
                r"[^.]{0,60}openbaar te maken"
                # "ik maak ... openbaar", and the first person plural: "wij maken ..."
                r"|\b(?:maak ik|ik maak|maken wij|wij maken|maken we|we maken) "
                r"(?![^.]{0,80}\b(?:niet|deels|gedeeltelijk)\b)[^.]{0,80}openbaar\b"
                r"|\b(?:verstrek ik|ik verstrek|verstrekken wij|wij verstrekken)\b"
                # "Ik heb 164 documenten openbaar gemaakt" (tests/import_phrasings.py)
                # but not "nooit", "eerder"/"al" (already public) or "met weglakking" (partly)
                r"|\b(?:heb|hebben)\b(?![^.]{0,60}\b(?:niet|nooit|geen|deels|gedeeltelijk|eerder"
                r"|reeds|al|weglakking|weglating|gelakt|uitzondering)\b)[^.]{0,60}"
                r"\bopenbaar gemaakt\b(?!e)"
                r"|(?<!gedeeltelijk )(?<!deels )(?<!niet )\b(?:toe te wijzen|in te willigen)\b")),
            inventory=InventoryRule(
                frozenset({_OPENBAAR, _REEDS}), (frozenset({_OPENBAAR}),),
                "a disclosed item's documents are 'openbaar' (some may be 'reeds openbaar'); "
                "use partly-disclosed when anything is withheld",
                "de documenten van een openbaar gemaakt onderdeel zijn 'openbaar' (sommige "
                "mogen 'reeds openbaar' zijn); kies partly-disclosed als er iets is weggelaten",
                ExampleRows(0.6, ((_OPENBAAR, 9), (_REEDS, 1))),
            ),
        ),
        Outcome(
            "partly-disclosed", "Deels openbaar gemaakt",
            needs=(("documents",), ("grounds",)),
            expected="documents and grounds", expected_nl="documents en grounds",
            withholds=True,
            letter=LetterWords(1, re.compile(
                r"\b(?:deels|gedeeltelijk|grotendeels) openbaar|\b(?:weg|zwart)?gelakte?\b"
                # "ik lak de namen", "lakken wij", "onleesbaar gemaakt": something is withheld
                r"|\b(?:ik|wij|we) lak(?:ken)?\b|\blak(?:ken)? (?:ik|wij|we)\b"
                r"|\bonleesbaar gemaakt|\bzwart gemaakt|\bmet uitzondering van\b"
                r"|\b(?:weglakking|weglating) van\b|\bmet weglakking\b"
                r"|\b(?:(?:maak|maken) (?:ik|wij|we)|(?:ik|wij|we) (?:maak|maken))\b[^.]{0,60}"
                r"\bonleesbaar\b"
                # "deels toegewezen", "wij wijzen uw verzoek gedeeltelijk toe", "voor een deel af"
                r"|\b(?:deels|gedeeltelijk|voor een deel) (?:toe te wijzen|in te willigen|toegewezen"
                r"|ingewilligd|toe\b|af\b|afgewezen|af te wijzen)"),
                goes_with=("refused", "disclosed"), of_both=("disclosed", "refused")),
            inventory=InventoryRule(
                frozenset({_OPENBAAR, _DEELS, _NIET, _REEDS}),
                (frozenset({_OPENBAAR, _DEELS}), frozenset({_DEELS, _NIET})),
                "a partly disclosed item has something disclosed and something withheld: a "
                "'deels openbaar' document, or both 'openbaar' and 'niet openbaar' ones",
                "bij een deels openbaar gemaakt onderdeel is iets openbaar en iets niet: "
                "een document dat 'deels openbaar' is, of zowel 'openbaar' als 'niet openbaar' "
                "documenten",
                ExampleRows(3.0, ((_DEELS, 6), (_OPENBAAR, 2), (_NIET, 1.5), (_REEDS, 0.5))),
            ),
        ),
        Outcome(
            "refused", "Niet openbaar gemaakt",
            needs=(("grounds",),),
            expected="grounds", expected_nl="grounds (weigeringsgronden)",
            withholds=True,
            letter=LetterWords(2, re.compile(
                r"\bniet openbaar\b|\b(?:ge)?weiger|openbaarmaking (?:blijft|wordt) achterwege"
                r"|\b(?:wijs|wijzen) (?:ik|wij|we)\b[^.]{0,80}\baf\b|\bafgewezen\b"
                r"|\baf te wijzen\b|\bniet (?:toe te wijzen|in te willigen)\b"),
                goes_with=("out-of-scope",)),
            inventory=InventoryRule(
                frozenset({_NIET, _REEDS}), (frozenset({_NIET}),),
                "a refused item's documents are 'niet openbaar' (some may be 'reeds openbaar'); "
                "use partly-disclosed when anything is disclosed",
                "de documenten van een geweigerd onderdeel zijn 'niet openbaar' (sommige mogen "
                "'reeds openbaar' zijn); kies partly-disclosed als er iets openbaar is",
                ExampleRows(1.2, ((_NIET, 19), (_REEDS, 1))),
            ),
        ),
        Outcome(
            "already-public", "Reeds openbaar",
            needs=(("reuses", "links"),),
            expected="reuses (earlier dossier or URL) or links",
            expected_nl="reuses (eerder dossier of webadres) of links",
            withholds=False,
            letter=LetterWords(5, re.compile(
                r"\b(?:reeds|al|eerder) openbaar(?!e)|\bopenbaar beschikbaar\b|\bis al gepubliceerd"
                r"|\b(?:is|zijn) (?:al|reeds) (?:eerder )?(?:gepubliceerd|openbaar gemaakt)"),
                # "niet van toepassing op reeds openbare informatie", "reeds openbaar; de
                # Woo is daarom niet van toepassing": no out-of-scope. So it comes before it.
                goes_with=("referred", "out-of-scope")),
            inventory=InventoryRule(
                frozenset({_REEDS}), (frozenset({_REEDS}),),
                "an already-public item's documents are all 'reeds openbaar'",
                "de documenten van een onderdeel dat reeds openbaar is, zijn allemaal "
                "'reeds openbaar'",
                ExampleRows(0.4, ((_REEDS, 1),)),
            ),
        ),
        Outcome(
            "not-held", "Geen documenten aanwezig",
            needs=(),
            expected="an answer", expected_nl="een antwoord (answer)",
            withholds=False,
            letter=LetterWords(7, re.compile(
                r"\bgeen (?:\w+ )?documenten\b|niet aangetroffen|geen [^.]{0,40}aangetroffen|"
                r"niet (?:zijn |worden )?opgemaakt|niet beschikbaar|niet in (?:mijn |het )?bezit|"
                r"beschik(?:t|ken)? [^.]{0,30}niet over|\b(?:bestaan|bestaat|bestond|bestonden) "
                r"niet\b|niet voorhanden|"
                r"\bgeen sprake\b"),
                wins_over=(("refused", re.compile(r"\baf\b|\bafgewezen\b|\baf te wijzen\b")),)),
            inventory=InventoryRule(
                _NO_DOCUMENTS, (), "a not-held item has no documents",
                "bij een onderdeel zonder documenten (not-held) horen geen documenten",
            ),
        ),
        Outcome(
            "referred", "Verwezen naar openbare informatie",
            needs=(("links", "reuses"),),
            expected="links or reuses", expected_nl="links of reuses",
            withholds=False,
            letter=LetterWords(8, re.compile(r"\bverwijs\b|\bverwijzen\b|\bverwezen\b")),
            inventory=InventoryRule(
                frozenset({_REEDS}), (),
                "a referred item's documents, if listed, are 'reeds openbaar'",
                "de documenten van een verwezen onderdeel zijn, als ze er staan, 'reeds openbaar'",
                ExampleRows(0.2, ((_REEDS, 1),)),
            ),
        ),
        Outcome(
            "out-of-scope", "Valt buiten de wet",
            needs=(),
            expected="an answer", expected_nl="een antwoord (answer)",
            withholds=False,
            letter=LetterWords(6, re.compile(
                r"\b(?:valt|vallen) (?:niet )?buiten\b|\bgeen bestuurlijke aangelegenheid|"
                r"niet van toepassing op(?! reeds openbare)"
                # "De Woo is daarom niet van toepassing", without "op"
                r"|\b(?:woo|wob|wet open overheid|wet openbaarheid van bestuur|deze wet) "
                r"(?:is|was) (?:\w+ ){0,3}niet van toepassing\b(?! op reeds openbare)"
                # "Ik beslis niet op dit onderdeel (want het is een vraag)": the importer
                # flags it, as the reason may be another outcome
                r"|\b(?:beslis|beslissen) (?:ik|wij|we) niet\b|\b(?:ik|wij|we) (?:beslis|beslissen) "
                r"niet\b|\bgeen verzoek om (?:publieke )?informatie\b")),
            inventory=InventoryRule(
                _NO_DOCUMENTS, (), "an out-of-scope item has no documents in the inventory",
                "een onderdeel buiten de wet heeft geen documenten in de inventarislijst",
            ),
        ),
        Outcome(
            "forwarded", "Doorgezonden naar ander bestuursorgaan",
            needs=(),
            expected="an answer naming the body",
            expected_nl="een antwoord (answer) dat het bestuursorgaan noemt",
            withholds=False,
            letter=LetterWords(
                4, re.compile(r"\bdoorgezonden\b|\bdoorgestuurd\b|\bdoor te (?:zenden|sturen)\b"
                              r"|\b(?:zend|zenden|stuur|sturen) (?:ik|wij|we)\b[^.]{0,80}\bdoor\b"
                              r"|\b(?:ik|wij|we) (?:zend|zenden|stuur|sturen)\b[^.]{0,80}\bdoor\b"),
                # "dit deel heb ik doorgezonden; daarop beslis ik niet": forwarded
                goes_with=("out-of-scope",)),
            inventory=InventoryRule(
                _NO_DOCUMENTS, (), "a forwarded item has no documents in the inventory",
                "een doorgezonden onderdeel heeft geen documenten in de inventarislijst",
            ),
        ),
    )
}

# Outcomes that withhold information, in table order: the only ones that take grounds.
WITHHOLDING: tuple[str, ...] = tuple(key for key, o in OUTCOMES.items() if o.withholds)


def requiring(field: str) -> tuple[str, ...]:
    """The outcomes whose items need `field` (alone or as one of a group), in table order."""
    return tuple(key for key, o in OUTCOMES.items() if o.requires(field))
