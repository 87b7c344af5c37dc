#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the new-owner guidance file (what a person who received a recycled number should do).

    python3 tools/catalog/check_guidance.py [FILE]     (default: resources/guidance/new-owner.json)

Every text is {"zh": ..., "en": ...} with both non-empty; service and route ids must exist in the
curated catalog (resources/catalog/curated/*.json). Prints one line per problem and exits 1 when
anything is wrong; otherwise prints counts and exits 0.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DEFAULT = os.path.join(ROOT, "resources", "guidance", "new-owner.json")
CATALOG_GLOB = os.path.join(ROOT, "resources", "catalog", "curated", "*.json")
CONFIDENCE = {"high", "medium", "low"}
ROUTE_IDS = {"number-renewal", "one-id-check"}
PLACEHOLDERS = {"{number}", "{since}"}
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER_RE = re.compile(r"\{[^{}]*\}")
# a low-confidence release must end by sending the reader to the official help / support
LOW_ZH = ("客服", "帮助", "官方")
LOW_EN = ("customer service", "help", "support", "official")


def text(value, where, problems):
    """A bilingual text: exactly zh and en, both non-empty strings, zh with Chinese in it."""
    if not isinstance(value, dict) or set(value) != {"zh", "en"}:
        problems.append(f"{where}: needs exactly zh and en")
        return False
    ok = True
    for lang in ("zh", "en"):
        if not isinstance(value[lang], str) or not value[lang].strip():
            problems.append(f"{where}.{lang}: empty")
            ok = False
    if ok and not CJK_RE.search(value["zh"]):
        problems.append(f"{where}.zh: no Chinese text")
        ok = False
    if ok and not re.search(r"[A-Za-z]{3}", value["en"]):
        problems.append(f"{where}.en: no English text")
        ok = False
    return ok


def catalog_ids(problems):
    ids = set()
    files = sorted(glob.glob(CATALOG_GLOB))
    if not files:
        problems.append(f"no catalog files at {CATALOG_GLOB}")
    for path in files:
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            ids.update(s["id"] for s in data["services"])
        except (OSError, ValueError, KeyError, TypeError) as e:
            problems.append(f"{os.path.basename(path)}: cannot read catalog ids ({e})")
    return ids


def tail(s, n=60):
    return s.strip()[-n:].lower()


def check(doc, known, problems):
    if not isinstance(doc, dict):
        problems.append("top level must be an object")
        return 0, 0
    expected = {"schema", "how_to_check", "generic_release", "services", "routes", "debt_statement"}
    for key in sorted(expected - set(doc)):
        problems.append(f"missing {key}")
    for key in sorted(set(doc) - expected):
        problems.append(f"unknown key {key}")
    if doc.get("schema") != 1:
        problems.append("schema must be 1")
    text(doc.get("how_to_check"), "how_to_check", problems)
    text(doc.get("generic_release"), "generic_release", problems)

    services = doc.get("services")
    if not isinstance(services, list):
        problems.append("services must be a list")
        services = []
    if not 15 <= len(services) <= 20:
        problems.append(f"services: {len(services)} entries, expected 15-20")
    seen = set()
    for i, s in enumerate(services):
        where = f"services[{i}]"
        if not isinstance(s, dict):
            problems.append(f"{where}: must be an object")
            continue
        sid = s.get("id")
        where = f"services[{i}] {sid}"
        for key in sorted(set(s) - {"id", "check", "release", "confidence"}):
            problems.append(f"{where}: unknown key {key}")
        if not isinstance(sid, str) or sid not in known:
            problems.append(f"{where}: id not in the curated catalog")
        if sid in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(sid)
        if "check" in s:
            text(s["check"], f"{where}.check", problems)
        if "release" not in s:
            problems.append(f"{where}: missing release")
        elif text(s["release"], f"{where}.release", problems) and s.get("confidence") == "low":
            if not any(w in s["release"]["zh"].strip()[-40:] for w in LOW_ZH):
                problems.append(f"{where}.release.zh: low confidence, must end by pointing to "
                                "the official help centre or customer service")
            if not any(w in tail(s["release"]["en"], 120) for w in LOW_EN):
                problems.append(f"{where}.release.en: low confidence, must end by pointing to "
                                "the official help centre or customer service")
        if s.get("confidence") not in CONFIDENCE:
            problems.append(f"{where}: confidence must be high, medium or low")

    routes = doc.get("routes")
    if not isinstance(routes, list):
        problems.append("routes must be a list")
        routes = []
    route_ids = []
    for i, r in enumerate(routes):
        if not isinstance(r, dict):
            problems.append(f"routes[{i}]: must be an object")
            continue
        where = f"routes[{i}] {r.get('id')}"
        route_ids.append(r.get("id"))
        for key in sorted({"id", "catalog_id", "title", "summary", "steps", "note"} - set(r)):
            problems.append(f"{where}: missing {key}")
        for key in sorted(set(r) - {"id", "catalog_id", "title", "summary", "steps", "note"}):
            problems.append(f"{where}: unknown key {key}")
        if r.get("catalog_id") not in known:
            problems.append(f"{where}: catalog_id {r.get('catalog_id')!r} not in the curated catalog")
        for key in ("title", "summary", "note"):
            if key in r:
                text(r[key], f"{where}.{key}", problems)
        steps = r.get("steps")
        if not isinstance(steps, list) or not steps:
            problems.append(f"{where}: steps must be a non-empty list")
            steps = []
        for j, step in enumerate(steps):
            if not isinstance(step, dict) or set(step) != {"label", "text"}:
                problems.append(f"{where}.steps[{j}]: needs exactly label and text")
                continue
            text(step["label"], f"{where}.steps[{j}].label", problems)
            text(step["text"], f"{where}.steps[{j}].text", problems)
    if len(route_ids) != len(set(route_ids)):
        problems.append("routes: duplicate id")
    for rid in sorted(ROUTE_IDS - set(route_ids)):
        problems.append(f"routes: missing {rid}")
    for rid in route_ids:
        if rid not in ROUTE_IDS:
            problems.append(f"routes: unknown id {rid!r}")

    debt = doc.get("debt_statement")
    if not isinstance(debt, dict) or set(debt) != {"title", "text"}:
        problems.append("debt_statement: needs exactly title and text")
    else:
        text(debt["title"], "debt_statement.title", problems)
        if text(debt["text"], "debt_statement.text", problems):
            for lang in ("zh", "en"):
                body = debt["text"][lang]
                for ph in sorted(PLACEHOLDERS):
                    if ph not in body:
                        problems.append(f"debt_statement.text.{lang}: missing {ph}")
                for ph in sorted(set(PLACEHOLDER_RE.findall(body)) - PLACEHOLDERS):
                    problems.append(f"debt_statement.text.{lang}: unknown placeholder {ph}")
    return len(services), len(routes)


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT
    problems = []
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{path}: {e}")
        return 1
    known = catalog_ids(problems)
    n_services, n_routes = check(doc, known, problems)
    for p in problems:
        print(f"{os.path.basename(path)}: {p}")
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    by_conf = {c: 0 for c in ("high", "medium", "low")}
    for s in doc["services"]:
        by_conf[s["confidence"]] += 1
    print(f"{os.path.basename(path)}: ok: {n_services} services "
          f"(high {by_conf['high']}, medium {by_conf['medium']}, low {by_conf['low']}), "
          f"{n_routes} routes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
