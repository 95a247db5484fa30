#!/usr/bin/env bash
# `npm run neo4j`: builds the launcher when its sources changed (Maven, downloads cached in ~/.m2),
# then runs it as a plain JVM process so that SIGTERM and Ctrl-C reach Neo4j itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$here/target"
if [ ! -f "$target/classpath.txt" ] || [ -n "$(find "$here/pom.xml" "$here/src" -newer "$target/classpath.txt" -type f 2>/dev/null)" ]; then
  echo "Building the Neo4j launcher (first run downloads Neo4j from Maven Central into ~/.m2)" >&2
  mvn -B -q --no-transfer-progress -Dstyle.color=never -f "$here/pom.xml" -DskipTests package >&2
fi
export NEO4J_LOCAL_DIR="${NEO4J_LOCAL_DIR:-$root/.neo4j-local}"
exec java ${NEO4J_JAVA_OPTS:--Xms256m -Xmx1g} -cp "$target/classes:$(cat "$target/classpath.txt")" zorginkoop.Neo4jServer
