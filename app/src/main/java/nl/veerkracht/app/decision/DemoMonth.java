package nl.veerkracht.app.decision;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.veerkracht.app.dataset.DemoCityDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the {@code demo} profile, lets the demo city's month of vacancies once, so that an
 * auditor finds real case files on a fresh install. It runs in the background once the
 * application is ready, after the city is stored (start and login do not wait for it) and not again once the trail holds a letting
 * of the city's dataset, by anyone. {@code veerkracht.demo.month.enabled=false} switches it off.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "veerkracht.demo.city.enabled", havingValue = "true", matchIfMissing = true)
public class DemoMonth {

  /** Who the trail names as having let the month. */
  public static final String ACTOR = nl.veerkracht.app.i18n.Labels.DEMO_PROFILE;

  private static final Logger log = LoggerFactory.getLogger(DemoMonth.class);

  private final DemoCityDataset city;
  private final Lettings lettings;
  private final boolean enabled;
  private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "demo-month");
    thread.setDaemon(true);
    return thread;
  });

  public DemoMonth(DemoCityDataset city, Lettings lettings,
      @Value("${veerkracht.demo.month.enabled:true}") boolean enabled) {
    this.city = city;
    this.lettings = lettings;
    this.enabled = enabled;
  }

  /** When the application is ready (the start's runners, which store the city, are done). */
  @EventListener(ApplicationReadyEvent.class)
  public void letInTheBackground() {
    if (enabled) {
      background.submit(() -> letUnlessLet(city.storeUnlessPresent()));
    }
  }

  /** Lets the dataset unless it was let before; the letting's entry number when it lets now. */
  public synchronized Optional<Long> letUnlessLet(long dataset) {
    try {
      if (lettings.wasLet(dataset)) {
        log.info("demo profile: the demo month (dataset {}) was let before", dataset);
        return Optional.empty();
      }
      long start = System.nanoTime();
      long entry = lettings.let(dataset, ACTOR);
      log.info("demo profile: let the demo month (dataset {}) in {} ms: audit entry {}", dataset,
          (System.nanoTime() - start) / 1_000_000, entry);
      return Optional.of(entry);
    } catch (RuntimeException e) {
      log.error("demo profile: letting the demo month (dataset {}) failed; nothing of it is recorded", dataset, e);
      throw e;
    }
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }
}
