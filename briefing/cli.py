"""The command line: ``briefing build``, ``briefing inspect``, ``briefing verify`` and ``briefing email``.

A thin layer: parse flags, call the API, print, and map errors to exit codes — 0 success, 2 bad
input (a missing, unreadable or empty file, no headline, a bad option), 1 anything unexpected.
Messages name the file and the problem; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from typing import Sequence

from typing import TYPE_CHECKING

from . import __version__
from .errors import BriefingError, InputError
from .readers.formats import ARTICLE_SUFFIXES, FORMATS

if TYPE_CHECKING:
    from .api import BuildOptions

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT = 0, 1, 2


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


def _parser() -> argparse.ArgumentParser:
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
                                  description="Print the parsed ARTICLE and the figures found in it.",
                                  formatter_class=argparse.RawDescriptionHelpFormatter, epilog=_EXIT_STATUSES)
    inspect.add_argument("article", metavar="ARTICLE", help="article file; - reads standard input")
    inspect.add_argument("--json", action="store_true", help="print JSON")
    _add_input_options(inspect)
    _email_parser(commands, options)
    return parser


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


def _options(args: argparse.Namespace) -> "BuildOptions":
    """The :class:`BuildOptions` the flags describe; bad values are :class:`InputError`."""
    from .api import BuildOptions

    if not 0 < args.max_size <= 1024:
        raise InputError(f"--max-size must be more than 0 and at most 1024 MB, not {args.max_size:g}")
    return BuildOptions(theme=args.theme, build_date=args.date, paper=args.paper, input_format=args.input_format,
                        template=args.template, editable_charts=args.editable_charts, data=args.data,
                        max_bytes=max(1, int(args.max_size * 1024 * 1024)))


def _email_parser(commands, options: argparse.ArgumentParser) -> None:  # noqa: ANN001 - argparse's subparsers action
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
    email.add_argument("--smtp-host", metavar="HOST", help="SMTP server (required with --send)")
    email.add_argument("--smtp-port", type=int, metavar="PORT",
                       help="default: 587 with --starttls, 465 with --ssl, else 25")
    security = email.add_mutually_exclusive_group()
    security.add_argument("--starttls", dest="security", action="store_const", const="starttls", default="none",
                          help="upgrade the connection with STARTTLS")
    security.add_argument("--ssl", dest="security", action="store_const", const="ssl", help="connect over TLS")


def _source(name: str):  # noqa: ANN202 - a path or the standard input stream
    return sys.stdin.buffer if name == "-" else name


class _Progress:
    """A one-line progress bar on a terminal; silent when stderr is not one, or with --quiet."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.count, self.enabled = total, 0, enabled and total > 1 and sys.stderr.isatty()

    def __call__(self, result) -> None:  # noqa: ANN001 - an ArticleResult
        self.count += 1
        if self.enabled:
            width = 30
            filled = width * self.count // self.total
            name = result.source.rsplit("/", 1)[-1][:40]
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.count}/{self.total} {name:<40}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 90 + "\r")


def _build(args: argparse.Namespace) -> int:
    from .batch import build_many, collect_sources
    from .bundled import sample_article_path

    options = _options(args)
    sources = collect_sources(args.articles) if args.articles else [str(sample_article_path())]
    if not sources:  # a folder with no article files would otherwise "succeed" building nothing
        raise InputError(f"{', '.join(args.articles)}: no article files ({', '.join(ARTICLE_SUFFIXES)}) found")
    if args.jobs is not None and args.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {args.jobs}")
    progress = _Progress(len(sources), not args.quiet)
    try:
        results = build_many(sources, args.out_dir, jobs=args.jobs, options=options, on_result=progress)
    finally:
        progress.close()
    for result in results:
        if not result.ok:
            print(f"briefing: {result.error}", file=sys.stderr)
        elif not args.quiet:
            for warning in result.warnings:
                print(f"briefing: warning: {result.source}: {warning}", file=sys.stderr)
    built = [r for r in results if r.ok]
    if args.json:
        print(json.dumps([{"source": r.source, "status": r.status, "deck": r.deck or None, "memo": r.memo or None,
                           "figures": r.figures, "error": r.error or None} for r in results],
                         indent=2, ensure_ascii=False))
    else:
        for r in built:
            print(r.deck)
            print(r.memo)
    if len(results) > 1 and not args.quiet:
        warnings = sum(len(r.warnings) for r in results)
        manifest = f"; manifest in {args.out_dir}/manifest.json" if built else ""
        print(f"briefing: built {len(built)} of {len(results)} articles, {len(results) - len(built)} failed, "
              f"{warnings} warnings{manifest}", file=sys.stderr)
    if any(r.status == "failed" for r in results):
        return EXIT_UNEXPECTED
    if args.verify and not _report_problems(p for r in built for p in _verify_paths(r.deck, r.memo)):
        return EXIT_UNEXPECTED
    return EXIT_BAD_INPUT if len(built) < len(results) else EXIT_OK


