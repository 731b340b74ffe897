package nl.veerkracht.planner;

import nl.veerkracht.rules.letting.Mediation;
import nl.veerkracht.rules.letting.RuleBase;
import nl.veerkracht.scenario.Scenario;

/**
 * Direct mediation (rules.md, "Direct mediation"; docs/planner.md): places a scenario's
 * clients on its direct offers, as many as possible within each street's capacity, on the
 * rule base's verdicts, and explains every assignment and every client left unplaced.
 */
public final class Planner {

  private Planner() {
  }

  /** Plans a validated scenario with the current rule base, blocking until done. */
  public static PlanResult plan(Scenario scenario, PlanOptions options) {
    return prepare(scenario, options).solve();
  }

  /**
   * Takes the rule base's verdicts and builds the problem, for solving with progress and cancel.
   *
   * @throws nl.veerkracht.scenario.InvalidInputException for pinned or forbidden matches that name an unknown
   *     client or a unit that is no direct offer, a client or unit pinned twice, or invalid planner weights
   */
  public static PlanningSession prepare(Scenario scenario, PlanOptions options) {
    return new PlanningSession(PlanProblem.build(scenario, options, RuleBase.current()), options);
  }

  /**
   * The same on verdicts the rule base already gave for this scenario ({@link Mediation#evaluate}),
   * for a service that keeps them: to explain a plan as the officers left it, say.
   */
  public static PlanningSession prepare(Scenario scenario, PlanOptions options, Mediation verdicts) {
    return new PlanningSession(PlanProblem.build(scenario, options, verdicts), options);
  }

  /**
   * The problem of a scenario built once, to explain one client at a time in plans of its
   * matches ({@link ClientExplainer}), on verdicts the rule base already gave for it.
   */
  public static ClientExplainer explainer(Scenario scenario, Mediation verdicts) {
    return new ClientExplainer(PlanProblem.build(scenario, PlanOptions.defaults(), verdicts));
  }
}
