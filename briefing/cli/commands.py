"""What each command does: call the API, print what it returns, and say which exit status it earned.

Each ``*_command`` takes the parsed flags and returns an exit status; errors are raised as
:class:`~briefing.errors.BriefingError` and turned into statuses by :func:`briefing.cli.main`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, BinaryIO

from briefing.cli.parser import options_from_args
from briefing.errors import InputError
from briefing.model.serialize import briefing_to_json
from briefing.read.formats import ARTICLE_SUFFIXES

if TYPE_CHECKING:
    from briefing.batch import ArticleResult

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT = 0, 1, 2


def _source(name: str) -> str | BinaryIO:
    """The article a command-line name stands for: a path, or the standard input stream for ``-``."""
    return sys.stdin.buffer if name == "-" else name


class _Progress:
    """A one-line progress bar on a terminal; silent when stderr is not one, or with --quiet."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.count, self.enabled = total, 0, enabled and total > 1 and sys.stderr.isatty()

    def __call__(self, result: ArticleResult) -> None:
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


def build_command(args: argparse.Namespace) -> int:
    from briefing.batch import BuildStatus, build_many, collect_sources
    from briefing.bundled import sample_article_path

    options = options_from_args(args)
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
        print(json.dumps([{"source": r.source, "status": r.status.value, "deck": str(r.deck) if r.deck else None,
                           "memo": str(r.memo) if r.memo else None, "figures": r.figures, "error": r.error}
                          for r in results],
                         indent=2, ensure_ascii=False))
    else:
        for r in built:
            print(r.deck)
            print(r.memo)
    if len(results) > 1 and not args.quiet:
        warnings = sum(len(r.warnings) for r in results)
        manifest = f"; manifest in {args.out_dir}/manifest.json" if built else ""
        bad = sum(r.status == BuildStatus.BAD_INPUT for r in results)
        failed = sum(r.status == BuildStatus.FAILED for r in results)
        print(f"briefing: built {len(built)} of {len(results)} articles, {bad} bad input, {failed} failed, "
              f"{warnings} warnings{manifest}", file=sys.stderr)
    if any(r.status == BuildStatus.FAILED for r in results):
        return EXIT_UNEXPECTED
    if args.verify:
        if not _report_problems(p for r in built for p in _verify_paths(str(r.deck), str(r.memo))):
            return EXIT_UNEXPECTED
        if not args.quiet and built:
            plural = "s" if len(built) > 1 else ""
            print(f"briefing: checked {len(built)} deck{plural} and memo{plural}: no problems", file=sys.stderr)
    return EXIT_BAD_INPUT if len(built) < len(results) else EXIT_OK


def _verify_paths(deck: str, memo: str | None) -> list[str]:
    from briefing.deliver.verify import verify_outputs

    return verify_outputs(deck, memo)


def _report_problems(problems: Iterable[str]) -> bool:
    """Print each problem; True when there were none."""
    clean = True
    for problem in problems:
        print(f"briefing: verify: {problem}", file=sys.stderr)
        clean = False
    return clean


def verify_command(args: argparse.Namespace) -> int:
    problems = _verify_paths(args.deck, args.memo)
    if _report_problems(problems):
        print(f"{args.deck}{' and ' + args.memo if args.memo else ''}: OK")
        return EXIT_OK
    print(f"briefing: verify: {len(problems)} problem(s)", file=sys.stderr)
    return EXIT_UNEXPECTED


def inspect_command(args: argparse.Namespace) -> int:
    from briefing.api import BuildOptions, make_briefing
    from briefing.model.formatting import describe_figure

    if not 0 < args.max_size <= 1024:
        raise InputError(f"--max-size must be more than 0 and at most 1024 MB, not {args.max_size:g}")
    options = BuildOptions(input_format=args.input_format, data=args.data,
                           max_bytes=max(1, int(args.max_size * 1024 * 1024)))
    briefing = make_briefing(_source(args.article), options)
    if args.json:
        print(json.dumps(briefing_to_json(briefing), indent=2, ensure_ascii=False))
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


def email_command(args: argparse.Namespace) -> int:
    import briefing.deliver.mail as mail
    from briefing.api import build_briefing

    # Everything that can be wrong with the options is reported before anything is built.
    to, cc = mail.parse_addresses(args.to, "--to"), mail.parse_addresses(args.cc, "--cc")
    sender = mail.parse_address(args.sender, "--from") if args.sender else None
    if not args.max_message_size > 0:
        raise InputError(f"--max-message-size must be more than 0 MB, not {args.max_message_size:g}")
    if not args.send and (args.smtp_host or args.smtp_port or args.security != "none"):
        print("briefing: warning: SMTP options given without --send: the message is written, not sent",
              file=sys.stderr)
    smtp = mail.SmtpEnvironment.from_environ() if args.send else None
    if smtp is not None:
        if not args.smtp_host:
            raise InputError("--send needs --smtp-host")
        mail.check_security(args.security, smtp.user)
        context = smtp.ssl_context()
    result = build_briefing(_source(args.article), args.out_dir, options_from_args(args))
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


def serve_command(args: argparse.Namespace) -> int:
    from pathlib import Path

    from briefing.deliver.mail import Security
    from briefing.deliver.serve import ServeSettings, run
    from briefing.deliver.serve.settings import Choices, token_from_environ

    if not 0 < args.max_size <= 1024:
        raise InputError(f"--max-size must be more than 0 and at most 1024 MB, not {args.max_size:g}")
    themes = Path(args.themes) if args.themes else None
    settings = ServeSettings(root=Path(args.root), host=args.host, port=args.port, token=token_from_environ(args.token),
                             max_bytes=max(1, int(args.max_size * 1024 * 1024)),
                             smtp_host=args.smtp_host, smtp_port=args.smtp_port, smtp_security=Security(args.security),
                             choices=Choices.load(themes))
    run(settings)  # until Ctrl-C; a taken port is an InputError
    return EXIT_OK
