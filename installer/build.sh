#!/usr/bin/env bash
# Builds the self-contained application (jpackage with a jlink-trimmed runtime) under target/installer/.
#   installer/build.sh app-image   -> target/installer/cdc-architect/ (bin/cdc-architect runs the window or any subcommand;
#                                     bin/cdc-architect-cli runs subcommands, tuned for short runs, Linux)
#   installer/build.sh deb         -> target/installer/cdc-architect_<version>_amd64.deb (Debian/Ubuntu)
#                                     and cdc-architect-rehearsal_<version>_amd64.deb (the add-on, below)
# Every type also writes target/installer/cdc-architect-rehearsal-<version>.zip: the optional rehearsal add-on (the
# libraries only `rehearse` needs: Kafka, Connect, Debezium, JDBC drivers; docs/decisions/0016). Unzipped into the
# application folder it adds its jars to lib/app/lib/, where the application's manifest already lists them.
#   installer/build.sh msi         -> on Windows (Git Bash; jpackage needs the WiX toolset), not tested here
#   installer/build.sh dmg         -> on macOS, not tested here
set -euo pipefail
cd "$(dirname "$0")/.."
TYPE="${1:-app-image}"
VERSION=$(sed -n 's|^  <version>\([0-9][0-9.]*\).*</version>|\1|p' pom.xml | head -1)
OUT=target/installer
rm -rf "$OUT" && mkdir -p "$OUT/input"

mvn -q -B -ntp -DskipTests package
cp target/cdc-architect.jar "$OUT/input/"

# The application's own libraries: the runtime class path of the pom without its rehearsal block (between the
# "rehearsal add-on" markers). Every other jar of target/lib goes to the add-on. The jar's manifest lists them all;
# the JVM skips listed jars that are absent, so the application runs with or without the add-on (decision 0016).
ADDON="$OUT/addon/lib/app"
mkdir -p "$OUT/input/lib" "$ADDON/lib" "$OUT/core-pom"
sed '/<!-- rehearsal add-on: begin/,/<!-- rehearsal add-on: end -->/d; /<build>/,/<\/build>/d' pom.xml > "$OUT/core-pom/pom.xml"
mvn -q -B -ntp -f "$OUT/core-pom/pom.xml" dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$PWD/$OUT/core-classpath.txt"
tr ':' '\n' < "$OUT/core-classpath.txt" | sed 's|.*/||' | sort > "$OUT/core-jars.txt"
while IFS= read -r jar; do
  [ -f "target/lib/$jar" ] || { echo "build.sh: $jar (needed without the rehearsal) is not in target/lib: the pom resolves it differently with the rehearsal's dependencies" >&2; exit 1; }
done < "$OUT/core-jars.txt"
for jar in target/lib/*.jar; do
  if grep -qxF "${jar##*/}" "$OUT/core-jars.txt"; then cp "$jar" "$OUT/input/lib/"; else cp "$jar" "$ADDON/lib/"; fi
done
# Compression libraries of the in-process broker carry native code for a dozen platforms; the add-on keeps this
# platform's (Linux x86-64; the packages built here are amd64). Other builds keep them all.
if [ "$(uname -sm)" = "Linux x86_64" ]; then
  for jar in "$ADDON"/lib/zstd-jni-*.jar "$ADDON"/lib/snappy-java-*.jar "$ADDON"/lib/lz4-java-*.jar; do
    other=$(unzip -Z1 "$jar" | grep -E '\.(so|dll|dylib|jnilib)$' | grep -viE '(^|/)linux/(amd64|x86_64)/' || true)
    if [ -n "$other" ]; then printf '%s\n' "$other" | zip -q -d "$jar" -@; fi
  done
fi
# Debezium's MariaDB connector runs in its own plugin folder in a child worker (decision 0013). Shipped as a zip
# beside the jar: a folder of jars there would join the application's class path, which must not see them.
(cd target && zip -q -r -X "$OLDPWD/$ADDON/connect-plugins.zip" connect-plugins)
(cd "$OUT/addon" && zip -q -r -X "../cdc-architect-rehearsal-$VERSION.zip" lib)

# The JDK modules the application uses (jdeps over the jar and its libraries), plus TLS for the LLM providers.
# java.compiler … jdk.security.auth: the in-process Kafka broker and Connect worker of `rehearse` (decision 0012)
MODULES=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.security.auth,jdk.unsupported,jdk.xml.dom,jdk.zipfs
# The runtime keeps bin/java for bin/cdc-architect-cli, and its own class-data archive (--generate-cds-archive),
# which speeds up both launchers' start and which the CLI's per-user archive builds on (decision 0009).
runtime() {
  jlink --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --compress="$2" --generate-cds-archive --output "$1"
  find "$1/bin" -type f ! -name java -delete
  rm -f "$1/lib/server/classes_nocoops.jsa"  # only for heaps over 32 GB
  # The JDK's libraries keep their symbol tables (libjvm.so: 4 MB of 24): only crash reports would name functions.
  if command -v strip >/dev/null; then find "$1/lib" -name '*.so' -exec strip --strip-unneeded {} +; fi
}
# The command-line launcher: a script over the bundled runtime (the jpackage launcher asks dpkg and rpm who owns it
# on every start, ~0.2 s here).
cli_launcher() {
  sed "s/@VERSION@/$VERSION/" installer/cdc-architect-cli.sh > "$1/bin/cdc-architect-cli"
  chmod 755 "$1/bin/cdc-architect-cli"
}
# A copy of a jar with its entries stored, not compressed: the .deb's xz then compresses them (decision 0007).
store_only() {
  local tmp
  tmp=$(mktemp -d)
  (cd "$tmp" && unzip -q "$OLDPWD/$1" && zip -q -0 -r -X "$OLDPWD/$2" .)
  rm -rf "$tmp"
}
runtime "$OUT/runtime" 2

