#!/bin/sh
# As eclipse-temurin's: the JVM's trust store named in the environment, then the command itself.
set -e
JRE_CACERTS_PATH=$JAVA_HOME/lib/security/cacerts
export JRE_CACERTS_PATH
exec "$@"
