#!/usr/bin/env bash
# Builds the self-contained application (jpackage with a jlink-trimmed runtime) under target/installer/.
#   installer/build.sh app-image   -> target/installer/cdc-architect/ (bin/cdc-architect runs the window or any subcommand;
#                                     bin/cdc-architect-cli runs subcommands, tuned for short runs, Linux)
#   installer/build.sh deb         -> target/installer/cdc-architect_<version>_amd64.deb (Debian/Ubuntu)
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
cp -r target/lib "$OUT/input/lib"
# Debezium's MariaDB connector runs in its own plugin folder in a child worker (decision 0013). Shipped as a zip
# beside the jar: jpackage puts every jar of its input on the application's class path, which must not see them.
(cd target && zip -q -r -X "$OLDPWD/$OUT/input/connect-plugins.zip" connect-plugins)

# The JDK modules the application uses (jdeps over the jar and its libraries), plus TLS for the LLM providers.
# java.compiler … jdk.security.auth: the in-process Kafka broker and Connect worker of `rehearse` (decision 0012)
MODULES=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,jdk.crypto.ec,jdk.jfr,jdk.management,jdk.security.auth,jdk.unsupported,jdk.xml.dom,jdk.zipfs
# The runtime keeps bin/java for bin/cdc-architect-cli, and its own class-data archive (--generate-cds-archive),
# which speeds up both launchers' start and which the CLI's per-user archive builds on (decision 0009).
runtime() {
  jlink --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --compress="$2" --generate-cds-archive --output "$1"
  find "$1/bin" -type f ! -name java -delete
  rm -f "$1/lib/server/classes_nocoops.jsa"  # only for heaps over 32 GB
}
# The command-line launcher: a script over the bundled runtime (the jpackage launcher asks dpkg and rpm who owns it
# on every start, ~0.2 s here).
cli_launcher() {
  sed "s/@VERSION@/$VERSION/" installer/cdc-architect-cli.sh > "$1/bin/cdc-architect-cli"
  chmod 755 "$1/bin/cdc-architect-cli"
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
  for jar in "$OUT/input/cdc-architect.jar" "$OUT"/input/lib/*.jar; do
    rel=${jar#"$OUT/input/"}
    tmp=$(mktemp -d)
    (cd "$tmp" && unzip -q "$OLDPWD/$jar" && zip -q -0 -r -X "$OLDPWD/$DEB/input/$rel" .)
    rm -rf "$tmp"
  done
  cp "$OUT/input/connect-plugins.zip" "$DEB/input/connect-plugins.zip"
  runtime "$DEB/runtime" 0
  jpackage --type app-image --name cdc-architect --app-version "$VERSION" --vendor "CDC Architect" \
    --input "$DEB/input" --main-jar cdc-architect.jar --main-class dev.cdcarchitect.app.Launcher \
    --runtime-image "$DEB/runtime" --icon installer/cdc-architect.png --dest "$DEB"
  cli_launcher "$DEB/cdc-architect"
  jpackage --type deb --app-image "$DEB/cdc-architect" --name cdc-architect --app-version "$VERSION" --vendor "CDC Architect" \
    --description "Designs Change Data Capture pipelines: specification, diagram, exports" \
    --linux-shortcut --linux-menu-group Development --linux-app-category devel --linux-package-deps libgtk-3-0 \
    --file-associations installer/cdcarch-file.properties --dest "$OUT"
fi
echo "app image: $(du -sh "$OUT/cdc-architect" | cut -f1)"
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
