"""Commands ``reconcile index build|add`` and ``reconcile check`` (a CI gate), and ``bench check``.

Thin click layer over :mod:`reconcile.index` and :mod:`reconcile.check`; ``register(cli)`` adds
them to the main group (called from ``reconcile/cli.py``); shared helpers come from
:mod:`reconcile.cli_common`.
"""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from .cli_common import (_config_model, _console, _one_line, _progress, cluster_options, cluster_spec, edge_clock,
                         friendly_errors, model_options, today_option)
from .config import config_option, load as load_config
from .errors import EXIT_INPUT

DEFAULT_INDEX = ".reconcile-index"
CHECK_FORMATS = ("terminal", "json", "github", "junit", "sarif")


def _embedder(model, device, cache_dir):
    from .embed import load_embedder

    return load_embedder(_config_model(model), device=device, cache_dir=cache_dir)


def _print_stats(stats, index_dir) -> None:
    click.echo(f"{index_dir}: {stats.added} added, {stats.replaced} replaced, {stats.unchanged} unchanged, "
               f"{stats.removed} removed, {len(stats.skipped)} skipped; {stats.embedded_texts} claims embedded, "
               f"{stats.reused_embeddings} reused ({stats.seconds:.1f}s)", err=True)
    for s in stats.skipped:
        click.echo(f"  skipped {_one_line(s.path)}: {_one_line(s.reason)}", err=True)


@click.group("index")
def index_group() -> None:
    """Keep a corpus index (SQLite + vector index) for fast `reconcile check` runs."""


@index_group.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--index", "index_dir", default=DEFAULT_INDEX, show_default=True, metavar="DIR",
              help="index directory.")
@click.option("--rebuild", is_flag=True, help="start from an empty index (embeddings already computed are kept).")
@model_options
@cluster_options
@config_option
@friendly_errors
def index_build(paths, index_dir, rebuild, model, device, cache_dir, workers, scheduler, partition_size,
                config_file):
    """Index a corpus (files/folders); re-running resumes and skips unchanged articles.

    Example: reconcile index build articles/ --index .reconcile-index --workers 2
    """
    from .index import build_index

    config = load_config(config_file)
    bar, update = _progress()
    emb = _embedder(model, device, cache_dir)
    with bar if bar is not None else contextlib.nullcontext():
        if workers is None and scheduler is None:
            stats = build_index(list(paths), index_dir, emb, progress=update, rebuild=rebuild, config=config)
        else:
            from . import distributed

            with distributed.connect(workers, scheduler) as client:
                stats = distributed.build_index(list(paths), index_dir, emb, client,
                                                cluster_spec(_config_model(model), device, cache_dir),
                                                rebuild=rebuild, partition_size=partition_size, progress=update,
                                                config=config)
    _print_stats(stats, index_dir)


@index_group.command("add")
@click.argument("paths", nargs=-1, required=True)
@click.option("--index", "index_dir", default=DEFAULT_INDEX, show_default=True, metavar="DIR",
              help="index directory.")
@model_options
@config_option
@friendly_errors
def index_add(paths, index_dir, model, device, cache_dir, config_file):
    """Add articles to an index; articles already stored unchanged are skipped.

    Example: reconcile index add articles/2024-05-01-new.md --index .reconcile-index
    """
    from .index import add_documents

    stats = add_documents(list(paths), index_dir, _embedder(model, device, cache_dir),
                          config=load_config(config_file))
    _print_stats(stats, index_dir)


@click.command("check")
@click.argument("new", nargs=-1)
@click.option("--against", required=True, metavar="CORPUS_OR_INDEX",
              help="corpus folder/file(s) (indexed incrementally under --cache-dir) or an index directory.")
@click.option("--fail-on", type=click.Choice(["high", "medium", "low"]), default="high", show_default=True,
              help="lowest severity of a new conflict that fails the check.")
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="terminal", show_default=True,
              help="terminal, json, GitHub annotations, JUnit XML or SARIF 2.1.0.")
@click.option("-o", "--output", default=None, metavar="FILE", help="write the output here (default: stdout).")
@click.option("--baseline", default=None, metavar="FILE",
              help="JSON list of finding fingerprints that no longer fail the check.")
@click.option("--update-baseline", is_flag=True,
              help="write the current new conflicts into --baseline FILE (then exit 0).")
@click.option("--width", default=None, type=int, help="terminal width.")
@model_options
@today_option
@config_option
@friendly_errors
def check_cmd(new, against, fail_on, fmt, output, baseline, update_baseline, width, model, device, cache_dir,
              today, config_file):
    """Fail (exit 1) when new articles contradict the corpus; exit 0 otherwise, 2 on bad input.

    Example: reconcile check articles/new.md --against .reconcile-index --format github
    """
    from .check import check, load_baseline, write_baseline
    from .errors import InputError
    from .render.check import write

    if not new:
        click.echo("reconcile: error: no new article given (nothing to check)", err=True)
        sys.exit(EXIT_INPUT)
    if update_baseline and not baseline:
        raise InputError("--update-baseline", "needs --baseline FILE")
    config = load_config(config_file)
    base = load_baseline(baseline, missing_ok=True) if baseline else set()
    day, generated = edge_clock(today)
    if baseline and not update_baseline and not Path(baseline).exists():
        click.echo(f"reconcile: warning: baseline {baseline} not found: no finding is baselined "
                   f"(create it with --update-baseline)", err=True)
    if output:   # fail before the run, not after it
        from .atomic import check_writable

        check_writable(output)
    result = check(list(new), against, _embedder(model, device, cache_dir), fail_on=fail_on, baseline=base,
                   cache_dir=cache_dir, today=day, generated=generated, config=config)
    if update_baseline:
        fps = write_baseline(baseline, result, keep=base)
        click.echo(f"wrote {len(fps)} fingerprint(s) to {baseline}", err=True)
        sys.exit(0)
    if fmt in ("terminal", "github", "junit"):   # article text shown raw there: no control characters
        from .render.sanitize import safe

        result = safe(result)
    if fmt == "terminal" and output:   # the terminal view as plain text into the file
        import io

        from rich.console import Console

        from .atomic import write_text

        buf = io.StringIO()
        write(result, fmt, None, console=Console(file=buf, width=width or 100, no_color=True, color_system=None))
        write_text(output, buf.getvalue())
        text = None
    else:
        text = write(result, fmt, output, console=_console(width) if fmt == "terminal" else None)
    if text is not None:
        click.echo(text, nl=False)
    elif output:
        click.echo(f"wrote {output}", err=True)
    sys.exit(result.exit_code)


@click.command("check")
@click.option("--small", "n_small", default=200, show_default=True, help="articles in the small index.")
@click.option("--large", "n_large", default=2000, show_default=True, help="articles in the large index.")
@click.option("--embedder", "embedder_name", default="default", show_default=True,
              help="'default' (the real model) or 'hashing' (quick run).")
@friendly_errors
def bench_check(n_small, n_large, embedder_name):
    """Index build time per article, and time / peak memory of one check at two corpus sizes.

    Example: reconcile bench check --embedder hashing
    """
    from .bench import check as bench

    res = bench.run(n_small=n_small, n_large=n_large, embedder=embedder_name)
    for k, v in res.items():
        click.echo(f"{k:32} {v}")


def register(cli_group: click.Group) -> None:
    """Add ``index``, ``check`` (and ``bench check`` when the bench group exists) to the CLI."""
    cli_group.add_command(index_group, "index")
    cli_group.add_command(check_cmd, "check")
    bench = cli_group.commands.get("bench")
    if isinstance(bench, click.Group):
        bench.add_command(bench_check, "check")
