"""Reading dossier.yml from disk: the checks that come before parsing."""

from __future__ import annotations

import pytest
from woo_dossiers.source.yamlsafe import MAX_BYTES, YamlError, read_limited


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "dossier.yml"
    with path.open("wb") as stream:  # sparse: the size is there, the bytes are never read
        stream.truncate(50 * MAX_BYTES)
    with pytest.raises(YamlError, match="the file is 50,000,000 bytes; at most 1,000,000 are read"):
        read_limited(path)


def test_unreadable_file_is_an_error_not_a_crash(tmp_path):
    with pytest.raises(YamlError, match=r"the file cannot be read \(Is a directory\)"):
        read_limited(tmp_path)
    with pytest.raises(YamlError) as refused:
        read_limited(tmp_path)
    assert refused.value.code == "file-unreadable"  # messages/yaml_file.py
