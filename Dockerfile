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
#   VEERKRACHT_ADMIN_USERNAME, VEERKRACHT_ADMIN_PASSWORD   (first administrator, at first start)
#   SPRING_PROFILES_ACTIVE=demo                            (only to load the demo city and users)
# Without SPRING_DATASOURCE_URL it runs on the embedded H2 database in /data with the demo profile.
FROM eclipse-temurin:17-jre
RUN groupadd --system veerkracht && useradd --system --gid veerkracht --home-dir /app veerkracht \
    && mkdir -p /app /data && chown veerkracht:veerkracht /data
WORKDIR /app
COPY --from=build /src/app/target/veerkracht.jar /app/veerkracht.jar
USER veerkracht
ENV VEERKRACHT_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# Probes: /actuator/health/liveness and /actuator/health/readiness
ENTRYPOINT ["java", "-jar", "/app/veerkracht.jar"]
