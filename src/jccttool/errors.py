"""The library's exceptions. The library raises; only the CLI prints and exits."""

from __future__ import annotations


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
