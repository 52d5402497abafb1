"""What every command module of the CLI shares: error handling, shared options, the console,
progress bars, the edge clock and the configured model.

``cli.py`` (report, claims, eval, models), ``cli_bench.py`` (bench) and ``cli_check.py`` (index,
check) all import from here and never from each other, so the command modules form no cycle.
"""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Callable

import click

from .errors import EXIT_INPUT, EXIT_INTERNAL, ReconcileError

#: Width of a console that is not a terminal: lines are never hard-wrapped (a pipe, a file, CI).
UNWRAPPED = 4096


def _interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def _debug() -> bool:
    """``reconcile --debug CMD`` or ``$RECONCILE_DEBUG``: let tracebacks through."""
    ctx = click.get_current_context(silent=True)
    root = ctx.find_root() if ctx is not None else None
    return bool((root is not None and (root.obj or {}).get("debug")) or os.environ.get("RECONCILE_DEBUG"))


def _one_line(text: str) -> str:
    """A message on one line, control characters of file names or article text made visible."""
    from .render.sanitize import visible_controls

    return visible_controls(" ".join(str(text).split())) or "(no message)"


def friendly_errors(fn: Callable) -> Callable:
    """Report ReconcileError as one line (no traceback) with its documented exit code; any
    other exception is an internal error: one line, exit 3, and a hint to rerun with --debug."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ReconcileError as exc:
            if _debug():
                raise
            click.echo(f"reconcile: error: {_one_line(str(exc))}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("reconcile: interrupted", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except OSError as exc:   # the machine, not a bug: a file we could not read or write
            if _debug():
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"reconcile: error: {where}{exc.strerror or _one_line(str(exc))}", err=True)
            sys.exit(EXIT_INPUT)
        except Exception as exc:  # a bug: never a bare traceback, never exit 1 (= conflicts found)
            if _debug():
                raise
            click.echo(f"reconcile: internal error: {type(exc).__name__}: {_one_line(str(exc))[:300]} "
                       f"(rerun as `reconcile --debug ...` for the traceback)", err=True)
            sys.exit(EXIT_INTERNAL)

    return wrapper


def model_options(fn: Callable) -> Callable:
    """Options shared by every command that embeds text."""
    fn = click.option("--model", default=None, metavar="NAME_OR_PATH",
                      help="sentence-transformers model: a local folder or hub id (default: the embedded "
                           "multilingual-e5-small, built on first use).")(fn)
    fn = click.option("--device", default=None, type=click.Choice(["cpu", "cuda"]), help="torch device.")(fn)
    fn = click.option("--cache-dir", default=None, metavar="DIR",
                      help="embedding cache folder (default: .reconcile-cache).")(fn)
    return fn


def max_bytes_option(fn: Callable) -> Callable:
    """Per-document size limit: a larger article is skipped with its size (``--strict``: fatal)."""
    from .ingest import DEFAULT_MAX_BYTES

    return click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=click.IntRange(min=1),
                        help="skip (with a message) any article larger than this many bytes.")(fn)


def cluster_options(fn: Callable) -> Callable:
    """``--workers``/``--scheduler``: run the per-document stages on Dask (the ``cluster`` extra)."""
    fn = click.option("--workers", default=None, type=click.IntRange(min=1), metavar="N",
                      help="prepare and embed documents on a local Dask cluster of N worker processes "
                           "(needs the cluster extra; docs/cluster.md).")(fn)
    fn = click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
                      help="prepare and embed documents on an existing Dask cluster.")(fn)
    fn = click.option("--partition-size", default=None, type=click.IntRange(min=1), metavar="DOCS",
                      help="documents per Dask task (default: about 8 tasks per worker, at most 32).")(fn)
    return fn


def cluster_spec(model: str | None, device: str | None, cache_dir: str | None):
    """What the workers need to build the same embedder (the cache path made absolute)."""
    from .distributed import EmbedSpec
    from .embed import CACHE_DIRNAME

    return EmbedSpec(model=model, device=device, cache_dir=str(Path(cache_dir or CACHE_DIRNAME).resolve()))


def today_option(fn: Callable) -> Callable:
    """``--today DATE``: the reference day of the report (default: today's date, read here, at
    the edge; the pipeline never reads the clock). It only bounds the future: no document is
    dated after it. It never picks the year of a weekday."""
    return click.option("--today", "today", default=None, type=click.DateTime(formats=["%Y-%m-%d"]),
                        metavar="YYYY-MM-DD",
                        help="reference day (default: today); dates after it never date a document.")(fn)


def edge_clock(today) -> tuple:
    """(reference day, "generated" timestamp): the only clock reads of a command."""
    import datetime as dt

    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    return (today.date() if today is not None else now.date()), now.isoformat()


def _config_model(model: str | None) -> str | None:
    """``--model`` wins; else ``model`` in ./reconcile.toml or $RECONCILE_MODEL."""
    if model:
        return model
    if os.environ.get("RECONCILE_MODEL"):
        return os.environ["RECONCILE_MODEL"]
    cfg = Path("reconcile.toml")
    if cfg.is_file():
        import tomllib

        try:
            value = tomllib.loads(cfg.read_text("utf-8")).get("model")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise ReconcileError(f"reconcile.toml: {exc}") from None
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ReconcileError(f"reconcile.toml: 'model' must be a model name or folder (a string), "
                                 f"got {value!r}")
        return value
    return None


def _console(width: int | None = None, file=None):
    """A rich console: wrapped to the terminal (or ``width``); never hard-wrapped otherwise."""
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR")) or None
    if file is not None:
        return Console(file=file, width=width or UNWRAPPED, no_color=True, color_system=None,
                       force_terminal=False, soft_wrap=width is None)
    if width is None and not sys.stdout.isatty():
        return Console(width=UNWRAPPED, no_color=no_color, soft_wrap=True)
    return Console(width=width, no_color=no_color, soft_wrap=False)


def _progress():
    """A rich progress callback on a terminal (on stderr, with the time each stage has taken);
    a no-op in CI or when piped."""
    if not _interactive():
        return None, (lambda stage, done, total: None)
    from rich.console import Console
    from rich.progress import (
        BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
    )

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), transient=True, console=Console(stderr=True))
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return bar, update
