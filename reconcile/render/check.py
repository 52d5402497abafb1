"""Outputs of ``reconcile check``: terminal, JSON, GitHub annotations, JUnit XML, SARIF 2.1.0.

CI systems each read one format; all of them say the same thing: which new article contradicts
which corpus article, quoting both, at the line and column of the new article's words.
"""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from ..check import CheckFinding, CheckResult, fails
from ..types import Document, Evidence

FORMATS = ("terminal", "json", "github", "junit", "sarif")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"high": "error", "medium": "warning", "low": "note", "info": "note"}


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a character offset."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def display_path(path: str) -> str:
    """Paths relative to the working directory (what CI annotations and SARIF expect), with /."""
    p = Path(path)
    try:
        if p.is_absolute():
            p = p.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        pass
    return p.as_posix()


def _docs(result: CheckResult) -> dict[str, Document]:
    return {d.id: d for d in result.report.documents}


def _new_evidence(cf: CheckFinding) -> Evidence:
    """Where an annotation points: the new article's conflicting words (``CheckFinding.at``)."""
    return cf.at or next(e for e in cf.finding.evidence if e.doc in cf.new_docs)


def _shown(result: CheckResult) -> list[CheckFinding]:
    """What CI formats list: conflicts (every status), failing ones first."""
    order = {"new": 0, "known": 1, "baselined": 2}
    return sorted(result.conflicts, key=lambda f: (order[f.status], f.finding.severity != "high", f.fingerprint))


# --------------------------------------------------------------------------- JSON

def to_dict(result: CheckResult, include_report: bool = True) -> dict:
    from .json import _finding, to_dict as report_dict

    docs = _docs(result)
    out: dict[str, Any] = {
        "schema": "reconcile.check/v1",
        "exit_code": result.exit_code,
        "fail_on": result.fail_on,
        "new_documents": [{"id": d.id, "path": d.path, "language": d.language} for d in result.new_documents],
        "corpus_documents": list(result.corpus_documents),
        "summary": {s: sum(1 for f in result.conflicts if f.status == s) for s in ("new", "known", "baselined")},
        "findings": [],
        "metadata": dict(result.metadata),
    }
    for cf in result.findings:
        item = {"fingerprint": cf.fingerprint, "status": cf.status, "failing": cf in result.failing,
                "message": cf.message, "new_documents": list(cf.new_docs), **_finding(cf.finding)}
        e = _new_evidence(cf)
        line, col = line_col(docs[e.doc].text, e.start)
        item["location"] = {"path": docs[e.doc].path, "line": line, "column": col}
        out["findings"].append(item)
    if include_report:
        out["report"] = report_dict(result.report)
    return out


def to_json(result: CheckResult) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, indent=2, default=str)


# --------------------------------------------------------------------------- GitHub

def _gh_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


def to_github(result: CheckResult) -> str:
    """GitHub workflow commands: ``::error file=..,line=..,col=..::message`` per conflict."""
    docs = _docs(result)
    lines = []
    for cf in _shown(result):
        e = _new_evidence(cf)
        doc = docs[e.doc]
        line, col = line_col(doc.text, e.start)
        end_line, end_col = line_col(doc.text, e.end)
        level = "error" if cf in result.failing else "warning" if cf.status == "new" else "notice"
        title = f"reconcile: {cf.finding.slot} conflict ({cf.status})"
        props = (f"file={_gh_prop(display_path(doc.path))},line={line},col={col},"
                 f"endLine={end_line},endColumn={end_col},title={_gh_prop(title)}")
        lines.append(f"::{level} {props}::{_gh_data(cf.message)}")
    if not lines:
        lines.append(f"reconcile check: OK ({len(result.new_documents)} new article(s), no conflict)")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- JUnit

def to_junit(result: CheckResult) -> str:
    """One testcase per new article; one failure per new conflict at/above the threshold."""
    failing = set(id(f) for f in result.failing)
    suite = ET.Element("testsuite", name="reconcile check", tests=str(len(result.new_documents)))
    n_fail = 0
    for d in result.new_documents:
        case = ET.SubElement(suite, "testcase", classname="reconcile.check", name=display_path(d.path))
        mine = [cf for cf in result.conflicts if d.id in cf.new_docs]
        for cf in mine:
            if id(cf) in failing:
                e = _new_evidence(cf) if cf.finding.evidence else None
                line, col = line_col(d.text, e.start) if e is not None and e.doc == d.id else (1, 1)
                fail = ET.SubElement(case, "failure", message=cf.message, type=f"{cf.finding.slot}-conflict")
                fail.text = (f"{display_path(d.path)}:{line}:{col}: {cf.message}\n"
                             f"severity: {cf.finding.severity}; fingerprint: {cf.fingerprint}\n"
                             + "\n".join(cf.finding.explanation))
        if not any(id(cf) in failing for cf in mine):
            others = [cf for cf in mine if cf.status != "new" or not fails(cf.finding, result.fail_on)]
            if others:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join(f"[{cf.status}] {cf.message}" for cf in others)
        n_fail += sum(1 for cf in mine if id(cf) in failing)
    suite.set("failures", str(n_fail))
    suite.set("errors", "0")
    root = ET.Element("testsuites", name="reconcile", tests=suite.get("tests"), failures=str(n_fail))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# --------------------------------------------------------------------------- SARIF

