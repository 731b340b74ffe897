# Build: the whole multi-module project, tests excluded (CI runs them against PostgreSQL).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY db-migrations/pom.xml db-migrations/pom.xml
COPY rules/pom.xml rules/pom.xml
COPY planner/pom.xml planner/pom.xml
COPY app/pom.xml app/pom.xml
RUN mvn -B -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN mvn -B -q package -DskipTests

# Run: a slim Java 17 runtime, as a non-root user, configured by environment variables:
#   SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD  (veerkracht_app)
#   SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD                                     (veerkracht_owner)
#   VEERKRACHT_AUDIT_KEY, VEERKRACHT_AUDIT_CHECKPOINT        (the audit trail's key and head)
#   VEERKRACHT_ADMIN_USERNAME, VEERKRACHT_ADMIN_PASSWORD   (first administrator, at first start)
#   SPRING_PROFILES_ACTIVE=demo                            (only to load the demo city and users)
# or, for the secrets, by files in /run/secrets named like the property they set
# (veerkracht.audit.key, spring.datasource.password, ...): Docker and Compose secrets; see compose.yaml.
# Without SPRING_DATASOURCE_URL it runs on the embedded H2 database in /data with the demo profile.
FROM eclipse-temurin:17-jre
RUN groupadd --system veerkracht && useradd --system --gid veerkracht --home-dir /app veerkracht \
    && mkdir -p /app /data && chown veerkracht:veerkracht /data
WORKDIR /app
COPY --from=build /src/app/target/veerkracht.jar /app/veerkracht.jar
USER veerkracht
ENV VEERKRACHT_DATA_DIR=/data \
    SPRING_CONFIG_IMPORT=optional:configtree:/run/secrets/ \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data
EXPOSE 8080
# Ready when the readiness probe says UP (bash's /dev/tcp: the image needs no curl). The first
# start migrates the database (and in the demo stores the city), hence the start period.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/veerkracht.jar"]
