"""Turn a signed decision letter (PDF) into a draft dossier that a person checks.

No MkDocs here: pages -> clean lines -> blocks -> facts, items, outcomes ->
dossier.yml, decision.md and a report. Every guess is marked in dossier.yml;
what the letter does not say stays empty and is reported.
"""

from .pdftext import LetterUnreadable
from .write import ImportRefused, ImportResult, import_decision

__all__ = ["ImportRefused", "ImportResult", "LetterUnreadable", "import_decision"]
