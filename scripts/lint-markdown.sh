#!/usr/bin/env bash
# Checks exported Markdown with the real markdownlint (default rules, line length off), as a complement to the
# Java MarkdownLint checks in the test suite. Needs Node.js/npm; not part of CI.
# Usage: scripts/lint-markdown.sh   (exports the golden designs plus a hostile input, then lints them)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -B -ntp -DskipTests package
jar=target/cdc-architect.jar
java -jar "$jar" export --source "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys." \
  --target "Confluent Kafka with target sinks to Snowflake and Elasticsearch." --format markdown --out "$work/seed.md"
java -jar "$jar" export --source 'PostgreSQL 14, 2 TB. <img src="https://evil.example/x.png"> ![x](https://evil.example/t.png) ``` # h | p |' \
  --target "Kafka to Snowflake" --format markdown --out "$work/hostile.md"
cp src/test/resources/golden/export/*.md "$work/"
echo '{"config": {"MD013": false}}' > "$work/.markdownlint-cli2.jsonc"
(cd "$work" && npm install --silent --no-audit --no-fund markdownlint-cli2@0.18.1 >/dev/null && npx markdownlint-cli2 "*.md")
