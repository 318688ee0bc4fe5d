# Tiến độ — every set-up step lives here. Needs only a JDK 17+, Maven (any; ./mvnw fetches 3.9) and Node 20 + npm.
SHELL := /bin/bash
MVN   := ./mvnw -B -ntp
JAR   := backend/target/quarkus-app/quarkus-run.jar
# make run only: the data directory and the default admin password (the tests use their own)
RUN_ENV := TIENDO_DATA_DIR=$${TIENDO_DATA_DIR:-$(CURDIR)/data} TIENDO_ADMIN_PASSWORD=$${TIENDO_ADMIN_PASSWORD:-admin}

.PHONY: run build test durability db-outage backup restore backup-test pg-client audit scripts-test frontend-install frontend-build frontend-test lint backend-test backend-package e2e chromium openapi bench bench-profile clean

# What each build reads: make rebuilds only when one of these is newer than what it built (stamp files below)
FRONTEND_SRC := $(shell find frontend/src frontend/public -type f -not -path 'frontend/src/lib/api/schema.d.ts' 2>/dev/null) \
	$(wildcard frontend/index.html frontend/vite.config.* frontend/tsconfig*.json) frontend/package.json frontend/package-lock.json openapi.yaml
BACKEND_SRC := $(shell find backend/src/main -type f 2>/dev/null) backend/pom.xml
SPA_STAMP := frontend/dist/index.html

## make run: build the SPA and the backend when their sources changed (else start at once), serve both on http://localhost:8080
run: $(JAR)
	@echo ">>> Tiến độ on http://localhost:$${QUARKUS_HTTP_PORT:-8080}  data: $${TIENDO_DATA_DIR:-$(CURDIR)/data}  login: admin / $${TIENDO_ADMIN_PASSWORD:-admin}"
	$(RUN_ENV) java -jar $(JAR)

## make build: leaves backend/target/quarkus-app/quarkus-run.jar (with the SPA inside)
build: $(JAR)

## make test: every frontend and backend test against a real embedded PostgreSQL, then the browser journey
test: scripts-test lint frontend-test backend-test e2e durability db-outage backup-test

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

frontend-install: frontend/node_modules/.installed

frontend-build: $(SPA_STAMP)

$(SPA_STAMP): frontend/node_modules/.installed $(FRONTEND_SRC)
	cd frontend && npm run build
	touch $@

frontend-test: frontend-install
	cd frontend && npm test

# the walls and the contract: ESLint (feature walls, import cycles, hooks), Spectral (spectral:oas, no warning)
# and Redocly (recommended, no error) on openapi.yaml
lint: frontend-install
	cd frontend && npm run lint && npm run lint:api
	cd backend && ./mvnw -B -q spotless:check

# verify = unit + @QuarkusTest suites (embedded PostgreSQL, OpenAPI contract) and the packaged jar with the SPA
backend-test: frontend-build
	cd backend && $(MVN) verify

backend-package: $(JAR)

# the jar holds the SPA (frontend/dist copied in as resources), so it follows the SPA's stamp too
$(JAR): $(SPA_STAMP) $(BACKEND_SRC)
	cd backend && $(MVN) package -DskipTests
	touch $@

chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

e2e: chromium frontend-install
	scripts/e2e.sh

# SIGKILL of the JVM and PostgreSQL mid-submissions, restart, nothing acknowledged lost or doubled; webhooks still arrive
durability:
	scripts/durability.sh

db-outage:
	scripts/db-outage.sh

## make backup: a timestamped pg_dump (custom format) of the running app's database in ./backups (BACKUP_DIR moves it)
backup: pg-client
	scripts/backup.sh

## make restore FILE=backups/tiendo-....dump [TARGET=dir]: load a backup into a fresh data directory (never the live one)
restore: pg-client
	scripts/restore.sh "$(FILE)" $(TARGET)

# backup while serving, restore into a fresh directory, start on it: counts, report checksum and progress identical
backup-test: pg-client
	scripts/backup-test.sh

## make audit: every dependency with version and licence; fails on a known critical advisory when data is at hand
audit: frontend-install
	scripts/audit.sh

# unit tests of the Python tools (the audit's advisory matching)
scripts-test:
	python3 -m unittest discover -s scripts -p 'test_*.py'

# pg_dump, pg_restore, psql and pgbench of the embedded server's major version (15, Debian bookworm's own)
pg-client:
	@test -x /usr/lib/postgresql/15/bin/pg_dump || { apt-get update -qq && apt-get install -y -qq postgresql-client-15 >/dev/null; }

## make openapi: rewrite openapi.yaml from the code (then commit it); the SPA's types follow on its next build
openapi:
	cd backend && $(MVN) test -Dtest=OpenApiContractTest -Dopenapi.update=true -Dsurefire.failIfNoSpecifiedTests=false

clean:
	cd backend && $(MVN) -q clean
	rm -rf frontend/dist

## make bench: national-scale figures (about 310,000 organisations); see README "Performance"
bench: build
	bench/run.sh
	bench/members.sh

## make bench-profile: the same phases under JDK Flight Recorder and pg_stat_statements; prints the top frames and statements per phase
bench-profile: build
	bench/run.sh --profile
