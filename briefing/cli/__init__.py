"""The command line: ``briefing build``, ``inspect``, ``verify``, ``email`` and ``serve``.

A thin layer: parse flags (:mod:`.parser`), call the API (:mod:`.commands`), print, and map errors
to exit codes — 0 success, 2 bad input (a missing, unreadable or empty file, no headline, a bad
option), 1 anything unexpected. Messages name the file and the problem; no traceback reaches the user.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from briefing.cli.commands import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_UNEXPECTED,
    build_command,
    email_command,
    inspect_command,
    serve_command,
    verify_command,
)
from briefing.cli.parser import build_parser, subcommand_parsers
from briefing.errors import BriefingError, InputError

COMMANDS = {"build": build_command, "inspect": inspect_command, "verify": verify_command, "email": email_command,
            "serve": serve_command}

__all__ = ["COMMANDS", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras:  # reported by the command's own parser, so the usage shown is that command's
        command = subcommand_parsers(parser).get(args.command or "", parser)
        command.error(f"unrecognized arguments: {' '.join(extras)}")
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        status = COMMANDS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit where it would print a traceback
        return status
    except BrokenPipeError:
        # The reader stopped reading (``briefing inspect x --json | head``): not an error of ours.
        # Standard output is pointed at /dev/null so that the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except InputError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BriefingError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return EXIT_UNEXPECTED
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the promise is: no traceback, a message and status 1
        print(f"briefing: unexpected error: {exc.__class__.__name__}: {exc} "
              "(please report this with the article that caused it)", file=sys.stderr)
        return EXIT_UNEXPECTED
