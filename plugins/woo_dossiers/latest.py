"""What one `mkdocs serve` rebuild worked out, for the next one in the same process.

Each memo of this kind holds the latest rebuild's values only: a value the next rebuild does
not ask for (a dossier removed, a page changed) is forgotten after it, so a long serve
session holds one site's worth, never every version it saw.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Latest(Generic[K, V]):
    def __init__(self) -> None:
        self._previous: dict[K, V] = {}
        self._current: dict[K, V] = {}

    def start(self) -> None:
        """A rebuild starts: what the one before it kept may be asked for."""
        self._previous, self._current = self._current, {}

    def get(self, key: K) -> V | None:
        found = self._current.get(key)
        if found is None:
            found = self._previous.get(key)
            if found is not None:
                self._current[key] = found
        return found

    def put(self, key: K, value: V) -> None:
        self._current[key] = value
