"""The command line's flags: one parser per command, the build options shared by build and email.

Takes nothing; :func:`build_parser` returns the ``argparse`` parser, and :func:`options_from_args`
turns parsed flags into the :class:`~briefing.api.BuildOptions` a script would pass, so the CLI
has no option a script calling the API would miss.
"""

from __future__ import annotations

import argparse
import datetime
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.errors import InputError
from briefing.read.formats import ARTICLE_SUFFIXES, FORMATS

if TYPE_CHECKING:
    from briefing.api import BuildOptions


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from None


def _paper(text: str) -> str:
    """``a4``, ``A4``, ``letter``, ``LETTER``: any case, as the theme file accepts them."""
    for paper in PAPERS:
        if text.strip().casefold() == paper.casefold():
            return paper
    raise argparse.ArgumentTypeError(f"{text!r} is not a paper size (choose from {', '.join(PAPERS)})")


#: Memo paper sizes, as the theme spells them.
PAPERS = ("A4", "Letter")

_EXIT_STATUSES = """exit status:
  0  success
  1  something unexpected went wrong (or, with --verify, a check failed)
  2  bad input: a missing, unreadable, binary or empty file, no headline, a bad theme, template,
     data file or option; in a batch, at least one article was bad"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn a business or technology news article into an analyst slide deck (.pptx) "
                    "and a matching PDF memo, with charts of the figures the article states.",
        epilog=_EXIT_STATUSES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    options = _build_options_parser()

    build = commands.add_parser(
        "build", parents=[options], help="build the deck and memo for one or more articles",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Build DIR/<slug>.pptx and DIR/<slug>.pdf for each ARTICLE (the bundled sample when none "
                    f"is given). A folder builds every {', '.join(ARTICLE_SUFFIXES)} file in it. Each build "
                    "updates DIR/manifest.json: every article's source, outputs, their SHA-256, figure count, "
                    "warnings and build time.",
        epilog=_EXIT_STATUSES)
    build.add_argument("articles", nargs="*", metavar="ARTICLE",
                       help="article file, folder or glob pattern; - reads standard input")
    build.add_argument("-o", "--out-dir", default="output", metavar="DIR", help="output folder (default: output)")
    build.add_argument("--json", action="store_true",
                       help="print a JSON list of {source, status, deck, memo, figures, error}, one per article")
    build.add_argument("-j", "--jobs", type=int, metavar="N", help="articles built at once (default: the number of cores)")
    build.add_argument("-q", "--quiet", action="store_true", help="print no warnings, progress or summary")
    build.add_argument("--verify", action="store_true",
                       help="after each build, reopen the deck and memo and check them (see: briefing verify)")

    verify = commands.add_parser("verify", help="check a built deck (and memo): package, fonts, same figures",
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 description="Reopen DECK (and MEMO) and check that the deck's package is "
                                             "sound, the memo's fonts are embedded, and both state the same "
                                             "figures, takeaways and glossary terms.",
                                 epilog="exit status:\n  0  both are sound\n  1  a check failed\n"
                                        "  2  a file is missing or cannot be read")
    verify.add_argument("deck", metavar="DECK", help="the .pptx to check")
    verify.add_argument("memo", nargs="?", metavar="MEMO", help="its .pdf memo")

    inspect = commands.add_parser("inspect", help="print the parsed article and its figures",
                                  description="Print the parsed ARTICLE and the figures found in it: who each "
                                              "belongs to, what it measures, which way it moved, and the "
                                              "charts the deck and memo will draw.",
                                  formatter_class=argparse.RawDescriptionHelpFormatter,
                                  epilog="exit status:\n  0  printed\n  1  something unexpected went wrong\n"
                                         "  2  bad input: a missing, unreadable, binary or empty file, no headline, "
                                         "a bad data file or option")
    inspect.add_argument("article", metavar="ARTICLE", help="article file; - reads standard input")
    inspect.add_argument("--json", action="store_true", help="print JSON")
    _add_input_options(inspect)
    _email_parser(commands, options)
    _serve_parser(commands)
    return parser


def subcommand_parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Each command's own parser, by name."""
    for action in parser._actions:  # argparse keeps its subparsers as an action; there is no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    """The options that say how an article is read: shared by build, email and inspect."""
    parser.add_argument("--input-format", choices=FORMATS, help="force the input format (default: from the "
                        "file name, else the content)")
    parser.add_argument("--data", metavar="FILE", help="YAML or CSV file that corrects, drops or adds figures "
                        "and series (charted with the file's source line)")
    parser.add_argument("--max-size", type=float, metavar="MB", default=5.0,
                        help="refuse article files larger than this (default: 5 MB)")


