#!/usr/bin/env bash
# Builds a self-contained Dossier (its own Java runtime inside) with the JDK's jpackage.
# usage: installer/package.sh [app-image|deb|rpm|dmg|msi|exe]   (default: app-image; the type must suit the OS)
# Output: target/installer/. The app carries no network code of its own; nothing is downloaded at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)[^<]*</version>.*:\1:p' pom.xml | head -1)
mvn -B -q package -DskipTests
rm -rf target/installer target/jpackage-input
mkdir -p target/jpackage-input
cp target/dossier.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib
icon=()
[ -f assets/icons/dossier.png ] && [ "$(uname)" = Linux ] && icon=(--icon assets/icons/dossier.png)
jpackage --type "$type" --name Dossier --app-version "${version:-0.1.0}" \
  --vendor "Dossier" --description "Analyst workbench for reports on the AI industry" \
  --input target/jpackage-input --main-jar dossier.jar --main-class app.dossier.Launcher \
  --java-options "-Xmx2g" "${icon[@]}" --dest target/installer
echo "built: $(ls target/installer)"
