"""A full disk or a folder the build may not write: one line that says what to do.

An OSError inside a build would end in a Python traceback. The plugin's event
handlers that touch the disk are wrapped: the error becomes a PluginError,
which MkDocs prints as one line and exits non-zero, after `on_build_error` has
dropped the half-built site, so the previous site/ stays as it was. The line is
Dutch: the communications team publishes, and reads the build's output.
"""

from __future__ import annotations

import errno
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from mkdocs.exceptions import PluginError

_ADVICE = {
    errno.ENOSPC: "de schijf is vol: maak ruimte vrij en bouw opnieuw",
    errno.EDQUOT: "de schijfruimte (quota) is op: maak ruimte vrij en bouw opnieuw",
    errno.EACCES: "geen toestemming om daar te schrijven of te lezen: controleer de eigenaar "
                  "en de rechten van die map",
    errno.EPERM: "geen toestemming om daar te schrijven of te lezen: controleer de eigenaar "
                 "en de rechten van die map",
    errno.EROFS: "de schijf is alleen-lezen: bouw op een plek waar geschreven mag worden",
    errno.ENOTDIR: "daar staat een bestand waar een map moet staan: haal het bestand weg",
    errno.EEXIST: "daar staat al iets dat in de weg zit: haal het weg en bouw opnieuw",
}
_DEFAULT = "controleer die map en bouw opnieuw"

Handler = TypeVar("Handler", bound=Callable[..., Any])


def os_error_line(error: OSError, writing_in: str | None = None) -> str:
    """What went wrong, where, and what to do, in one Dutch line. `writing_in`: the folder
    being written when the error itself names no file (a write that fails half-way)."""
    if error.errno is None:  # raised by our own code, with its own words (cache checks)
        return f"woo: de site kon niet worden gebouwd: {error}. De vorige site is niet veranderd."
    # A copy or rename names its source and its target; the target is where it failed to write.
    named = error.filename2 if error.filename2 is not None else error.filename
    where = (named if named is not None
             else f"bij het schrijven in {writing_in}" if writing_in else "onbekend pad")
    advice = _ADVICE.get(error.errno or 0, _DEFAULT)
    reason = error.strerror or type(error).__name__
    return (f"woo: de site kon niet worden gebouwd: {reason} ({where}); {advice}. "
            "De vorige site is niet veranderd.")


def with_file_name(error: OSError, path: object) -> OSError:
    """The error, naming `path` if it names no file (write() on a full disk names none)."""
    if error.filename is None:
        error.filename = str(path)
    return error


def plain_os_errors(handler: Handler) -> Handler:
    """Turn an OSError in an event handler into a one-line PluginError."""
    @functools.wraps(handler)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        try:
            return handler(*args, **kwargs)
        except OSError as error:
            raise PluginError(os_error_line(error)) from error
    return wrapped  # type: ignore[return-value]
