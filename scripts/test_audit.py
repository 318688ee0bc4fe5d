"""Unit tests of scripts/audit.py (make test): advisory matching decides the exit code, so it is tested here."""
import io
import json
import os
import sys
import tempfile
import unittest
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import audit  # noqa: E402

BOM = {"components": [
    {"group": "io.quarkus", "name": "quarkus-rest", "version": "3.36.1", "licenses": [{"license": {"id": "Apache-2.0"}}]},
    {"group": "org.example", "name": "mystery", "version": "1.0"},
]}
NPM = [
    {"name": "tiendo-frontend", "version": "0.1.0", "location": ""},
    {"name": "react", "version": "19.1.0", "license": "MIT", "location": "node_modules/react"},
    {"name": "vitest", "version": "3.2.4", "license": "MIT", "dev": True, "location": "node_modules/vitest"},
    {"name": "gpl-lib", "version": "2.0.0", "license": "AGPL-3.0", "location": "node_modules/gpl-lib"},
]


def osv(ident, ecosystem, name, events, sev="CRITICAL", versions=()):
    return {"id": ident, "database_specific": {"severity": sev}, "affected": [
        {"package": {"ecosystem": ecosystem, "name": name}, "ranges": [{"type": "ECOSYSTEM", "events": events}],
         "versions": list(versions)}]}


class AuditTest(unittest.TestCase):
    def run_audit(self, records=None, npm_audit=None):
        with tempfile.TemporaryDirectory() as d:
            bom, npm = Path(d, "bom.json"), Path(d, "npm.json")
            bom.write_text(json.dumps(BOM))
            npm.write_text(json.dumps(NPM))
            env = {}
            if records is not None:
                Path(d, "osv").mkdir()
                for r in records:
                    Path(d, "osv", r["id"] + ".json").write_text(json.dumps(r))
                env["AUDIT_ADVISORIES"] = str(Path(d, "osv"))
            if npm_audit is not None:
                Path(d, "npm-audit.json").write_text(json.dumps(npm_audit))
                env["NPM_AUDIT_JSON"] = str(Path(d, "npm-audit.json"))
            old = {k: os.environ.pop(k, None) for k in ("AUDIT_ADVISORIES", "NPM_AUDIT_JSON")}
            os.environ.update(env)
            out = io.StringIO()
            try:
                with redirect_stdout(out):
                    code = audit.main(str(bom), str(npm))
            finally:
                for k in env:
                    os.environ.pop(k)
                os.environ.update({k: v for k, v in old.items() if v is not None})
            return code, out.getvalue()

    def test_lists_every_dependency_with_licence_and_says_when_nothing_was_checked(self):
        code, out = self.run_audit()
        self.assertEqual(0, code)
        self.assertRegex(out, r"Maven\s+io.quarkus:quarkus-rest\s+3.36.1\s+Apache-2.0")
        self.assertRegex(out, r"npm\s+vitest \(dev\)\s+3.2.4\s+MIT")
        self.assertNotIn("tiendo-frontend", out)
        self.assertIn("WARNING licence unknown: Maven org.example:mystery 1.0", out)
        self.assertIn("WARNING strong copyleft licence in the shipped app: npm gpl-lib", out)
        self.assertIn("ADVISORIES NOT CHECKED", out)

    def test_critical_advisory_in_range_fails(self):
        code, out = self.run_audit([osv("GHSA-1", "Maven", "io.quarkus:quarkus-rest", [{"introduced": "3.0.0"}, {"fixed": "3.36.2"}])])
        self.assertEqual(1, code, out)
        self.assertIn("ADVISORY CRITICAL: Maven io.quarkus:quarkus-rest 3.36.1: GHSA-1", out)

    def test_fixed_versions_high_severity_and_other_packages_pass(self):
        code, out = self.run_audit([
            osv("GHSA-2", "Maven", "io.quarkus:quarkus-rest", [{"introduced": "0"}, {"fixed": "3.36.1"}]),
            osv("GHSA-3", "npm", "react", [{"introduced": "19.0.0"}, {"fixed": "19.2.0"}], sev="HIGH"),
            osv("GHSA-4", "npm", "left-pad", [{"introduced": "0"}]),
            osv("GHSA-5", "npm", "react", [{"introduced": "19.1.1"}]),
        ])
        self.assertEqual(0, code, out)
        self.assertIn("ADVISORY HIGH: npm react 19.1.0: GHSA-3", out)
        self.assertNotIn("GHSA-2", out)
        self.assertNotIn("GHSA-5", out)

    def test_explicit_versions_and_last_affected(self):
        code, _ = self.run_audit([osv("GHSA-6", "npm", "react", [], versions=["19.1.0"])])
        self.assertEqual(1, code)
        code, _ = self.run_audit([osv("GHSA-7", "npm", "react", [{"introduced": "0"}, {"last_affected": "19.0.9"}])])
        self.assertEqual(0, code)

    def test_npm_audit_report_counts(self):
        code, out = self.run_audit(npm_audit={"vulnerabilities": {"react": {"severity": "critical", "range": "<19.2"}}})
        self.assertEqual(1, code, out)
        self.assertIn("Backend (Maven) dependencies NOT checked", out)

    def test_version_order(self):
        self.assertLess(audit.version_key("1.2.9"), audit.version_key("1.2.10"))
        self.assertLess(audit.version_key("2.0.0-beta.1"), audit.version_key("2.0.0"))


if __name__ == "__main__":
    unittest.main()