def _verify_paths(deck: str, memo: str | None) -> list[str]:
    from .verify import verify_outputs

    return verify_outputs(deck, memo)


def _report_problems(problems) -> bool:  # noqa: ANN001 - an iterable of messages
    """Print each problem; True when there were none."""
    clean = True
    for problem in problems:
        print(f"briefing: verify: {problem}", file=sys.stderr)
        clean = False
    return clean


def _verify(args: argparse.Namespace) -> int:
    problems = _verify_paths(args.deck, args.memo)
    if _report_problems(problems):
        print(f"{args.deck}{' and ' + args.memo if args.memo else ''}: OK")
        return EXIT_OK
    print(f"briefing: verify: {len(problems)} problem(s)", file=sys.stderr)
    return EXIT_UNEXPECTED


def inspect_json(briefing) -> dict:  # noqa: ANN001 - a Briefing; kept loose to avoid importing the model eagerly
    """The ``briefing inspect --json`` object for a briefing."""
    article = briefing.article
    return {
        "title": article.title,
        "subtitle": article.subtitle,
        "lead": "\n\n".join(article.lead),
        "takeaways": list(article.takeaways),
        "takeaways_derived": article.takeaways_derived,
        "analysis": "\n\n".join(article.analysis),
        "glossary": [{"term": g.term, "definition": g.definition} for g in article.glossary],
        "sections": [{"heading": s.heading, "paragraphs": list(s.paragraphs)} for s in article.sections],
        "figures": [{"subject": f.subject, "metric": f.metric, "value": f.value, "unit": f.unit,
                     "period": f.period, "quote": f.quote, "sentence": f.sentence, "role": f.role,
                     "approximate": f.approximate} for f in briefing.figures],
        "milestones": [{"subject": m.subject, "event": m.event, "when": m.when, "quote": m.quote,
                        "sentence": m.sentence} for m in briefing.milestones],
    }


def _inspect(args: argparse.Namespace) -> int:
    from .api import BuildOptions, make_briefing
    from .formatting import describe_figure

    if not 0 < args.max_size <= 1024:
        raise InputError(f"--max-size must be more than 0 and at most 1024 MB, not {args.max_size:g}")
    options = BuildOptions(input_format=args.input_format, data=args.data,
                           max_bytes=max(1, int(args.max_size * 1024 * 1024)))
    briefing = make_briefing(_source(args.article), options)
    if args.json:
        print(json.dumps(inspect_json(briefing), indent=2, ensure_ascii=False))
        return EXIT_OK
    article = briefing.article
    print(article.title)
    if article.subtitle:
        print(article.subtitle)
    print(f"\nKey takeaways ({len(article.takeaways)}{', derived' if article.takeaways_derived else ''}):")
    for takeaway in article.takeaways:
        print(f"  - {takeaway}")
    print(f"\nGlossary: {', '.join(g.term for g in article.glossary) or 'none'}")
    print(f"\nFigures ({len(briefing.figures)}):")
    for figure in briefing.figures:
        print(f"  {describe_figure(figure)}  [{figure.quote}]\n      \u201c{figure.sentence}\u201d")
    for milestone in briefing.milestones:
        print(f"  {milestone.subject} {milestone.event}: {milestone.when}  [{milestone.quote}]")
    return EXIT_OK


def _email(args: argparse.Namespace) -> int:
    from . import mail
    from .api import build_briefing

    # Everything that can be wrong with the options is reported before anything is built.
    to, cc = mail.parse_addresses(args.to, "--to"), mail.parse_addresses(args.cc, "--cc")
    sender = mail.parse_address(args.sender, "--from") if args.sender else None
    if not args.max_message_size > 0:
        raise InputError(f"--max-message-size must be more than 0 MB, not {args.max_message_size:g}")
    smtp = mail.SmtpEnvironment.from_environ() if args.send else None
    if smtp is not None:
        if not args.smtp_host:
            raise InputError("--send needs --smtp-host")
        mail.check_security(args.security, smtp.user)
        context = smtp.ssl_context()
    result = build_briefing(_source(args.article), args.out_dir, _options(args))
    composed = mail.compose_email(result, to, cc, sender, attach_deck=args.attach_deck,
                                  date=mail.pinned_date(args.date), max_bytes=int(args.max_message_size * 2**20))
    for warning in (*result.warnings, *composed.warnings):
        print(f"briefing: warning: {result.source}: {warning}", file=sys.stderr)
    print(mail.write_eml(composed.message, result))  # on disk before sending: a failed send loses nothing
    if smtp is not None:
        mail.send_email(composed.message, host=args.smtp_host, port=args.smtp_port, security=args.security,
                        user=smtp.user, password=smtp.password, ssl_context=context)
        print(f"briefing: sent to {len(to) + len(cc)} recipient(s) through {args.smtp_host}", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        status = {"build": _build, "verify": _verify, "email": _email}.get(args.command, _inspect)(args)
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
