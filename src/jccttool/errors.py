"""The library's exceptions. The library raises; only the CLI prints and exits."""

from __future__ import annotations

import re


class JcctError(Exception):
    """Base of every error a user can act on. ``exit_code`` is what the CLI returns."""

    exit_code = 2


class InputError(JcctError):
    """An input that cannot be read or is not what the command takes."""


class RuleDataError(JcctError):
    """A packaged rule file (gazetteer, trigger list, currency table) is malformed."""


class ValidationFailed(JcctError):
    """An extraction JSON that does not meet the contract."""

    exit_code = 1


class Terminated(BaseException):
    """Raised by the CLI's SIGTERM handler so that cleanup code runs."""


class HungUp(BaseException):
    """Raised by the CLI's SIGHUP handler so that cleanup code runs."""


#: pydantic's text for an exception raised inside a serializer: "... function `x`: KeyboardInterrupt: "
_WRAPPED_SIGNAL = re.compile(r"`: (KeyboardInterrupt|Terminated|HungUp):")
_SIGNALS: dict[str, type[BaseException]] = {"KeyboardInterrupt": KeyboardInterrupt, "Terminated": Terminated,
                                            "HungUp": HungUp}


def wrapped_signal(exc: BaseException) -> BaseException | None:
    """The signal's exception (Ctrl-C's ``KeyboardInterrupt``, ``Terminated``, ``HungUp``)
    when ``exc`` is pydantic's serialization error wrapping it, else None.

    A signal that lands while pydantic runs one of our field serializers comes back as a
    ``PydanticSerializationError`` holding only the text of the original exception (no
    ``__cause__``), so an interrupted ``to_json`` would read as a bug of one document."""
    if type(exc).__name__ != "PydanticSerializationError":
        return None
    m = _WRAPPED_SIGNAL.search(str(exc))
    return _SIGNALS[m.group(1)]() if m else None
