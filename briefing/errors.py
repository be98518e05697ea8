"""One family of errors, each with a message a person can act on.

Library code raises these; only the CLI turns them into exit codes (``InputError`` -> 2, anything
else -> 1). Recoverable problems are not errors: they travel as warnings with the result.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(BriefingError):
    """The input (an article, a theme, a template, a data file, an option) is unusable.

    The message names the file and says what is wrong with it, e.g.
    ``article.txt: line 1: no headline``.
    """


class ThemeError(InputError):
    """A theme file is missing, unreadable, or has a field with a bad value."""


class OutputError(BriefingError):
    """An output could not be written (a full disk, a folder that went away): the message names the
    folder and the cause. Nothing half-written is left behind."""


class RenderError(BriefingError):
    """A renderer could not produce its output from a valid briefing (a bug or a broken asset)."""


class DeliveryError(BriefingError):
    """An SMTP server did not accept a message: the message names the server ``host:port`` and why."""