def _build_options_parser() -> argparse.ArgumentParser:
    """The options of a build, shared by ``build`` and ``email``: the same names as BuildOptions."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--theme", metavar="FILE", help="theme JSON file (default: the bundled theme)")
    options.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="build date printed on the outputs "
                         "(default: SOURCE_DATE_EPOCH, else today); pins the bytes")
    options.add_argument("--paper", type=_paper, metavar="A4|Letter", help="memo paper size (default: the theme's)")
    options.add_argument("--template", metavar="FILE", help="corporate .pptx or .potx whose slide master and "
                         "layouts the deck uses (found by name: Title Slide, Title and Content, Title Only); "
                         "'corporate' names the bundled example")
    options.add_argument("--editable-charts", action="store_true",
                         help="native PowerPoint charts in the deck instead of pictures (same data and colours)")
    _add_input_options(options)
    return options


def options_from_args(args: argparse.Namespace) -> BuildOptions:
    """The :class:`BuildOptions` the flags describe; bad values are :class:`InputError`."""
    from briefing.api import BuildOptions

    if not 0 < args.max_size <= 1024:
        raise InputError(f"--max-size must be more than 0 and at most 1024 MB, not {args.max_size:g}")
    return BuildOptions(theme=args.theme, build_date=args.date, paper=args.paper, input_format=args.input_format,
                        template=args.template, editable_charts=args.editable_charts, data=args.data,
                        max_bytes=max(1, int(args.max_size * 1024 * 1024)))


def _email_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
                  options: argparse.ArgumentParser) -> None:
    email = commands.add_parser("email", parents=[options],
                                help="build one article and write (and optionally send) the memo email",
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                description="Build ARTICLE into DIR, write DIR/<slug>.eml with the PDF memo "
                                            "attached, and with --send deliver it over SMTP. Credentials come "
                                            "only from BRIEFING_SMTP_USER and BRIEFING_SMTP_PASSWORD; "
                                            "BRIEFING_SMTP_CAFILE adds a CA certificate to trust.",
                                epilog=_EXIT_STATUSES.replace("(or, with --verify, a check failed)",
                                                              "(or the server did not take the message)"))
    email.add_argument("article", metavar="ARTICLE", help="article file; - reads standard input")
    email.add_argument("--to", action="append", required=True, metavar="ADDR", help="recipient (repeat for more)")
    email.add_argument("--cc", action="append", default=[], metavar="ADDR", help="copy recipient (repeatable)")
    email.add_argument("--from", dest="sender", metavar="ADDR", help="sender (default: briefing@localhost)")
    email.add_argument("-o", "--out-dir", default="output", metavar="DIR", help="output folder (default: output)")
    email.add_argument("--attach-deck", action="store_true", help="attach the .pptx deck as well as the memo")
    email.add_argument("--max-message-size", type=float, default=10, metavar="MB",
                       help="warn when the message is larger (default: 10)")
    email.add_argument("--send", action="store_true", help="deliver the message after writing the .eml")
    _add_smtp_options(email, "SMTP server (required with --send)")


def _add_smtp_options(parser: argparse.ArgumentParser, host_help: str) -> None:
    """The SMTP server's address and security: shared by email and serve."""
    parser.add_argument("--smtp-host", metavar="HOST", help=host_help)
    parser.add_argument("--smtp-port", type=int, metavar="PORT",
                        help="default: 587 with --starttls, 465 with --ssl, else 25")
    security = parser.add_mutually_exclusive_group()
    security.add_argument("--starttls", dest="security", action="store_const", const="starttls", default="none",
                          help="upgrade the connection with STARTTLS")
    security.add_argument("--ssl", dest="security", action="store_const", const="ssl", help="connect over TLS")


def _serve_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser(
        "serve", help="run the workspace: a local web app and JSON API to review, correct and send briefings",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Serve the workspace in DIR (a folder per briefing) at http://HOST:PORT/ until Ctrl-C. "
                    "Only this machine can connect unless --host says otherwise, which needs a token "
                    "(--token or BRIEFING_SERVE_TOKEN). SMTP credentials come only from BRIEFING_SMTP_USER "
                    "and BRIEFING_SMTP_PASSWORD.",
        epilog="exit status:\n  0  stopped with Ctrl-C\n  2  a bad option (a token missing, a port taken)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--root", default="output", metavar="DIR", help="the workspace folder (default: output)")
    serve.add_argument("--token", metavar="TOKEN", help="required of every client (default: BRIEFING_SERVE_TOKEN)")
    serve.add_argument("--themes", metavar="DIR", help="more themes (*.json) and templates (*.pptx, *.potx) to offer")
    serve.add_argument("--max-size", type=float, metavar="MB", default=5.0,
                       help="refuse articles and uploads larger than this (default: 5 MB)")
    _add_smtp_options(serve, "SMTP server for the Send button (default: none, download .eml only)")
