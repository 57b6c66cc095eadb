"""Strict YAML loading for files written by people, not programs.

PyYAML's loaders hide mistakes: a duplicate key silently replaces the first
(dropping an annex), `no` becomes false and `010` becomes 8. We compose the
node tree with the safe loader and build the values ourselves, so that we can
record the line of every value, refuse duplicate keys and aliases, and keep
the text as written to explain a surprising conversion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .. import messages
from .yaml_diagnosis import diagnose

Path_ = tuple[str | int, ...]

MAX_BYTES = 1_000_000  # a dossier.yml of a megabyte is a mistake, not a dossier
MAX_DEPTH = 20


@dataclass
class YamlDocument:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)  # value path -> 1-based line
    raw: dict[Path_, str] = field(default_factory=dict)  # scalar path -> text as written
    plain: set[Path_] = field(default_factory=set)  # scalars written without quotes
    # Values that could not be read (an impossible date, ...): the rest of the file is still
    # read, so that its other problems are reported in the same run. Each holds its raw text.
    problems: list[YamlError] = field(default_factory=list)

    def line_of(self, path: Path_) -> int | None:
        """The line of `path`, or of its nearest parent that has one."""
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]


class YamlError(Exception):
    """Why a YAML file cannot be used: a code of messages/yaml.py, its parameters, where."""

    def __init__(self, code: str, params: dict[str, Any] | None = None, line: int | None = None,
                 path: Path_ = ()) -> None:
        self.code = code
        self.params = params or {}
        self.message = messages.english(code, self.params)
        super().__init__(self.message)
        self.line = line
        self.path = path


def read_limited(path: Path) -> bytes:
    """The bytes of `path`, refusing a huge file before it is read into memory."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise YamlError(*_too_big(size))
        with path.open("rb") as stream:
            return stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise YamlError("file-unreadable", {"reason": error.strerror}) from None


def _too_big(size: int) -> tuple[str, dict[str, Any]]:
    return "file-too-big", {"size": size, "limit": MAX_BYTES}


def load_yaml(raw_bytes: bytes) -> YamlDocument:
    """Parse one YAML document; raise YamlError with a line and a plain message."""
    if len(raw_bytes) > MAX_BYTES:
        raise YamlError(*_too_big(len(raw_bytes)))
    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw_bytes[: error.start].count(b"\n") + 1
        raise YamlError("yaml-not-utf8", line=line) from None
    for number, line_text in enumerate(text.splitlines(), start=1):
        indent = line_text[: len(line_text) - len(line_text.lstrip())]
        if "\t" in indent:
            raise YamlError("yaml-tab", line=number)
    try:
        yaml.SafeLoader(text).dispose()  # its reader checks every character on creation
    except yaml.reader.ReaderError as error:
        # The reader checks every character before parsing starts.
        line = text[: error.position].count("\n") + 1
        raise YamlError("yaml-control-character", {"character": f"{error.character:04x}"},
                        line) from None
    try:
        _check_depth(text)
        node, loader = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        found = diagnose(text, str(error.problem), mark.line + 1 if mark else None,
                         error.context_mark.line + 1 if error.context_mark else None)
        raise YamlError(found.code, found.params, found.line) from None
    except yaml.YAMLError as error:
        raise YamlError("yaml-syntax", {"problem": str(error)}) from None
    doc = YamlDocument(data=None)
    if node is None:
        doc.data = {}
        return doc
    doc.data = _Builder(loader, doc).build(node, (), 0)
    return doc


# libyaml composes a dossier.yml some ten times faster than PyYAML's Python parser,
# which made parsing the largest cost of our plugin per dossier.
_FastLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str) -> tuple[yaml.Node | None, yaml.SafeLoader]:
    """The node tree, composed by libyaml when present.

    A file that does not parse is composed again by the Python parser, so that
    the user gets the same wording of the mistake with or without libyaml.
    """
    loader = _FastLoader(text)
    try:
        return loader.get_single_node(), loader
    except yaml.YAMLError:
        if _FastLoader is yaml.SafeLoader:
            raise
    finally:
        loader.dispose()
    loader = yaml.SafeLoader(text)
    try:
        return loader.get_single_node(), loader
    finally:
        loader.dispose()


def _check_depth(text: str) -> None:
    """Refuse deep nesting before composing: PyYAML's composer recurses once per
    level, so a few thousand `[` in a (small) file would crash it. The parser
    below is a state machine and streams events without recursion."""
    try:
        _depth_pass(text, _FastLoader)  # libyaml's parser when present: the faster pass
    except yaml.YAMLError:
        # libyaml refuses some files the Python parser reads (and the other way round):
        # the Python parser decides, in the words the user would get without libyaml.
        if _FastLoader is not yaml.SafeLoader:
            _depth_pass(text, yaml.SafeLoader)
        else:
            raise


def _depth_pass(text: str, loader: type[yaml.SafeLoader]) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlError("yaml-too-deep", {"levels": MAX_DEPTH}, event.start_mark.line + 1)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


class _Builder:
    def __init__(self, loader: yaml.SafeLoader, doc: YamlDocument) -> None:
        self.loader = loader
        self.doc = doc
        self.seen: set[int] = set()

    def build(self, node: yaml.Node, path: Path_, depth: int, parent_line: int = 0) -> Any:
        line = node.start_mark.line + 1
        if depth > MAX_DEPTH:
            raise YamlError("yaml-too-deep", {"levels": MAX_DEPTH}, line, path)
        # The composer returns the same node object for every alias of an anchor:
        # seeing a node twice means "&"/"*" are in use, which also makes alias bombs.
        # The node's own line is the anchor's; the alias is on the line of its key or list.
        if id(node) in self.seen:
            raise YamlError("yaml-alias", line=parent_line or line, path=path)
        self.seen.add(id(node))
        self.doc.lines[path] = line
        # The safe loader refuses Python tags on scalars only when it constructs them;
        # a tagged list or mapping would pass unnoticed through our own building.
        if isinstance(node, yaml.CollectionNode) and node.tag not in _COLLECTION_TAGS:
            raise YamlError(*_tag_problem(node.tag), line, path)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, (*path, i), depth + 1, line)
                    for i, child in enumerate(node.value)]
        return self._scalar(node, path)

    def _mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError("yaml-key-not-plain", line=key_line, path=path)
            key = key_node.value
            if key in first_line:
                raise YamlError("yaml-key-twice",
                                {"key": key, "first": first_line[key], "second": key_line},
                                key_line, (*path, key))
            first_line[key] = key_line
            result[key] = self.build(value_node, (*path, key), depth + 1, key_line)
        return result

    def _scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        self.doc.raw[path] = node.value
        if not node.style:  # plain: None from PyYAML's parser, "" from libyaml's
            self.doc.plain.add(path)
        if node.tag not in _SAFE_SCALAR_TAGS:
            raise YamlError(*_tag_problem(node.tag), node.start_mark.line + 1, path)
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, yaml.constructor.ConstructorError):
            code = ("yaml-date-not-real" if node.tag == "tag:yaml.org,2002:timestamp"
                    else "yaml-value-unreadable")
            self.doc.problems.append(YamlError(code, {"value": node.value},
                                               node.start_mark.line + 1, path))
            return node.value  # as written; the checks skip a path with a problem


_SAFE_SCALAR_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp")
}
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _tag_problem(tag: str) -> tuple[str, dict[str, Any]]:
    return "yaml-tag", {"tag": tag.replace("tag:yaml.org,2002:", "!!")}
