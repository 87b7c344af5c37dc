#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Rebind authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Converts ../shared/data/services-public.json (2fa.directory + JustDeleteMe, both MIT; see
resources/catalog/LICENSES) into resources/catalog/public.json, the catalog's lower-detail entries.

    python3 tools/catalog/convert_public.py [SOURCE]   (default: ../shared/data/services-public.json)

Run it again after editing the curated files. A public entry that describes a curated service is
merged into it: its hosts are matched to the curated entries' domains by the longest domain suffix
(appleid.apple.com → apple.com), else by registrable domain (huawei.com ↔ id.huawei.com), and it is
merged only when exactly one curated entry matches (the eight Tencent services under qq.com stay
apart). A merged entry leaves a redirect (old id → curated id) carrying its deletion link and
difficulty and its 2FA methods, so that vault bindings stored under the old id keep resolving and
the public data's knowledge is kept. The output is committed, so that building Rebind never needs
../shared.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_SOURCE = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "services-public.json"))
OUTPUT = os.path.join(ROOT, "resources", "catalog", "public.json")

# Source category -> (Rebind category, tier). The first listed category of an entry that maps to
# the highest tier wins.
CATEGORY_MAP = {
    "banking": ("banking", "critical"), "payments": ("payments", "critical"),
    "finance": ("loans-investment", "critical"), "investing": ("loans-investment", "critical"),
    "cryptocurrencies": ("loans-investment", "critical"), "insurance": ("loans-investment", "critical"),
    "crowdfunding": ("payments", "medium"), "government": ("government", "critical"),
    "identity": ("government", "critical"), "email": ("email-cloud", "high"),
    "cloud": ("email-cloud", "high"), "backup": ("email-cloud", "high"),
    "hosting": ("email-cloud", "medium"), "domains": ("email-cloud", "medium"),
    "communication": ("social", "high"), "social": ("social", "high"),
    "retail": ("shopping", "medium"), "postal": ("shopping", "low"), "food": ("food", "medium"),
    "travel": ("travel", "medium"), "transport": ("travel", "medium"), "tickets": ("travel", "low"),
    "health": ("health", "medium"), "education": ("work-education", "medium"),
    "universities": ("work-education", "medium"), "task": ("work-education", "low"),
    "remote": ("work-education", "low"), "developer": ("work-education", "medium"),
    "entertainment": ("video-music", "low"), "gaming": ("gaming", "medium"),
    "betting": ("gaming", "low"), "utilities": ("utilities", "medium"),
    "security": ("other", "medium"), "vpn": ("other", "low"), "iot": ("other", "low"),
    "marketing": ("other", "low"), "creativity": ("other", "low"), "legal": ("other", "low"),
    "other": ("other", "low"),
}
TIER_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}
DIFFICULTY = {"easy", "medium", "hard", "impossible"}
DOMAIN_RE = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$")


def slug(text):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")


def category_and_tier(categories):
    best = ("other", "low")
    for name in categories:
        mapped = CATEGORY_MAP.get(name)
        if mapped and TIER_RANK[mapped[1]] < TIER_RANK[best[1]]:
            best = mapped
    if best == ("other", "low"):
        for name in categories:
            if name in CATEGORY_MAP:
                return CATEGORY_MAP[name]
    return best


# Second-level labels under which registrations happen (example.com.cn, example.co.uk): enough
# for the hosts in the source data; Debian's public suffix list is not a build dependency.
SECOND_LEVEL = {"com", "net", "org", "gov", "edu", "co", "ac", "or", "ne", "go", "gob", "gv"}


def registrable(host):
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def curated_domains():
    """domain -> ids of the curated entries that list it"""
    owners = {}
    for path in glob.glob(os.path.join(ROOT, "resources", "catalog", "curated", "*.json")):
        with open(path, encoding="utf-8") as handle:
            for entry in json.load(handle)["services"]:
                for domain in entry.get("domains", []):
                    owners.setdefault(domain.lower(), set()).add(entry["id"])
    return owners


def merge_target(hosts, owners):
    """The one curated entry these hosts belong to, or None (no match, or several)."""
    matched = set()
    for host in hosts:
        suffixes = [d for d in owners if host == d or host.endswith("." + d)]
        if suffixes:
            longest = max(suffixes, key=len)
            matched |= owners[longest]
            continue
        base = registrable(host)
        for domain, ids in owners.items():
            if registrable(domain) == base:
                matched |= ids
    return next(iter(matched)) if len(matched) == 1 else None


def convert(source):
    with open(source, encoding="utf-8") as handle:
        entries = json.load(handle)
    owners = curated_domains()
    used_ids = set()
    out, redirects = [], []
    for entry in sorted(entries, key=lambda e: e["name"].lower()):
        domains = sorted({d.lower() for d in entry.get("domains", []) if DOMAIN_RE.match(d.lower())})
        # Ids are given before merging, so that an entry keeps its id whether or not it merges.
        base = "pub-" + (slug(entry["name"]) or slug(domains[0] if domains else "service"))
        sid = base
        if sid in used_ids and domains:
            sid = f"{base}-{slug(domains[0])}"
        counter = 2
        while sid in used_ids:
            sid = f"{base}-{counter}"
            counter += 1
        used_ids.add(sid)
        url = (entry.get("delete_url") or "").strip()
        deletion = {
            "url": url if url.startswith("https://") and " " not in url else None,
            "difficulty": entry.get("delete_difficulty") if entry.get("delete_difficulty") in DIFFICULTY else None,
        }
        tfa = sorted(set(entry.get("tfa", [])))
        target = merge_target(domains, owners) if domains else None
        if target:
            redirect = {"from": sid, "to": target}
            if deletion["url"] or deletion["difficulty"]:
                redirect["deletion"] = {k: v for k, v in deletion.items() if v}
            if tfa:
                redirect["tfa"] = tfa
            redirects.append(redirect)
            continue
        category, tier = category_and_tier(entry.get("categories", []))
        # Only what differs from the defaults: the file is parsed at every start-up.
        record = {"id": sid, "name": entry["name"], "category": category, "tier": tier, "domains": domains}
        if tfa:
            record["tfa"] = tfa
        if entry.get("phone_verification"):
            record["phone_verification"] = True
        if deletion["url"] or deletion["difficulty"]:
            record["deletion"] = {k: v for k, v in deletion.items() if v}
        record["sources"] = sorted(set(entry.get("sources", [])))
        record["detail"] = "public"
        out.append(record)
    return out, redirects


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    services, redirects = convert(source)
    # One entry per line: small diffs when the source is refreshed.
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write('{"schema": 2,\n "attribution": "Derived from 2fa.directory (2factorauth/twofactorauth) and '
                     'JustDeleteMe (jdm-contrib/jdm), both under the MIT licence; see LICENSES/.",\n "services": [\n')
        handle.write(",\n".join(json.dumps(s, ensure_ascii=False, separators=(",", ":")) for s in services))
        handle.write('\n],\n "redirects": [\n')
        handle.write(",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in redirects))
        handle.write("\n]}\n")
    print(f"{len(services)} public entries written to {os.path.relpath(OUTPUT, ROOT)}; "
          f"{len(redirects)} merged into curated entries (redirects)")


if __name__ == "__main__":
    main()
