#!/usr/bin/env bash
# Does OpenPDF tag what its high-level API lays out? Renders Repro.java (a heading, a paragraph,
# a table, setTagged()) with OpenPDF 2.0.5 on Java 17 and with OpenPDF 3.0.5 (package org.openpdf)
# on Java 25, then validates both with veraPDF's PDF/UA-1 profile. docs/accessibility.md gives
# the result: neither writes marked content. Needs `mvn -pl cli -am verify` (or package with
# test classes) first, for veraPDF on cli's test class path; fetches OpenPDF 3.0.5 with Maven.
set -euo pipefail
cd "$(dirname "$0")"
root=../..
out=${TMPDIR:-/tmp}/openpdf-tagging
mkdir -p "$out"
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
m2=${M2:-$HOME/.m2/repository}/com/github/librepdf/openpdf
mvn -q dependency:get -Dartifact=com.github.librepdf:openpdf:3.0.5 >/dev/null
java -cp "$m2/2.0.5/openpdf-2.0.5.jar" Repro.java "$out/openpdf-2.0.5.pdf"
sed -e 's/com\.lowagie\.text/org.openpdf.text/g' Repro.java > "$out/Repro.java"
"$jdk25/bin/java" -cp "$m2/3.0.5/openpdf-3.0.5.jar" "$out/Repro.java" "$out/openpdf-3.0.5.pdf"
java -cp "$root/cli/target/test-classes:$(cat "$root/cli/target/test-classpath.txt")" \
  org.briefkit.cli.reliability.VeraPdfCheck --flavour ua1 "$out/openpdf-2.0.5.pdf" "$out/openpdf-3.0.5.pdf" || true
