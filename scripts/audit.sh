#!/usr/bin/env bash
# make audit: lists backend (CycloneDX SBOM of the runtime classpath) and frontend (npm query) dependencies with
# versions and licences, and fails on a known critical advisory when advisory data is at hand (see scripts/audit.py).
set -euo pipefail
cd "$(dirname "$0")/.."
out=backend/target/audit
mkdir -p "$out"
(cd backend && ./mvnw -B -ntp -q org.cyclonedx:cyclonedx-maven-plugin:2.9.1:makeBom -DoutputFormat=json \
  -DincludeTestScope=false -DincludeProvidedScope=false -DoutputDirectory=target/audit)
(cd frontend && npm query '*' 2>/dev/null) >"$out/npm.json"
# the registry's audit endpoint, when this machine can reach it; its failure is reported, not fatal
if (cd frontend && timeout 60 npm audit --json 2>/dev/null) >"$out/npm-audit.json" || [ -s "$out/npm-audit.json" ]; then
  export NPM_AUDIT_JSON="$out/npm-audit.json"
fi
python3 scripts/audit.py "$out/bom.json" "$out/npm.json" | tee "$out/report.txt"
exit "${PIPESTATUS[0]}"
