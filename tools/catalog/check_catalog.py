#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the catalog files while they are written (the same rules tst_catalog enforces in CI).

    python3 tools/catalog/check_catalog.py [FILE...]     (default: every resources/catalog/**/*.json)

Prints one line per problem and a count per market; exits 1 when anything is wrong. Given files,
the cross-entry rules (unique ids, aliases, signatures; shared step lines) still look at the
whole catalog, so a file is checked against its neighbours.
"""
import glob
import itertools
import json
import os
import re
import sys
import urllib.parse

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CATEGORIES = {"payments", "banking", "credit-cards", "social", "shopping", "food", "travel",
              "government", "telecom", "email-cloud", "work-education", "health", "video-music",
              "gaming", "loans-investment", "utilities", "other"}
TIERS = {"critical", "high", "medium", "low"}
FLAGS = ["sms_login", "can_unbind", "can_close"]
DERIVED = {"in_person", "old_number_needed"}
OLD_NUMBER = {"required", "one-of", "not-needed"}
ALTERNATIVES = {"face-scan", "payment-password", "login-password", "id-photo", "bank-card", "counter",
                "email", "appeal"}
CHANNELS = {"app", "web", "phone", "counter"}
ACTIONS = {"rebind", "cancel-or-keep"}
DIFFICULTY = {"easy", "medium", "hard", "impossible", None}
MAX_SHARED_LINES = 2
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DATE_RE = re.compile(r"^20\d\d-[01]\d-[0-3]\d$")
DOMAIN_RE = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$")
PACKAGE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# A path that only selects a language or an index page still lands on the homepage.
HOMEPAGE_PATH_RE = re.compile(r"^/?((index|default|home)(\.[a-z]+)?|[a-z]{2}([-_][a-z]{2,4})?/?)?/?$", re.I)


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
    if isinstance(value.get("zh"), list) and isinstance(value.get("en"), list) and len(value["zh"]) != len(value["en"]):
        problems.append(f"{where}: zh and en have a different number of steps")


def url_ok(url):
    return url is None or (isinstance(url, str) and url.startswith("https://") and " " not in url)


def host_of(url):
    host = (urllib.parse.urlparse(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def is_homepage(url):
    return HOMEPAGE_PATH_RE.match(urllib.parse.urlparse(url).path or "/") is not None and \
        not urllib.parse.urlparse(url).query and not urllib.parse.urlparse(url).fragment


def within(host, domain):
    return host == domain or host.endswith("." + domain)


def is_official(host, entry):
    return any(within(host, d) for d in entry.get("domains", [])) or host.endswith("gov.cn") or \
        re.search(r"(^|\.)gov(\.[a-z]{2})?$", host) is not None


def derived_confidence(entry):
    """high: an official page; medium: two independent (different-site) sources; low otherwise."""
    sources = entry.get("sources", [])
    if any(s.get("official") for s in sources):
        return "high"
    return "medium" if len({host_of(s.get("url", "")) for s in sources}) >= 2 else "low"


def step_lines(entry):
    lists = [c.get("steps", {}) for c in entry.get("channels", [])]
    lists += list(entry.get("steps", {}).values())
    out = {"zh": set(), "en": set()}
    for steps in lists:
        for lang in ("zh", "en"):
            for line in steps.get(lang, []) if isinstance(steps, dict) else []:
                out[lang].add(re.sub(r"\s+", " ", str(line)).strip())
    return out


def check_curated(e, where, problems):
    for key in ["id", "names", "aliases", "market", "category", "tier", "domains", "old_number", "channels",
                "flags", "lost_number", "help_url", "sources", "last_reviewed", "detail"]:
        if key not in e:
            problems.append(f"{where}: missing {key}")
    if "confidence" in e:
        problems.append(f"{where}: confidence is derived from sources; do not type it")
    bilingual(e.get("names"), f"{where}.names", problems, need_cjk=e.get("market") == "cn")
    if e.get("market") not in ("cn", "global"):
        problems.append(f"{where}: market must be cn or global")
    if e.get("market") == "cn" and not e.get("aliases"):
        problems.append(f"{where}: a cn service needs aliases (pinyin, initials)")
    flags = e.get("flags", {})
    for flag in flags:
        if flag in DERIVED:
            problems.append(f"{where}: flags.{flag} is derived (old_number, channels); do not type it")
        elif flag not in FLAGS:
            problems.append(f"{where}: unknown flags.{flag}")
    for flag in FLAGS:
        if not isinstance(flags.get(flag), bool):
            problems.append(f"{where}: flags.{flag} must be true or false")
    if e.get("action_kind", "rebind") not in ACTIONS:
        problems.append(f"{where}: action_kind must be one of {sorted(ACTIONS)}")
    old = e.get("old_number", {})
    if not isinstance(old, dict) or old.get("kind") not in OLD_NUMBER:
        problems.append(f"{where}: old_number.kind must be one of {sorted(OLD_NUMBER)}")
    else:
        alternatives = old.get("alternatives", [])
        if old["kind"] == "one-of" and not alternatives:
            problems.append(f"{where}: old_number one-of needs alternatives")
        if old["kind"] != "one-of" and alternatives:
            problems.append(f"{where}: old_number alternatives only go with one-of")
        for alt in alternatives:
            if alt not in ALTERNATIVES:
                problems.append(f"{where}: old_number alternative {alt!r} not one of {sorted(ALTERNATIVES)}")
        if set(old) - {"kind", "alternatives"}:
            problems.append(f"{where}: old_number has unknown keys")
    channels = e.get("channels", [])
    if not isinstance(channels, list) or not channels:
        problems.append(f"{where}: needs at least one channel")
        channels = []
    kinds = [c.get("kind") for c in channels if isinstance(c, dict)]
    if len(set(kinds)) != len(kinds):
        problems.append(f"{where}: a channel kind appears twice")
    for i, channel in enumerate(channels):
        if not isinstance(channel, dict) or channel.get("kind") not in CHANNELS:
            problems.append(f"{where}.channels[{i}]: kind must be one of {sorted(CHANNELS)}")
            continue
        if set(channel) - {"kind", "steps"}:
            problems.append(f"{where}.channels[{i}]: unknown keys")
        bilingual(channel.get("steps"), f"{where}.channels[{i}].steps", problems)
    steps = e.get("steps", {})
    for kind, value in steps.items():
        if kind not in ("unbind", "close"):
            problems.append(f"{where}: steps.{kind} not allowed (the rebind steps live in channels)")
        bilingual(value, f"{where}.steps.{kind}", problems)
    if "note" in e:
        bilingual(e["note"], f"{where}.note", problems)
    bilingual(e.get("lost_number"), f"{where}.lost_number", problems)
    help_url = e.get("help_url")
    if not url_ok(help_url):
        problems.append(f"{where}: help_url must be https or null")
    elif help_url and is_homepage(help_url) and "help_url_note" not in e:
        problems.append(f"{where}: help_url {help_url} is a bare homepage; link the help page or add help_url_note")
    if "help_url_note" in e:
        bilingual(e["help_url_note"], f"{where}.help_url_note", problems)
    sources = e.get("sources", [])
    if not isinstance(sources, list):
        problems.append(f"{where}: sources must be a list")
        sources = []
    for i, source in enumerate(sources):
        if not isinstance(source, dict) or set(source) - {"url", "seen", "official", "note"}:
            problems.append(f"{where}.sources[{i}]: needs url, seen, official (and optionally note)")
            continue
        url = source.get("url")
        if not isinstance(url, str) or not re.match(r"^https?://[^ ]+$", url):
            problems.append(f"{where}.sources[{i}]: url malformed")
            continue
        if not DATE_RE.match(str(source.get("seen", ""))):
            problems.append(f"{where}.sources[{i}]: seen must be YYYY-MM-DD")
        if not isinstance(source.get("official"), bool):
            problems.append(f"{where}.sources[{i}]: official must be true or false")
        elif source["official"] and not is_official(host_of(url), e):
            problems.append(f"{where}.sources[{i}]: official source {host_of(url)} is not one of the entry's domains")
    if len({host_of(s.get("url", "")) for s in sources if isinstance(s, dict)}) != len(sources):
        problems.append(f"{where}: two sources from one site count as one; list it once")
    if not DATE_RE.match(str(e.get("last_reviewed", ""))):
        problems.append(f"{where}: last_reviewed must be YYYY-MM-DD")
    for key in ("keywords", "android_packages"):
        value = e.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() == v and v for v in value):
            problems.append(f"{where}: {key} must be a list of non-blank strings")
    for package in e.get("android_packages", []):
        if not PACKAGE_RE.match(str(package)):
            problems.append(f"{where}: android package {package!r} malformed")
    if not isinstance(e.get("generic", False), bool):
        problems.append(f"{where}: generic must be true or false")
    check_sms(e.get("sms", {}), where, problems)


def check_sms(sms, where, problems):
    for key in ("signatures", "senders"):
        if not isinstance(sms.get(key, []), list):
            problems.append(f"{where}: sms.{key} must be a list")
    for sender in sms.get("senders", []):
        if not re.fullmatch(r"\d{3,20}", str(sender)):
            problems.append(f"{where}: sender {sender!r} must be digits")


def claim(table, key, owner, what, where, problems):
    if key in table and table[key] != owner:
        problems.append(f"{where}: {what} {key!r} also belongs to {table[key]}")
    table[key] = owner


def main(paths):
    every = sorted(glob.glob(os.path.join(ROOT, "resources", "catalog", "**", "*.json"), recursive=True))
    report = {os.path.abspath(p) for p in paths} if paths else {os.path.abspath(p) for p in every}
    problems, cross = [], []
    seen_ids, aliases, signatures, senders = {}, {}, {}, {}
    counts, curated, companies = {}, [], []
    for path in every:
        name = os.path.relpath(path, ROOT)
        try:
            data = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as err:
            problems.append(f"{name}: {err}")
            continue
        if data.get("schema") != 2 or not isinstance(data.get("services"), list):
            problems.append(f"{name}: needs {{\"schema\": 2, \"services\": [...]}}")
            continue
        mine = os.path.abspath(path) in report
        sink = problems if mine else cross
        for i, e in enumerate(data["services"]):
            where = f"{name}[{i}] {e.get('id', '?')}"
            sid = e.get("id", "")
            if not ID_RE.match(str(sid)):
                sink.append(f"{where}: bad id")
            if sid in seen_ids:
                problems.append(f"{where}: id also in {seen_ids[sid]}")
            seen_ids[sid] = name
            if e.get("category") not in CATEGORIES:
                sink.append(f"{where}: category {e.get('category')!r} not allowed")
            if e.get("tier") not in TIERS:
                sink.append(f"{where}: tier {e.get('tier')!r} not allowed")
            for domain in e.get("domains", []):
                if not DOMAIN_RE.match(domain):
                    sink.append(f"{where}: domain {domain!r} malformed")
            deletion = e.get("deletion") or {}
            if not url_ok(deletion.get("url")) and not str(deletion.get("url", "")).startswith("http://"):
                sink.append(f"{where}: deletion.url malformed")
            if deletion.get("difficulty") not in DIFFICULTY:
                sink.append(f"{where}: deletion.difficulty not allowed")
            detail = e.get("detail")
            if detail == "curated":
                check_curated(e, where, sink)
                for alias in e.get("aliases", []):
                    if alias != alias.strip() or not alias:
                        sink.append(f"{where}: alias {alias!r} blank or padded")
                    claim(aliases, alias.lower(), sid, "alias", where, sink)
                for sig in e.get("sms", {}).get("signatures", []):
                    claim(signatures, sig, sid, "signature", where, sink)
                for sender in e.get("sms", {}).get("senders", []):
                    claim(senders, sender, sid, "sender", where, sink)
                curated.append((where, e, mine))
                key = ("curated", e.get("market"))
                counts[key] = counts.get(key, 0) + 1
            elif detail == "public":
                if not isinstance(e.get("name"), str) or not e["name"].strip():
                    sink.append(f"{where}: a public entry needs a name")
                counts[("public", "all")] = counts.get(("public", "all"), 0) + 1
            else:
                sink.append(f"{where}: detail must be curated or public")
        for i, company in enumerate(data.get("companies", [])):
            companies.append((f"{name} companies[{i}] {company.get('id', '?')}", company, sink))
        for i, redirect in enumerate(data.get("redirects", [])):
            if not isinstance(redirect, dict) or not {"from", "to"} <= set(redirect) or \
                    set(redirect) - {"from", "to", "deletion", "tfa"}:
                sink.append(f"{name} redirects[{i}]: needs from and to (and only deletion, tfa)")
            elif redirect["from"] in seen_ids:
                sink.append(f"{name} redirects[{i}]: {redirect['from']} is still an entry")
    for where, company, sink in companies:
        cid = company.get("id", "")
        if not ID_RE.match(str(cid)) or cid in seen_ids:
            sink.append(f"{where}: company id missing, malformed or already a service id")
        seen_ids[cid] = "company"
        bilingual(company.get("names"), f"{where}.names", sink)
        members = company.get("services", [])
        if len(members) < 2 or any(m not in seen_ids for m in members):
            sink.append(f"{where}: services must name two or more catalog entries")
        check_sms(company.get("sms", {}), where, sink)
        for sig in company.get("sms", {}).get("signatures", []):
            claim(signatures, sig, cid, "signature", where, sink)
        for sender in company.get("sms", {}).get("senders", []):
            claim(senders, sender, cid, "sender", where, sink)
    lines = {where: step_lines(e) for where, e, _ in curated}
    for (wa, ea, ma), (wb, eb, mb) in itertools.combinations(curated, 2):
        if not (ma or mb) or ea.get("generic") or eb.get("generic"):
            continue
        for lang in ("zh", "en"):
            shared = lines[wa][lang] & lines[wb][lang]
            if len(shared) > MAX_SHARED_LINES:
                problems.append(f"{wa} and {wb}: {len(shared)} identical {lang} step lines "
                                f"(at most {MAX_SHARED_LINES}), e.g. {sorted(shared)[0]!r}")
                break
    for line in problems:
        print(line)
    print("counts:", ", ".join(f"{d} {m}: {n}" for (d, m), n in sorted(counts.items())))
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
