package nl.veerkracht.rules.letting;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.veerkracht.scenario.Scenario;
import nl.veerkracht.scenario.ScenarioReader;
import nl.veerkracht.scenario.ScenarioWriter;

/**
 * The letting benchmark of {@code docs/benchmarks.md}: the Drools rule base against the plain
 * Java implementation of the same rules, on the same generated data in the same run, with
 * warm-up and repeated measurements. Run it with
 * {@code mvn -q -pl rules -Pbenchmark test-compile exec:exec} (see the doc for options).
 *
 * <p>(a) one vacancy with 500 respondents: median and 95th percentile per evaluation;
 * (b) a year of lettings, 10,000 vacancies of 200 respondents from a pool of 50,000 seekers:
 * total seconds; (c) the demo city's month, whose respondents are as alike as the city's
 * households are (the generated ones are drawn uniformly over what the rules distinguish): CPU time
 * per whole evaluation; each with the ratio Drools / plain; and the floor: building and reading
 * the input, and the letting run with rules that decide nothing.
 */
public final class LettingBenchmark {

  private static final int RESPONDENTS = Integer.getInteger("bench.respondents", 500);
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 15);
  private static final int SAMPLES = Integer.getInteger("bench.samples", 1000);
  private static final int YEAR_VACANCIES = Integer.getInteger("bench.vacancies", 10_000);
  private static final int YEAR_RESPONDENTS = Integer.getInteger("bench.yearRespondents", 200);
  private static final int YEAR_RUNS = Integer.getInteger("bench.yearRuns", 3);
  private static final long SEED = Long.getLong("bench.seed", 20260302L);
  private static final int DEMO_ROUNDS = Integer.getInteger("bench.demoRounds", 7);
  /** "a", "b" or "c" runs only that part; empty runs all. */
  private static final String ONLY = System.getProperty("bench.only", "");
  /** "drools" or "plain": only the first year's evaluation in this fresh JVM, as a batch run sees it. */
  private static final String COLD = System.getProperty("bench.cold", "");
  /** A file: only write the year of (b) there as a scenario, for {@code evaluate} to let (the scale runs). */
  private static final String WRITE_YEAR = System.getProperty("bench.writeYear", "");

  private LettingBenchmark() {
  }

  public static void main(String[] args) throws java.io.IOException {
    if (!WRITE_YEAR.isEmpty()) {
      writeYear(java.nio.file.Path.of(WRITE_YEAR));
      return;
    }
    out("Veerkracht letting benchmark, %s, %d cores, Java %s, max heap %d MiB", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    out("JVM arguments: %s; load average at start %.2f", ManagementFactory.getRuntimeMXBean().getInputArguments(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    long compileStart = System.nanoTime();
    RuleBase drools = RuleBase.current();
    out("rule base %s compiled once in %.2f s", drools.version(), seconds(System.nanoTime() - compileStart));
    Evaluation.RulesRef ref = new Evaluation.RulesRef(drools.version(), drools.hash());
    PlainLettingRules plain = new PlainLettingRules();
    LettingRules floor = new FloorRules();

    if (!COLD.isEmpty()) {
      LettingRules rules = COLD.equals("plain") ? plain : drools;
      if (ONLY.equals("c")) {
        coldDemoYear(rules, ref);
      } else {
        coldYear(rules, ref);
      }
      return;
    }
    if (ONLY.isEmpty() || ONLY.equals("a")) {
      oneVacancy(drools, plain, floor, ref);
    }
    if (ONLY.isEmpty() || ONLY.equals("b")) {
      year(drools, plain, floor, ref);
    }
    if (ONLY.isEmpty() || ONLY.equals("c")) {
      demoMonth(drools, plain, ref);
    }
    out("");
    out("load average at the end %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** (a) One vacancy with many respondents, measured alternately so that both see the same machine state. */
  private static void oneVacancy(RuleBase drools, LettingRules plain, LettingRules floor, Evaluation.RulesRef ref) {
    Scenario scenario = new ScenarioGenerator(SEED, ScenarioGenerator.Shape.oneVacancy(RESPONDENTS)).generate();
    requireEqual(LettingRun.evaluate(scenario, drools), LettingRun.evaluate(scenario, plain, ref), "one vacancy");
    DecisionInput input = LettingRun.evaluate(scenario, floor, ref).inputs().get(0);
    long warmupEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    int rounds = 0;
    while (System.nanoTime() < warmupEnd) {
      LettingRun.evaluate(scenario, drools);
      LettingRun.evaluate(scenario, plain, ref);
      LettingRun.evaluate(scenario, floor, ref);
      rounds++;
    }
    Timings droolsTimes = new Timings(SAMPLES);
    Timings plainTimes = new Timings(SAMPLES);
    Timings floorTimes = new Timings(SAMPLES);
    Timings droolsDecide = new Timings(SAMPLES);
    Timings plainDecide = new Timings(SAMPLES);
    for (int i = 0; i < SAMPLES; i++) {
      droolsTimes.measure(i, () -> LettingRun.evaluate(scenario, drools));
      plainTimes.measure(i, () -> LettingRun.evaluate(scenario, plain, ref));
      floorTimes.measure(i, () -> LettingRun.evaluate(scenario, floor, ref));
      droolsDecide.measure(i, () -> drools.decide(input.letting(), input.respondents()));
      plainDecide.measure(i, () -> plain.decide(input.letting(), input.respondents()));
    }
    out("");
    out("(a) one vacancy, %d respondents: %d s of warm-up (%d rounds), %d measured evaluations each", RESPONDENTS,
        WARMUP_SECONDS, rounds, SAMPLES);
    out("    %-34s %10s %10s %10s", "whole evaluation (LettingRun)", "wall med", "wall p95", "CPU med");
    row("Drools rule base", droolsTimes);
    row("plain Java", plainTimes);
    row("floor (letting run, no rules)", floorTimes);
    out("    %-34s", "the rules alone (decide)");
    row("Drools rule base", droolsDecide);
    row("plain Java", plainDecide);
    out("    ratio Drools / plain (median wall; median CPU), the rules alone: %.2f; %.2f",
        droolsDecide.wall(50) / plainDecide.wall(50), droolsDecide.cpu(50) / plainDecide.cpu(50));
    out("    ratio Drools / plain (median wall; median CPU), whole evaluation: %.2f; %.2f",
        droolsTimes.wall(50) / plainTimes.wall(50), droolsTimes.cpu(50) / plainTimes.cpu(50));
  }

  /** (b) A year of lettings: total seconds per implementation, the best of the runs after a warm-up year. */
  private static void year(RuleBase drools, LettingRules plain, LettingRules floor, Evaluation.RulesRef ref) {
    long buildStart = System.nanoTime();
    Scenario scenario = new ScenarioGenerator(SEED + 1,
        ScenarioGenerator.Shape.year(YEAR_VACANCIES, YEAR_RESPONDENTS)).generate();
    long build = System.nanoTime() - buildStart;
    long writeStart = System.nanoTime();
    byte[] json = ScenarioWriter.toJson(scenario).getBytes(StandardCharsets.UTF_8);
    long write = System.nanoTime() - writeStart;
    long readStart = System.nanoTime();
    Scenario read = ScenarioReader.read(json);
    long readTime = System.nanoTime() - readStart;
    if (!read.equals(scenario)) {
      throw new IllegalStateException("the generated year does not read back as written");
    }

    // warm-up: a tenth of a year, let again and again by each implementation in turn, so that the
    // JIT has compiled the rule engine's and the plain code's hot paths before anything is measured
    Scenario warmup = new ScenarioGenerator(SEED + 2,
        ScenarioGenerator.Shape.year(Math.max(1, YEAR_VACANCIES / 10), YEAR_RESPONDENTS)).generate();
    requireEqual(LettingRun.evaluate(warmup, drools), LettingRun.evaluate(warmup, plain, ref), "warm-up year");
    long warmupEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    int rounds = 0;
    while (rounds < 2 || System.nanoTime() < warmupEnd) {
      LettingRun.evaluate(warmup, drools);
      LettingRun.evaluate(warmup, plain, ref);
      LettingRun.evaluate(warmup, floor, ref);
      rounds++;
    }

    long droolsBest = Long.MAX_VALUE;
    long plainBest = Long.MAX_VALUE;
    long floorBest = Long.MAX_VALUE;
    for (int run = 0; run < YEAR_RUNS; run++) {
      // one year's result alive at a time (each holds two million candidates with their traces);
      // the full comparison is made on the warm-up year, the year itself is compared by hash
      Timed droolsRun = timed(() -> LettingRun.evaluate(scenario, drools));
      int droolsHash = droolsRun.evaluation().hashCode();
      long droolsTime = droolsRun.nanos();
      droolsRun = null;
      Timed plainRun = timed(() -> LettingRun.evaluate(scenario, plain, ref));
      if (plainRun.evaluation().hashCode() != droolsHash) {
        throw new IllegalStateException("Drools and plain Java decide differently on the year");
      }
      droolsBest = Math.min(droolsBest, droolsTime);
      plainBest = Math.min(plainBest, plainRun.nanos());
      plainRun = null;
      floorBest = Math.min(floorBest, timed(() -> LettingRun.evaluate(scenario, floor, ref)).nanos());
    }
    long respondents = (long) YEAR_VACANCIES * YEAR_RESPONDENTS;
    out("");
    out("(b) a year: %d vacancies x %d respondents from %d seekers (%d decisions)", YEAR_VACANCIES,
        YEAR_RESPONDENTS, scenario.seekers().size(), respondents);
    out("    after %d s of warm-up (%d rounds of a %d-vacancy year each); best of %d runs", WARMUP_SECONDS, rounds,
        warmup.vacancies().size(), YEAR_RUNS);
    out("    %-34s %10s %14s", "", "total s", "us/respondent");
    yearRow("Drools rule base", droolsBest, respondents);
    yearRow("plain Java", plainBest, respondents);
    yearRow("floor (letting run, no rules)", floorBest, respondents);
    out("    ratio Drools / plain: %.2f", (double) droolsBest / plainBest);
    out("    input: built in %.2f s; as JSON (%d MiB) written in %.2f s and read and validated in %.2f s",
        seconds(build), json.length >> 20, seconds(write), seconds(readTime));
  }

  /**
   * (c) The demo city's month, let whole by each implementation in turn after a warm-up: the median
   * CPU time of the letting thread (the machine's other work does not count in it) and wall time.
   */
  private static void demoMonth(RuleBase drools, LettingRules plain, Evaluation.RulesRef ref) {
    Scenario month = nl.veerkracht.democity.DemoCity.generate(nl.veerkracht.democity.DemoCity.DEFAULT_SEED);
    requireEqual(LettingRun.evaluate(month, drools), LettingRun.evaluate(month, plain, ref), "demo month");
    long warmupEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    while (System.nanoTime() < warmupEnd) {
      LettingRun.evaluate(month, drools);
      LettingRun.evaluate(month, plain, ref);
    }
    Timings droolsTimes = new Timings(DEMO_ROUNDS);
    Timings plainTimes = new Timings(DEMO_ROUNDS);
    for (int i = 0; i < DEMO_ROUNDS; i++) {
      droolsTimes.measure(i, () -> LettingRun.evaluate(month, drools));
      plainTimes.measure(i, () -> LettingRun.evaluate(month, plain, ref));
    }
    int responses = month.vacancies().stream().mapToInt(vacancy -> vacancy.respondents().size()).sum();
    out("");
    out("(c) the demo city's month: %d vacancies, %d responses; median of %d whole evaluations each",
        month.vacancies().size(), responses, DEMO_ROUNDS);
    out("    %-34s %10s %10s", "", "CPU ms", "wall ms");
    out("    %-34s %10.1f %10.1f", "Drools rule base", droolsTimes.cpu(50), droolsTimes.wall(50));
    out("    %-34s %10.1f %10.1f", "plain Java", plainTimes.cpu(50), plainTimes.wall(50));
    out("    ratio Drools / plain (median CPU), whole evaluation: %.2f", droolsTimes.cpu(50) / plainTimes.cpu(50));
  }

  /** Repeated measurements of some work: the letting thread's CPU time and the wall time of each. */
  private static final class Timings {

    private final long[] cpu;
    private final long[] wall;

    Timings(int samples) {
      cpu = new long[samples];
      wall = new long[samples];
    }

    void measure(int sample, Supplier<?> work) {
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      work.get();
      wall[sample] = System.nanoTime() - start;
      cpu[sample] = threads.getCurrentThreadCpuTime() - cpuStart;
    }

    /** The p-th percentile of the CPU times, in milliseconds. */
    double cpu(int p) {
      return percentile(cpu, p);
    }

    /** The p-th percentile of the wall times, in milliseconds. */
    double wall(int p) {
      return percentile(wall, p);
    }
  }

  /** The year of (b) as a scenario file, as {@code evaluate --scenario} reads it. */
  private static void writeYear(java.nio.file.Path file) throws java.io.IOException {
    Scenario scenario = new ScenarioGenerator(SEED + 1,
        ScenarioGenerator.Shape.year(YEAR_VACANCIES, YEAR_RESPONDENTS)).generate();
    java.nio.file.Files.writeString(file, ScenarioWriter.toJson(scenario));
    out("a year of %d vacancies x %d respondents from %d seekers written to %s", YEAR_VACANCIES, YEAR_RESPONDENTS,
        scenario.seekers().size(), file);
  }

  /** The year let once in a JVM that has run nothing before: what one batch evaluation of a year costs. */
  private static void coldYear(LettingRules rules, Evaluation.RulesRef ref) {
    Scenario scenario = new ScenarioGenerator(SEED + 1,
        ScenarioGenerator.Shape.year(YEAR_VACANCIES, YEAR_RESPONDENTS)).generate();
    Timed run = timed(() -> LettingRun.evaluate(scenario, rules, ref));
    out("");
    out("(b, cold) a year: %d vacancies x %d respondents, first evaluation in a fresh JVM with %s: %.2f s"
        + " (process CPU %.2f s)", YEAR_VACANCIES, YEAR_RESPONDENTS,
        rules instanceof RuleBase ? "the Drools rule base" : "plain Java", seconds(run.nanos()), seconds(run.cpuNanos()));
  }

  /**
   * A year's work on the city's households in a JVM that has run nothing before: the demo month
   * (868 vacancies) let 12 times over, 10,416 vacancies in all, as a batch of the city's lettings
   * sees the engine's warm-up. The demo city has no year of lettings of its own in this module.
   */
  private static void coldDemoYear(LettingRules rules, Evaluation.RulesRef ref) {
    Scenario month = nl.veerkracht.democity.DemoCity.generate(nl.veerkracht.democity.DemoCity.DEFAULT_SEED);
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < 12; i++) {
      LettingRun.evaluate(month, rules, ref);
    }
    out("");
    out("(c, cold) the demo month let 12 times (%d vacancies) in a fresh JVM with %s: %.2f s (process CPU %.2f s)",
        12 * month.vacancies().size(), rules instanceof RuleBase ? "the Drools rule base" : "plain Java",
        seconds(System.nanoTime() - start), seconds(processCpuNanos() - cpu));
  }

  /** An evaluation and how long it took; the heap is collected before, so that one run does not pay for another. */
  private record Timed(Evaluation evaluation, long nanos, long cpuNanos) {
  }

  private static Timed timed(Supplier<Evaluation> work) {
    System.gc();
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    Evaluation evaluation = work.get();
    return new Timed(evaluation, System.nanoTime() - start, processCpuNanos() - cpu);
  }

  /** The CPU time of the whole process (every thread: the evaluation, the JIT compilers, the collector). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void requireEqual(Evaluation drools, Evaluation plain, String what) {
    if (!drools.equals(plain)) {
      throw new IllegalStateException("Drools and plain Java decide differently on the " + what);
    }
  }

  /** Milliseconds: median and p95 of the wall time, median of the thread's CPU time. */
  private static void row(String name, Timings timings) {
    out("    %-34s %10.3f %10.3f %10.3f", name, timings.wall(50), timings.wall(95), timings.cpu(50));
  }

  private static void yearRow(String name, long nanos, long respondents) {
    out("    %-34s %10.2f %14.2f", name, seconds(nanos), nanos / 1000.0 / respondents);
  }

  /** The p-th percentile in milliseconds (nearest rank). */
  static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void out(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  /** Rules that decide nothing: everyone eligible, REGULAR, no details. What remains is the letting run itself. */
  static final class FloorRules implements LettingRules {

    private static final Message NO_DETAILS = Message.of("none").build();
    private final RuleInfo regular = RuleBase.current().catalogue().get("Ranking: group REGULAR");

    @Override
    public Verdicts decide(Letting letting, List<Respondent> respondents) {
      Verdicts verdicts = new Verdicts();
      for (Respondent respondent : respondents) {
        verdicts.rank(regular, respondent, Group.REGULAR, NO_DETAILS);
      }
      return verdicts;
    }
  }
}
