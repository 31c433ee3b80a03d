"""Command line: `build`, `check` and `serve`, with the contract's exit codes (0 ok, 1 content errors, 2 usage)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import sys
import threading
import traceback
from pathlib import Path
from typing import Any, Sequence

from . import __version__, heap
from .build import BuildOptions, UsageError, build, load_site
from .check_report import check_json, check_text, write_report_page
from .diagnostics import Report
from .inspection import inspect
from .progress import Progress
from .theme import ThemeError

EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    heap.keep_freed_memory()
    previous = _stop_cleanly_on_sigterm()
    try:
        return args.run(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ThemeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CONTENT
    except KeyboardInterrupt as exc:
        return 128 + (signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT)
    except Exception:  # a bug of ours: say so plainly, never pretend the content is wrong
        print("internal error: this is a bug in the generator, not in your content; please report it with "
              "the text below.", file=sys.stderr)
        traceback.print_exc()
        return EXIT_INTERNAL
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class Terminated(KeyboardInterrupt):
    """SIGTERM (a plain `kill`, a service manager stopping the build), unwound as Ctrl-C is."""


def _stop_cleanly_on_sigterm() -> Any:
    """Make SIGTERM raise Terminated in this process, so that a killed build removes its staging
    folder as an interrupted one does; return the handler it replaces (None off the main thread).

    Forked workers inherit the handler: they still die of the signal at once, as before, and
    their parent cleans up."""
    if threading.current_thread() is not threading.main_thread():
        return None
    own = os.getpid()

    def terminated(number: int, frame: object) -> None:
        if os.getpid() != own:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise Terminated()

    return signal.signal(signal.SIGTERM, terminated)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Build a government disclosure (政务公开) website from content files.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build_cmd = commands.add_parser("build", help="render the site into the output folder")
    _content_option(build_cmd)
    build_cmd.add_argument("--output", type=Path, default=Path("output"), help="output folder (default: output)")
    build_cmd.add_argument("--base-url", help="public address of the site's root, overriding site.yaml")
    build_cmd.add_argument("--theme", default="default", help="theme name under themes/, or a theme folder")
    build_cmd.add_argument("--kiosk", action="store_true", help="build for hall kiosks")
    build_cmd.add_argument("--strict", action="store_true", help="fail on warnings too (e.g. no base_url)")
    build_cmd.add_argument("--jobs", type=_positive, metavar="N",
                           help="processes for rendering (default: one per core for large sites)")
    build_cmd.add_argument("--full", action="store_true",
                           help="render and write everything, ignoring what the previous build in the output did")
    build_cmd.add_argument("--quiet", action="store_true",
                           help="print only problems (no progress line, no summary)")
    build_cmd.set_defaults(run=_run_build)

    check_cmd = commands.add_parser("check", help="validate the content without writing a site")
    _content_option(check_cmd)
    check_cmd.add_argument("--today", type=_date, help="the date to check against (YYYY-MM-DD), default today")
    check_cmd.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    check_cmd.add_argument("--soon", type=int, default=5, metavar="N",
                           help="remind of drafts due within N working days (default 5)")
    check_cmd.add_argument("--html", type=Path, metavar="FILE", help="also write the report as a web page for the office")
    check_cmd.add_argument("--strict", action="store_true",
                           help="fail (exit 1) on warnings, inspection findings and overdue drafts too")
    check_cmd.set_defaults(run=_run_check)

    serve_cmd = commands.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on change")
    _content_option(serve_cmd)
    serve_cmd.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve_cmd.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve_cmd.add_argument("--theme", default="default", help="theme name or folder")
    serve_cmd.set_defaults(run=_run_serve)
    return parser


def _content_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--content", type=Path, default=Path("content"), help="content folder (default: content)")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of 1 or more: {text!r}")
    return int(text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _print_diagnostics(report: Report) -> None:
    for diagnostic in report.sorted():
        print(diagnostic.format(), file=sys.stderr)


def _run_build(args: argparse.Namespace) -> int:
    options = BuildOptions(args.content, args.output, args.base_url, args.theme, args.kiosk, args.strict, args.jobs,
                           args.full)
    progress = Progress(sys.stderr) if sys.stderr.isatty() and not args.quiet else None
    try:
        result = build(options, progress=progress)
    finally:
        if progress is not None:
            progress.finish()
    _print_diagnostics(result.report)
    if not result.ok:
        errors = result.report.errors
        count = len(errors) or len(result.report.warnings)
        what = f"{count} {'error' if errors else 'warning'}{'s' if count != 1 else ''}{'' if errors else ' (--strict)'}"
        print(f"build failed: {what}; {options.output} was left as it was", file=sys.stderr)
        return EXIT_CONTENT
    if args.quiet:
        return EXIT_OK
    if result.unchanged:
        print(f"nothing changed since the last build: {options.output} is up to date ({result.seconds:.1f} s)")
    else:
        print(f"built {result.pages} pages ({result.rendered} rendered), {result.files} files and {result.qr_codes} "
              f"QR codes ({result.qr_cached} reused, {result.qr_seconds:.1f} s CPU); {result.written} files written "
              f"or removed, into {options.output} in {result.seconds:.1f} s")
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    report = Report()
    site = load_site(args.content, report)
    today = args.today or dt.date.today()
    result = inspect(site, today, args.soon) if site is not None else None
    if args.html:
        write_report_page(args.html, args.content, report, result, site)
    if args.format == "json":
        print(json.dumps(check_json(report, result, site, today), ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(check_text(report, result, today))
    if report.errors:
        return EXIT_CONTENT
    failing = report.warnings or (result and (result.findings or any(r.status == "overdue" for r in result.reminders)))
    return EXIT_CONTENT if args.strict and failing else EXIT_OK


def _run_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    return serve(args.content, args.host, args.port, args.theme)
