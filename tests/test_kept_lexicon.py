"""The word list's keys are worked out once and kept in the cache (search/derived.py):
every later process that writes a bundle reads them, and a damaged file is made again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from woo_dossiers.search import derived

# A process of its own: `lexicon()` is worked out once per process.
_LEXICON_IN = """
import sys
from pathlib import Path
from woo_dossiers.search import derived
derived.keep_lexicon_in(Path(sys.argv[1]))
keys = derived.lexicon()
print(len(keys), derived.is_dutch("toezicht"), derived.is_dutch("ezicht"))
"""

pytestmark = pytest.mark.skipif(not derived.LEXICON.is_file(), reason="no Dutch word list")


def _lexicon_in(path: Path) -> str:
    plugins = str(Path(derived.__file__).parents[2])  # the folder that holds woo_dossiers/
    done = subprocess.run([sys.executable, "-c", _LEXICON_IN, str(path)], capture_output=True,
                          text=True, check=True, env=dict(os.environ, PYTHONPATH=plugins))
    return done.stdout.strip()


def test_the_keys_are_kept_and_a_later_process_reads_the_same(tmp_path):
    kept = tmp_path / "lexicon-a.keys"
    first = _lexicon_in(kept)
    assert first.endswith("True False") and int(first.split()[0]) > 300_000
    written = kept.read_bytes()
    assert _lexicon_in(kept) == first
    assert kept.read_bytes() == written  # read, not made again


@pytest.mark.parametrize("damage", [
    lambda data: data[:-3],  # cut short
    lambda data: data[:20] + bytes([data[20] ^ 1]) + data[21:],  # a key changed
    lambda data: b"",
])
def test_a_damaged_file_is_made_again_never_believed(tmp_path, damage):
    kept = tmp_path / "lexicon-a.keys"
    expected = _lexicon_in(kept)
    good = kept.read_bytes()
    kept.write_bytes(damage(good))
    assert _lexicon_in(kept) == expected
    assert kept.read_bytes() == good


def test_the_files_of_other_versions_go(tmp_path):
    (tmp_path / "lexicon-old.keys").write_bytes(b"x")
    (tmp_path / "other.keys").write_bytes(b"y")
    derived.keep_lexicon_in(tmp_path / "lexicon-new.keys")
    try:
        assert sorted(p.name for p in tmp_path.iterdir()) == ["other.keys"]
    finally:
        derived._kept.clear()
