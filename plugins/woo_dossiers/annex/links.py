"""Links and actions that lead out of the annex to anything but a web page or e-mail address.

A /URI action is refused unless its address starts with http:, https: or
mailto:. The scheme is read the way a browser reads it (leading spaces and
control characters dropped, tabs and line breaks removed, any case), so
" JaVa\\tScript:" is caught; pypdf has already decoded string escapes and
hex-escaped names (/G#6FToR is /GoToR). An address without a scheme is
refused too: a browser resolves it against the site, so it points into the
web server. Actions that open or send files (GoToR, GoToE, ImportData,
SubmitForm, ResetForm) are refused wherever they are: on a link, a bookmark,
a page or the document. Links to the annex's own pages (/Dest, GoTo) are fine.
Launch actions are reported by active.py as active content.
"""

from __future__ import annotations

import re

from pypdf.generic import ByteStringObject, DictionaryObject, PdfObject

from .facts import Finding

_SAFE_SCHEMES = {"http", "https", "mailto"}
# Actions that reach outside the file or send or change form data (worded in messages/annex.py).
ACTIONS = ("/GoToR", "/GoToE", "/ImportData", "/SubmitForm", "/ResetForm")
NO_SCHEME = "no-scheme"
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.IGNORECASE)
_SCHEME_SHOWN = 20  # characters of an odd scheme the message repeats; the address never
_SCHEMES_REPORTED = 5  # distinct odd schemes named, so a hostile file cannot flood the log


def link_problems(obj: DictionaryObject) -> set[str]:
    """What is wrong with this dictionary as an action: keys of LINKS (messages/annex.py)."""
    action = obj.get("/S")
    if action in ACTIONS:
        return {str(action)}
    if action == "/URI":
        scheme = uri_scheme(obj.get("/URI"))
        if scheme is None:
            return {NO_SCHEME}
        if scheme not in _SAFE_SCHEMES:
            shown = scheme if len(scheme) <= _SCHEME_SHOWN else scheme[:_SCHEME_SHOWN] + "..."
            return {f"scheme:{shown}"}
    return set()


def uri_scheme(value: PdfObject | None) -> str | None:
    """The scheme of a /URI value as a browser would see it, lower-case; None if it has none."""
    if isinstance(value, ByteStringObject):
        text = bytes(value).decode("latin-1")
    elif isinstance(value, str):
        text = str(value)
    else:
        return None  # not a string at all: no address a viewer could follow safely
    # Browsers drop leading C0 controls and spaces, and tabs and newlines anywhere.
    text = re.sub(r"[\t\n\r]", "", text).lstrip("".join(map(chr, range(0x21))))
    match = _SCHEME.match(text)
    return match[1].lower() if match else None


def link_findings(problems: set[str]) -> list[Finding]:
    # In the order of the words "'<scheme>:' address", as the messages were always sorted.
    odd_schemes = sorted((p for p in problems if p.startswith("scheme:")), key=lambda p: p + ":")
    kept = [p for p in problems if p not in odd_schemes] + odd_schemes[:_SCHEMES_REPORTED]
    findings = [Finding("link-target", "error", params={"link": problem}) for problem in kept]
    return sorted(findings, key=lambda f: f.message)  # the order the log has always had