jpackage --type app-image --name cdc-architect --app-version "$VERSION" --vendor "CDC Architect" \
  --description "Designs Change Data Capture pipelines: specification, diagram, exports" \
  --input "$OUT/input" --main-jar cdc-architect.jar --main-class dev.cdcarchitect.app.Launcher \
  --runtime-image "$OUT/runtime" --icon installer/cdc-architect.png --dest "$OUT"
cli_launcher "$OUT/cdc-architect"

if [ "$TYPE" = deb ]; then
  # The .deb compresses its content with xz, which cannot shrink what is already compressed: the packaged image
  # holds an uncompressed runtime and store-only jars, so xz sees the raw bytes (55 MB -> smaller .deb).
  DEB="$OUT/deb"
  mkdir -p "$DEB/input/lib"
  for jar in "$OUT/input/cdc-architect.jar" "$OUT"/input/lib/*.jar; do store_only "$jar" "$DEB/input/${jar#"$OUT/input/"}"; done
  runtime "$DEB/runtime" 0
  jpackage --type app-image --name cdc-architect --app-version "$VERSION" --vendor "CDC Architect" \
    --input "$DEB/input" --main-jar cdc-architect.jar --main-class dev.cdcarchitect.app.Launcher \
    --runtime-image "$DEB/runtime" --icon installer/cdc-architect.png --dest "$DEB"
  cli_launcher "$DEB/cdc-architect"
  jpackage --type deb --app-image "$DEB/cdc-architect" --name cdc-architect --app-version "$VERSION" --vendor "CDC Architect" \
    --description "Designs Change Data Capture pipelines: specification, diagram, exports" \
    --linux-shortcut --linux-menu-group Development --linux-app-category devel --linux-package-deps libgtk-3-0 \
    --file-associations installer/cdcarch-file.properties --dest "$OUT"
  # The add-on as a second package: its jars (store-only, as above) into the installed application's lib/app/.
  ROOT="$DEB/rehearsal"
  DEST="$ROOT/opt/cdc-architect/lib/app"
  mkdir -p "$ROOT/DEBIAN" "$DEST/lib" "$DEB/plugins"
  for jar in "$ADDON"/lib/*.jar; do store_only "$jar" "$DEST/lib/${jar##*/}"; done
  cp -r target/connect-plugins "$DEB/plugins/"
  for jar in "$DEB"/plugins/connect-plugins/*/*.jar; do store_only "$jar" "$jar.stored" && mv "$jar.stored" "$jar"; done
  (cd "$DEB/plugins" && zip -q -0 -r -X "$OLDPWD/$DEST/connect-plugins.zip" connect-plugins)
  RELEASE=$(dpkg-deb -f "$OUT/cdc-architect_${VERSION}"-*_amd64.deb Version)
  cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: cdc-architect-rehearsal
Version: $RELEASE
Architecture: amd64
Depends: cdc-architect (= $RELEASE)
Section: devel
Priority: optional
Installed-Size: $(du -sk "$ROOT/opt" | cut -f1)
Maintainer: CDC Architect
Description: CDC Architect rehearsal components (optional)
 Kafka, Kafka Connect, Debezium connectors and JDBC drivers for the
 'rehearse' command and the window's Check > Rehearse.
CONTROL
  dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$OUT/cdc-architect-rehearsal_${RELEASE}_amd64.deb" >/dev/null
fi
echo "app image: $(du -sh "$OUT/cdc-architect" | cut -f1)"
echo "rehearsal add-on: $(du -sh "$OUT/cdc-architect-rehearsal-$VERSION.zip" | cut -f1) $OUT/cdc-architect-rehearsal-$VERSION.zip"
if [ "$TYPE" = msi ]; then
  jpackage --type msi --app-image "$OUT/cdc-architect" --name cdc-architect --app-version "$VERSION" --vendor "CDC Architect" \
    --win-menu --win-shortcut --win-dir-chooser --file-associations installer/cdcarch-file.properties --dest "$OUT"
fi
if [ "$TYPE" = dmg ]; then
  jpackage --type dmg --app-image "$OUT/cdc-architect.app" --name cdc-architect --app-version "$VERSION" --vendor "CDC Architect" \
    --file-associations installer/cdcarch-file.properties --dest "$OUT"
fi
for deb in "$OUT"/*.deb; do
  if [ -e "$deb" ]; then echo "deb: $(du -sh "$deb" | cut -f1) $deb"; fi
done
