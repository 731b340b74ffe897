package nl.veerkracht.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plans and simulations by status, read from the database at each scrape, so that they count
 * every solve and simulation ever run (also before a restart) and show those running now:
 * {@code veerkracht_plans{status}} and {@code veerkracht_simulations{status}}. Requests, the
 * connection pool, the JVM and audit appends ({@code veerkracht_audit_appends_total{kind}})
 * are measured where they happen.
 */
@Component
public class ServiceMetrics implements MeterBinder {

  private static final List<String> PLAN_STATUSES = List.of("SOLVING", "DONE", "FAILED", "CANCELLED");
  private static final List<String> SIMULATION_STATUSES = List.of("RUNNING", "DONE", "FAILED");

  private final JdbcTemplate jdbc;

  public ServiceMetrics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    PLAN_STATUSES.forEach(status -> Gauge.builder("veerkracht.plans", () -> count("plan", status))
        .description("plans (solves) by status").tag("status", status).register(registry));
    SIMULATION_STATUSES.forEach(status -> Gauge.builder("veerkracht.simulations", () -> count("simulation", status))
        .description("simulations by status").tag("status", status).register(registry));
  }

  private long count(String table, String status) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE status = ?", Long.class, status);
  }
}
