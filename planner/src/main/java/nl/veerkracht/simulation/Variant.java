package nl.veerkracht.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import nl.veerkracht.rules.Policy;
import nl.veerkracht.rules.indicators.ModelParameters;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.SupportLevel;

/**
 * A policy variant as the engine runs it: read once from its {@code policy} object (after
 * {@link VariantPolicies#check}), so that nothing inside the engine reads JSON. The policy as
 * given stays with it as the record of what was asked (stored, audited, and handed to the rule
 * base and the planner, whose scenarios carry a policy object).
 *
 * @param name the policy's name
 * @param hash the hash of the effective policy (the baseline with the variant's overrides)
 * @param policy the effective policy: legal parameters by year, designations, shares
 * @param rentSteering the variant's rent steering, or null without
 * @param indicators the indicator model's parameters ({@code policy.model.indicators})
 * @param capacityUse the capacity units a placed client uses, by support level
 * @param given the policy object as given (never changed)
 */
public record Variant(String name, String hash, Policy policy, RentSteering rentSteering, ModelParameters indicators,
    Map<SupportLevel, Integer> capacityUse, ObjectNode given) {

  /** The baseline policy, unchanged. */
  public static Variant baseline() {
    return of(ScenarioJson.mapper().createObjectNode().put("name", "baseline"));
  }

  /** A valid policy object ({@link VariantPolicies#check} has read it) as a variant. */
  static Variant of(ObjectNode given) {
    Policy policy = Policy.of(given);
    return new Variant(policy.name(), policy.hash(), policy, RentSteering.of(policy),
        ModelParameters.of(policy.model().get("indicators")), Map.copyOf(policy.capacityUse()), given.deepCopy());
  }

  /** The policy object as given, a copy (the record of what was asked). */
  @Override
  public ObjectNode given() {
    return given.deepCopy();
  }
}
