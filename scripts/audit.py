#!/usr/bin/env python3
"""make audit: every backend and frontend dependency with its version and licence, checked against advisories.

Inputs (scripts/audit.sh makes them): the backend's CycloneDX SBOM (cyclonedx-maven-plugin, runtime scope) and the
frontend's `npm query '*'`. Advisory data, when there is some:
  - AUDIT_ADVISORIES=<dir>: OSV records (*.json, e.g. the unzipped https://osv-vulnerabilities.storage.googleapis.com/
    {Maven,npm}/all.zip), read offline;
  - NPM_AUDIT_JSON=<file>: the output of `npm audit --json`, when the registry's audit endpoint answered.
Exit 1 on any dependency with a known CRITICAL advisory; exit 0 otherwise, saying plainly which ecosystems could not
be checked. Licences that are unknown or strong copyleft are listed as warnings for a human to look at.

usage: audit.py BACKEND_BOM_JSON NPM_QUERY_JSON
"""
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Dep:
    ecosystem: str  # "Maven" or "npm", as OSV names them
    name: str  # "group:artifact" for Maven
    version: str
    licence: str
    dev: bool = False
    advisories: list = field(default_factory=list)


def maven_deps(bom: dict) -> list[Dep]:
    deps = []
    for c in bom.get("components", []):
        names = []
        for entry in c.get("licenses", []):
            lic = entry.get("license", {})
            names.append(lic.get("id") or lic.get("name") or entry.get("expression") or "?")
        deps.append(Dep("Maven", f"{c.get('group', '')}:{c['name']}", c.get("version", "?"), " OR ".join(names) or "UNKNOWN"))
    return deps


def npm_deps(nodes: list) -> list[Dep]:
    deps, seen = [], set()
    for n in nodes:
        if n.get("location", "x") == "" or not n.get("version"):  # the project itself
            continue
        key = (n["name"], n["version"])
        if key in seen:
            continue
        seen.add(key)
        lic = n.get("license")
        if isinstance(lic, dict):
            lic = lic.get("type")
        deps.append(Dep("npm", n["name"], n["version"], lic or "UNKNOWN", dev=bool(n.get("dev"))))
    return deps


def version_key(v: str):
    """Orders 1.2.10 after 1.2.9 and 2.0.0-beta before 2.0.0, good enough for Maven and semver versions."""
    main, _, pre = v.partition("-")
    parts = [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.+]", main)]
    return parts, (1,) if not pre else (0, pre)


def affected(version: str, ranges: list, versions: list) -> bool:
    if version in versions:
        return True
    for r in ranges:
        if r.get("type") not in ("ECOSYSTEM", "SEMVER"):
            continue
        inside = False
        for event in r.get("events", []):
            if "introduced" in event:
                intro = event["introduced"]
                inside = intro == "0" or version_key(version) >= version_key(intro)
            elif "fixed" in event and inside and version_key(version) >= version_key(event["fixed"]):
                inside = False
            elif "last_affected" in event and inside and version_key(version) > version_key(event["last_affected"]):
                inside = False
        if inside:
            return True
    return False


def severity(record: dict) -> str:
    return str(record.get("database_specific", {}).get("severity", "UNKNOWN")).upper()


def check_osv(deps: list[Dep], directory: Path) -> int:
    by_name = {}
    for d in deps:
        by_name.setdefault((d.ecosystem, d.name), []).append(d)
    records = 0
    for path in directory.rglob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        records += 1
        for a in record.get("affected", []):
            pkg = a.get("package", {})
            for d in by_name.get((pkg.get("ecosystem"), pkg.get("name")), []):
                if affected(d.version, a.get("ranges", []), a.get("versions", [])):
                    d.advisories.append((record.get("id", path.stem), severity(record)))
    return records


def check_npm_audit(deps: list[Dep], report: dict) -> None:
    for name, v in report.get("vulnerabilities", {}).items():
        for d in deps:
            if d.ecosystem == "npm" and d.name == name:
                d.advisories.append((f"npm audit: {v.get('range', '')}", str(v.get("severity", "unknown")).upper()))


COPYLEFT = re.compile(r"\b(A?GPL|SSPL|EUPL|OSL)", re.I)
WEAK_OR_EXCEPTION = re.compile(r"LGPL|Classpath|CDDL|EPL|MPL", re.I)


def main(bom_path: str, npm_path: str) -> int:
    deps = maven_deps(json.loads(Path(bom_path).read_text())) + npm_deps(json.loads(Path(npm_path).read_text()))
    checked = []
    osv_dir = os.environ.get("AUDIT_ADVISORIES")
    if osv_dir:
        n = check_osv(deps, Path(osv_dir))
        checked.append(f"{n} OSV records from {osv_dir}")
    npm_audit = os.environ.get("NPM_AUDIT_JSON")
    if npm_audit and Path(npm_audit).exists():
        report = json.loads(Path(npm_audit).read_text() or "{}")
        if "vulnerabilities" in report:
            check_npm_audit(deps, report)
            checked.append("npm audit (frontend)")

    print(f"{'ecosystem':<6} {'dependency':<70} {'version':<22} licence")
    for d in sorted(deps, key=lambda d: (d.ecosystem, d.dev, d.name)):
        scope = " (dev)" if d.dev else ""
        print(f"{d.ecosystem:<6} {d.name + scope:<70} {d.version:<22} {d.licence}")
    maven = sum(1 for d in deps if d.ecosystem == "Maven")
    npm_runtime = sum(1 for d in deps if d.ecosystem == "npm" and not d.dev)
    print(f"\n{len(deps)} dependencies: {maven} backend (runtime), {npm_runtime} frontend runtime, "
          f"{len(deps) - maven - npm_runtime} frontend build/test only")

    unknown = [d for d in deps if d.licence == "UNKNOWN"]
    copyleft = [d for d in deps if COPYLEFT.search(d.licence) and not WEAK_OR_EXCEPTION.search(d.licence) and not d.dev]
    for d in unknown:
        print(f"WARNING licence unknown: {d.ecosystem} {d.name} {d.version}")
    for d in copyleft:
        print(f"WARNING strong copyleft licence in the shipped app: {d.ecosystem} {d.name} {d.version} ({d.licence})")

    if not checked:
        print("\nADVISORIES NOT CHECKED: no advisory data is available offline on this machine (the npm audit endpoint "
              "and osv.dev are unreachable). Set AUDIT_ADVISORIES=<dir of OSV *.json> to check against a downloaded "
              "OSV export.")
        return 0
    flagged = [(d, a) for d in deps for a in d.advisories]
    for d, (ident, sev) in flagged:
        print(f"ADVISORY {sev}: {d.ecosystem} {d.name} {d.version}: {ident}")
    critical = [d for d, (_, sev) in flagged if sev == "CRITICAL"]
    ecosystems = {"Maven", "npm"} if osv_dir else {"npm"}
    if "Maven" not in ecosystems:
        print("Backend (Maven) dependencies NOT checked: no OSV data given (AUDIT_ADVISORIES).")
    print(f"\nAdvisories checked with {', '.join(checked)}: {len(flagged)} found, {len(critical)} critical.")
    return 1 if critical else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
