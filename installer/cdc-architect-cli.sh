#!/bin/sh
# cdc-architect-cli: CDC Architect's command line, tuned for short runs (docs/decisions/0009-fast-cli-pdf.md).
#  - C1 only (-XX:TieredStopAtLevel=1): in a run of a second or two the C2 compiler only competes for the cores.
#  - The serial collector with a 256 MB young generation: a PDF export allocates ~150 MB, so it never collects,
#    and no concurrent GC threads start (~0.1 s less than G1's five young pauses here).
#  - A class-data archive of the classes a PDF export loads, made once per user and installation by a training
#    run and kept in the user's cache; later runs map those classes instead of loading and verifying them.
#    Java 17 cannot make it by itself (-XX:+AutoCreateSharedArchive arrived in Java 19). An archive that does not
#    match is ignored by the JVM: never wrong, only slower. CDC_ARCHITECT_NO_ARCHIVE=1 skips it.
# bin/cdc-architect (the jpackage launcher) runs the same commands with the full JIT, and opens the window.
set -eu
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
java="$root/lib/runtime/bin/java"
jar="$root/lib/app/cdc-architect.jar"
[ $# -gt 0 ] || set -- --help
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn256m -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"

cache_root="${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}"
cache="${cache_root:-/nonexistent}/cdc-architect"
# The libraries are part of the key: the rehearsal add-on (decision 0016) fills in jars the manifest lists, and Java 17
# disables an archive made while they were absent, with one warning per jar on every run.
libs=$(ls "$root/lib/app/lib" 2>/dev/null | cksum | cut -d' ' -f1)
build=$(printf '%s %s %s' "$root" "$(stat -c '%s %Y' "$jar")" "$libs" | cksum | cut -d' ' -f1)
archive="$cache/cli-@VERSION@-$build.jsa"
if [ ! -f "$archive" ] && [ -n "$cache_root" ] && [ -z "${CDC_ARCHITECT_NO_ARCHIVE:-}" ] && mkdir -p "$cache" 2>/dev/null; then
  echo "cdc-architect-cli: first run: preparing a faster start-up (a few seconds, once)" >&2
  training=$(mktemp -d "$cache/training.XXXXXX")
  if "$java" $flags -XX:ArchiveClassesAtExit="$training/cli.jsa" -jar "$jar" export \
       --source "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys." \
       --target "Confluent Kafka with target sinks to Snowflake and Elasticsearch." \
       --format pdf --out "$training/training.pdf" >/dev/null 2>&1 && [ -s "$training/cli.jsa" ]; then
    mv -f "$training/cli.jsa" "$archive"
  fi
  rm -rf "$training"
  # Archives of builds no longer installed would pile up (15 MB each): keep the three newest.
  ls -1t "$cache"/cli-*.jsa 2>/dev/null | tail -n +4 | while IFS= read -r old; do rm -f "$old"; done
fi
# Java 17 decodes arguments with the locale's character set and cannot be told otherwise (-Dsun.jnu.encoding is
# ignored; measured on 17.0.15): under an ASCII locale (LANG=C) a non-ASCII --source would arrive as U+FFFD.
# Such a locale gets C.UTF-8, which differs from C only in its character set, when the system has it.
case "$(locale charmap 2>/dev/null)" in
  ANSI_X3.4-1968|ASCII|US-ASCII)
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then export LC_ALL=C.UTF-8; fi ;;
esac
share=""
if [ -f "$archive" ] && [ -z "${CDC_ARCHITECT_NO_ARCHIVE:-}" ]; then share="-XX:SharedArchiveFile=$archive"; fi
# shellcheck disable=SC2086 # the flags are separate words; the archive's path may hold spaces
exec "$java" $flags ${share:+"$share"} -jar "$jar" "$@"
