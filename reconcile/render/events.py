"""The events list every renderer shows first when the input held more than one story.

Kept apart from the layouts so each renderer adds one call: rows are plain data (id, label,
dates, languages, documents, findings by kind), rendered as a rich table, Markdown or HTML.
Nothing is shown for a one-event report, so single-story reports look as before.
"""
from __future__ import annotations

import html
from collections import Counter

from ..types import Report

KINDS = ("conflict", "agreement", "variant", "single_source")


def event_rows(report: Report) -> list[dict]:
    """One row per event, with its findings counted by kind (a finding belongs to the event of
    its evidence documents; alignment never crosses events). Empty for a one-event report."""
    if len(report.events) < 2:
        return []
    event_of: dict[str, list[str]] = {}
    for e in report.events:
        for d in e.documents:
            event_of.setdefault(d, []).append(e.id)
    counts: dict[str, Counter] = {e.id: Counter() for e in report.events}
    for f in report.findings:
        docs = {ev.doc for ev in f.evidence}
        shared = set.intersection(*(set(event_of.get(d, ())) for d in docs)) if docs else set()
        for eid in sorted(shared):
            counts[eid][f.kind] += 1
    return [{"id": e.id, "label": e.label,
             "dates": " \u2013 ".join(dict.fromkeys(d.isoformat() for d in (e.start, e.end) if d)) or "?",
             "languages": ", ".join(e.languages), "documents": len(e.documents),
             "findings": {k: counts[e.id][k] for k in KINDS}} for e in report.events]


def _findings_text(row: dict) -> str:
    return ", ".join(f"{n} {k.replace('_', '-')}" for k, n in row["findings"].items() if n) or "none"


def events_table(report: Report):
    """A rich table of the events, or None for a one-event report."""
    rows = event_rows(report)
    if not rows:
        return None
    from rich.table import Table

    t = Table(title=f"Events ({len(rows)})", title_justify="left")
    for col in ("event", "story", "dates", "languages", "docs", "findings"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r["id"], r["label"], r["dates"], r["languages"], str(r["documents"]), _findings_text(r))
    return t


def events_markdown(report: Report, escape) -> list[str]:
    rows = event_rows(report)
    if not rows:
        return []
    out = [f"## Events ({len(rows)})", "", "| event | story | dates | languages | docs | findings |",
           "| --- | --- | --- | --- | ---: | --- |"]
    out += [f"| {r['id']} | {escape(r['label'], True)} | {r['dates']} | {r['languages']} | {r['documents']} | "
            f"{_findings_text(r)} |" for r in rows]
    return out + [""]


def events_html(report: Report) -> str:
    rows = event_rows(report)
    if not rows:
        return ""
    e = html.escape
    body = "".join(f"<tr><td>{e(r['id'])}</td><td>{e(r['label'])}</td><td>{e(r['dates'])}</td>"
                   f"<td>{e(r['languages'])}</td><td>{r['documents']}</td><td>{e(_findings_text(r))}</td></tr>"
                   for r in rows)
    return (f'<section id="events"><h2>Events ({len(rows)})</h2><table><thead><tr><th>event</th><th>story</th>'
            f"<th>dates</th><th>languages</th><th>docs</th><th>findings</th></tr></thead><tbody>{body}"
            "</tbody></table></section>\n")
