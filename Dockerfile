# Newsdesk, PostgreSQL build. There is no H2 in this image's configuration path: point it at a database with
# QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.

# --- Build: the Maven wrapper, with dependencies cached in their own layer --------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Ppostgresql dependency:resolve dependency:resolve-plugins
COPY src src
COPY openapi openapi
RUN ./mvnw -B -Ppostgresql -DskipTests package

# --- Run: a Java 17 runtime as an unprivileged user ---------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin newsdesk
WORKDIR /app
COPY --from=build --chown=newsdesk:newsdesk /src/target/quarkus-app/ /app/
USER newsdesk
ENV QUARKUS_HTTP_HOST=0.0.0.0 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
