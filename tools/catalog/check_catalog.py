#!/usr/bin/env python3
"""Checks the catalog files while they are written (the same rules tst_catalog enforces in CI).

    python3 tools/catalog/check_catalog.py [FILE...]     (default: every resources/catalog/**/*.json)

Prints one line per problem and a count per market; exits 1 when anything is wrong.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
CATEGORIES = {"payments", "banking", "credit-cards", "social", "shopping", "food", "travel",
              "government", "telecom", "email-cloud", "work-education", "health", "video-music",
              "gaming", "loans-investment", "utilities", "other"}
TIERS = {"critical", "high", "medium", "low"}
FLAGS = ["sms_login", "old_number_needed", "in_person", "can_unbind", "can_close"]
DIFFICULTY = {"easy", "medium", "hard", "impossible", None}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DATE_RE = re.compile(r"^20\d\d-[01]\d-[0-3]\d$")
DOMAIN_RE = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def bilingual(value, where, problems, need_cjk=True):
    if not isinstance(value, dict) or set(value) != {"zh", "en"}:
        problems.append(f"{where}: needs exactly zh and en")
        return
    for lang in ("zh", "en"):
        text = value[lang]
        items = text if isinstance(text, list) else [text]
        if not items or not all(isinstance(t, str) and t.strip() for t in items):
            problems.append(f"{where}.{lang}: empty")
        elif lang == "zh" and need_cjk and not any(CJK_RE.search(t) for t in items):
            problems.append(f"{where}.zh: no Chinese text")
        elif lang == "en" and any(CJK_RE.search(t) and not re.search(r"[A-Za-z]{3}", t) for t in items):
            problems.append(f"{where}.en: Chinese only")


def url_ok(url):
    return url is None or (isinstance(url, str) and url.startswith("https://") and " " not in url)


def check_curated(e, where, problems):
    for key in ["id", "names", "aliases", "market", "category", "tier", "domains", "flags", "steps",
                "lost_number", "help_url", "confidence", "last_reviewed", "detail"]:
        if key not in e:
            problems.append(f"{where}: missing {key}")
    bilingual(e.get("names"), f"{where}.names", problems, need_cjk=e.get("market") == "cn")
    if e.get("market") not in ("cn", "global"):
        problems.append(f"{where}: market must be cn or global")
    if e.get("market") == "cn" and not e.get("aliases"):
        problems.append(f"{where}: a cn service needs aliases (pinyin, initials)")
    flags = e.get("flags", {})
    for flag in FLAGS:
        if not isinstance(flags.get(flag), bool):
            problems.append(f"{where}: flags.{flag} must be true or false")
    steps = e.get("steps", {})
    if "rebind" not in steps:
        problems.append(f"{where}: steps.rebind missing")
    for kind, value in steps.items():
        if kind not in ("rebind", "unbind", "close"):
            problems.append(f"{where}: unknown steps.{kind}")
        bilingual(value, f"{where}.steps.{kind}", problems)
    bilingual(e.get("lost_number"), f"{where}.lost_number", problems)
    if not url_ok(e.get("help_url")):
        problems.append(f"{where}: help_url must be https or null")
    if e.get("confidence") not in ("high", "medium", "low"):
        problems.append(f"{where}: confidence must be high, medium or low")
    if not DATE_RE.match(str(e.get("last_reviewed", ""))):
        problems.append(f"{where}: last_reviewed must be YYYY-MM-DD")
    sms = e.get("sms", {})
    for key in ("signatures", "senders"):
        if not isinstance(sms.get(key, []), list):
            problems.append(f"{where}: sms.{key} must be a list")
    for sender in sms.get("senders", []):
        if not re.fullmatch(r"\d{3,20}", str(sender)):
            problems.append(f"{where}: sender {sender!r} must be digits")


def main(paths):
    if not paths:
        paths = sorted(glob.glob(os.path.join(ROOT, "resources", "catalog", "**", "*.json"), recursive=True))
    problems, seen_ids, seen_aliases, seen_signatures, seen_senders = [], {}, {}, {}, {}
    counts = {}
    for path in paths:
        name = os.path.relpath(path, ROOT)
        try:
            data = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as err:
            problems.append(f"{name}: {err}")
            continue
        if data.get("schema") != 1 or not isinstance(data.get("services"), list):
            problems.append(f"{name}: needs {{\"schema\": 1, \"services\": [...]}}")
            continue
        for i, e in enumerate(data["services"]):
            where = f"{name}[{i}] {e.get('id', '?')}"
            sid = e.get("id", "")
            if not ID_RE.match(str(sid)):
                problems.append(f"{where}: bad id")
            if sid in seen_ids:
                problems.append(f"{where}: id also in {seen_ids[sid]}")
            seen_ids[sid] = name
            if e.get("category") not in CATEGORIES:
                problems.append(f"{where}: category {e.get('category')!r} not allowed")
            if e.get("tier") not in TIERS:
                problems.append(f"{where}: tier {e.get('tier')!r} not allowed")
            for domain in e.get("domains", []):
                if not DOMAIN_RE.match(domain):
                    problems.append(f"{where}: domain {domain!r} malformed")
            deletion = e.get("deletion") or {}
            if not url_ok(deletion.get("url")) and not str(deletion.get("url", "")).startswith("http://"):
                problems.append(f"{where}: deletion.url malformed")
            if deletion.get("difficulty") not in DIFFICULTY:
                problems.append(f"{where}: deletion.difficulty not allowed")
            detail = e.get("detail")
            if detail == "curated":
                check_curated(e, where, problems)
                for alias in e.get("aliases", []):
                    key = alias.lower()
                    if alias != alias.strip() or not alias:
                        problems.append(f"{where}: alias {alias!r} blank or padded")
                    if key in seen_aliases and seen_aliases[key] != sid:
                        problems.append(f"{where}: alias {alias!r} also belongs to {seen_aliases[key]}")
                    seen_aliases[key] = sid
                for sig in e.get("sms", {}).get("signatures", []):
                    if sig in seen_signatures and seen_signatures[sig] != sid:
                        problems.append(f"{where}: signature {sig!r} also claimed by {seen_signatures[sig]}")
                    seen_signatures[sig] = sid
                for sender in e.get("sms", {}).get("senders", []):
                    if sender in seen_senders and seen_senders[sender] != sid:
                        problems.append(f"{where}: sender {sender!r} also claimed by {seen_senders[sender]}")
                    seen_senders[sender] = sid
                counts[("curated", e.get("market"))] = counts.get(("curated", e.get("market")), 0) + 1
            elif detail == "public":
                if not isinstance(e.get("name"), str) or not e["name"].strip():
                    problems.append(f"{where}: a public entry needs a name")
                counts[("public", "all")] = counts.get(("public", "all"), 0) + 1
            else:
                problems.append(f"{where}: detail must be curated or public")
    for line in problems:
        print(line)
    print("counts:", ", ".join(f"{d} {m}: {n}" for (d, m), n in sorted(counts.items())))
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
