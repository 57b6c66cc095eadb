#!/usr/bin/env python3
"""Import a signed decision letter (PDF) as a draft dossier.

    python scripts/import_decision.py LETTER.pdf [ANNEX.pdf ...] --slug SLUG [--dossiers DIR]

Writes DIR/SLUG/ (dossier.yml, decision.md, the annexes) and prints what was
found and what a person must check or fill in. Exit status 0: written;
2: nothing written (bad arguments, existing slug, unreadable letter).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))  # run from a checkout without installing

from woo_dossiers.importer import ImportRefused, LetterUnreadable, import_decision  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Import a decision letter PDF as a draft dossier.")
    parser.add_argument("letter", type=Path, help="the signed decision letter (PDF)")
    parser.add_argument("annexes", type=Path, nargs="*", help="annex PDFs to publish with it")
    parser.add_argument("--slug", required=True, help="the new dossier's id, e.g. 2021-cas")
    parser.add_argument("--dossiers", type=Path, default=Path("dossiers"),
                        help="the dossiers folder (default: dossiers)")
    args = parser.parse_args(argv)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are no news to a person
    try:
        result = import_decision(args.letter, args.annexes, args.slug, args.dossiers)
    except (ImportRefused, LetterUnreadable) as error:
        print(f"import_decision: {error}; nothing was written", file=sys.stderr)
        return 2
    print(result.report, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
