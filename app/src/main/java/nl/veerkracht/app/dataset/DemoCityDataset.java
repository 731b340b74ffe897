package nl.veerkracht.app.dataset;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.veerkracht.democity.DemoCity;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the {@code demo} profile, stores the demo city as a dataset at start unless a dataset of
 * its name is there already, in one transaction. {@code veerkracht.demo.city.enabled=false}
 * switches it off; {@code seed} and {@code scale} choose the city.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@Profile("demo")
@ConditionalOnProperty(name = "veerkracht.demo.city.enabled", havingValue = "true", matchIfMissing = true)
public class DemoCityDataset implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoCityDataset.class);

  private final DatasetStore store;
  private final DemoCityProgress progress;
  private final long seed;
  private final double scale;

  public DemoCityDataset(DatasetStore store, DemoCityProgress progress, @Value("${veerkracht.demo.city.seed:7}") long seed,
      @Value("${veerkracht.demo.city.scale:1}") double scale,
      @Value("${veerkracht.demo.city.expected-duration:30s}") Duration expected) {
    this.store = store;
    this.progress = progress;
    this.seed = seed;
    this.scale = scale;
    // from the moment the service can answer: the login page says the city is on its way
    progress.loading(expected);
  }

  /** Runs after the users are there (InitialUsers), so that the demo users can sign in while the city is stored. */
  @Override
  public void run(ApplicationArguments args) {
    try {
      storeUnlessPresent();
    } finally {
      progress.done();
    }
  }

  /** The id of the demo city's dataset: the one there, or the one just stored. */
  public long storeUnlessPresent() {
    Optional<Long> present = store.findByName(name());
    if (present.isPresent()) {
      log.info("demo profile: the demo city is dataset {} already", present.get());
      return present.get();
    }
    long start = System.nanoTime();
    Scenario city = DemoCity.generate(seed, scale);
    List<Problem> problems = ScenarioValidator.check(city);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long generated = System.nanoTime();
    long id = store.save(city, name(), nl.veerkracht.app.i18n.Labels.DEMO_PROFILE);
    log.info("demo profile: stored the demo city as dataset {} ({} streets, {} units, {} seekers, {} vacancies, "
        + "{} clients): generated in {} ms, stored in {} ms", id, city.areas().size(), city.units().size(),
        city.seekers().size(), city.vacancies().size(), city.clients().size(), (generated - start) / 1_000_000,
        (System.nanoTime() - generated) / 1_000_000);
    return id;
  }

  /**
   * The dataset's name, which tells the city apart from other seeds and scales: a stable code,
   * shown in the reader's language by {@code Labels.datasetName}.
   */
  public String name() {
    return "Demo city Rotterdam (seed " + seed + (scale == 1 ? "" : ", scale " + scale) + ")";
  }
}