def _location(doc: Document, e: Evidence, message: str | None = None, id_: int | None = None) -> dict:
    line, col = line_col(doc.text, e.start)
    end_line, end_col = line_col(doc.text, e.end)
    loc: dict[str, Any] = {"physicalLocation": {
        "artifactLocation": {"uri": display_path(doc.path)},
        "region": {"charOffset": e.start, "charLength": e.end - e.start, "startLine": line, "startColumn": col,
                   "endLine": end_line, "endColumn": end_col, "snippet": {"text": e.text}}}}
    if message:
        loc["message"] = {"text": message}
    if id_ is not None:
        loc["id"] = id_
    return loc


def to_sarif(result: CheckResult) -> dict:
    """SARIF 2.1.0: one result per finding involving a new article (conflicts at their severity)."""
    from .. import __version__

    docs = _docs(result)
    rules: dict[str, dict] = {}
    results = []
    for cf in result.findings:
        f = cf.finding
        if f.kind not in ("conflict",):
            continue
        rule_id = f"{f.kind}/{f.slot}"
        rules.setdefault(rule_id, {
            "id": rule_id, "name": f"{f.slot.capitalize()}{f.kind.capitalize()}",
            "shortDescription": {"text": f"A new article's {f.slot} contradicts the corpus"},
            "defaultConfiguration": {"level": "error"}})
        e = _new_evidence(cf)
        related = [_location(docs[o.doc], o, f"{o.doc}: “{o.text}”", n)
                   for n, o in enumerate(f.evidence) if o is not e and o.doc in docs]
        res: dict[str, Any] = {
            "ruleId": rule_id,
            "level": _LEVEL.get(f.severity, "note") if cf.status == "new" else "note",
            "message": {"text": cf.message},
            "locations": [_location(docs[e.doc], e)],
            "relatedLocations": related,
            "partialFingerprints": {"reconcileFinding/v1": cf.fingerprint},
            "baselineState": "new" if cf.status == "new" else "unchanged",
            "properties": {"status": cf.status, "severity": f.severity, "failing": cf in result.failing},
        }
        if cf.status == "baselined":
            res["suppressions"] = [{"kind": "external", "justification": "listed in the baseline file"}]
        results.append(res)
    return {
        "$schema": SARIF_SCHEMA, "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "reconcile", "version": __version__,
                                      "informationUri": "https://github.com/reconcile/reconcile",
                                      "rules": list(rules.values())}},
                  "columnKind": "unicodeCodePoints",
                  "results": results}],
    }


# --------------------------------------------------------------------------- terminal

def render_terminal(result: CheckResult, console) -> None:
    """One line when all is well; otherwise each conflict with both sides' words."""
    from rich.text import Text

    conflicts = _shown(result)
    n_new = len(result.new_documents)
    if not result.failing:
        quiet = {s: sum(1 for f in conflicts if f.status == s) for s in ("known", "baselined", "new")}
        extra = ", ".join(f"{n} {'below threshold' if s == 'new' else s}" for s, n in quiet.items() if n)
        console.print(Text(f"OK  {n_new} new article(s) vs {len(result.corpus_documents)} nearby corpus "
                           f"article(s): no new {result.fail_on}+ conflict" + (f" ({extra})" if extra else ""),
                           style="green"), soft_wrap=True)
        return
    conflicts = [cf for cf in conflicts if cf.status == "new"]
    for cf in conflicts:
        f = cf.finding
        failing = cf in result.failing
        style = "bold red" if failing else "yellow" if cf.status == "new" else "dim"
        head = Text(f"{'FAIL' if failing else cf.status.upper():9} ", style=style)
        head.append(f"{f.slot} conflict [{f.severity}] ", style="bold")
        head.append(cf.fingerprint[:12], style="dim")
        console.print(head)
        docs = _docs(result)
        new_ids = {d.id for d in result.new_documents}
        for e in sorted(f.evidence, key=lambda e: (e.doc not in cf.new_docs, e.doc not in new_ids)):
            d = docs.get(e.doc)
            where = f"{display_path(d.path)}:{':'.join(map(str, line_col(d.text, e.start)))}" if d else e.doc
            tag = "new   " if e.doc in new_ids else "corpus"
            line = Text(f"  {tag} {where}  ")
            line.append(f"“{e.text}”", style="bold")
            line.append(f" = {_show(e.value)}")
            console.print(line)
    hidden = len(_shown(result)) - len(conflicts)
    console.print(Text(f"FAIL  {len(result.failing)} new conflict(s) at or above '{result.fail_on}'"
                       + (f" ({hidden} known or baselined not shown)" if hidden else ""), style="bold red"))


def _show(v: Any) -> str:
    from ..check import show_value

    return show_value(v)


def write(result: CheckResult, fmt: str, output: str | None, console=None) -> str | None:
    """Render ``result`` in ``fmt``; to ``output`` when given, else returned for stdout."""
    if fmt == "terminal":
        from rich.console import Console

        render_terminal(result, console or Console(no_color=bool(os.environ.get("NO_COLOR")) or None))
        return None
    text = {"json": to_json, "github": to_github, "junit": to_junit,
            "sarif": lambda r: json.dumps(to_sarif(r), ensure_ascii=False, indent=2)}[fmt](result)
    if output:
        from ..atomic import write_text

        write_text(output, text if text.endswith("\n") else text + "\n")
        return None
    return text
