"""Unsigned LEB128: 7 bits a byte, least significant first, high bit = more bytes follow."""

from __future__ import annotations


def encode(value: int, out: bytearray) -> None:
    """Append value (>= 0) to out."""
    if value < 0:
        raise ValueError(f"varint must be >= 0, got {value}")
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def decode(data: bytes | bytearray | memoryview, pos: int) -> tuple[int, int]:
    """The value at data[pos:] and the position after it."""
    result = 0
    shift = 0
    while True:
        try:
            byte = data[pos]
        except IndexError:
            raise ValueError(f"truncated varint at byte {pos}") from None
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7
