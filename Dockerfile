# Newsdesk, PostgreSQL build. There is no H2 in this image's configuration path: point it at a database with
# QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.

# --- Build: the Maven wrapper, with dependencies cached in their own layer --------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Ppostgresql dependency:resolve dependency:resolve-plugins
COPY src src
COPY openapi openapi
# The classes target Java 17 (the README's baseline); a JDK 25 compiles them as well. appcds.enabled makes the jar
# stop after start-up when asked to (quarkus.appcds.generate), which the run stage's training run needs (see there).
RUN ./mvnw -B -Ppostgresql -DskipTests -Dquarkus.package.jar.appcds.enabled=true package

# --- Run: a Java 25 runtime as an unprivileged user ---------------------------------------------------------------------
# Java 25 for its AOT cache (JEP 483/514/515) and compact object headers (JEP 519): faster start-up and a smaller heap
# footprint than Java 17 with AppCDS (bench/results/2026-12-02-startup.md).
FROM eclipse-temurin:25-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin newsdesk
WORKDIR /app
# The application belongs to root and is only readable by the user that runs it: a compromised process cannot
# change its own code. So the AppCDS archive is written here, as root, before USER: as the unprivileged user the
# JVM could not create a file in /app.
COPY --from=build /src/target/quarkus-app/ /app/
# Memory bounded for a 2-core instance (README "Production topology"): well under 400 MB resident under load instead
# of 600-900 MB with default sizing, at the same throughput. Serial GC suits a small heap on few cores; compact object
# headers shrink every object by 4 bytes; MALLOC_ARENA_MAX stops glibc from growing an arena per busy thread.
ENV QUARKUS_HTTP_HOST=0.0.0.0 \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS="-XX:+UseSerialGC -XX:+UseCompactObjectHeaders -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:MaxDirectMemorySize=32m -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
# AOT cache: the classes loaded and linked at start, with their profiles, written here by the very JVM that runs it
# (a cache only works on the JVM build and the options that wrote it), from /app as the application runs. This
# training run is the start-up: Quarkus stops it before anything connects to a database. .ci/image-stage.sh runs
# these commands, as root and then as an unprivileged user, against the built jar.
RUN rm -f app-cds.jsa app.aot \
    && java $JAVA_OPTS -XX:AOTCacheOutput=app.aot -Dquarkus.appcds.generate=true -jar quarkus-run.jar \
    && test -s app.aot
USER newsdesk
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:AOTCache=app.aot -jar quarkus-run.jar"]
