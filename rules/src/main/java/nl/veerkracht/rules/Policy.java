package nl.veerkracht.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veerkracht.scenario.Designation;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.scenario.Share;
import nl.veerkracht.scenario.SupportLevel;

/**
 * An effective policy: the baseline of the specification plus a variant's overrides. It is
 * identified by the SHA-256 of its canonical JSON (keys sorted, no white space, numbers as
 * written), so two files that mean the same policy have the same hash.
 */
public final class Policy {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final Set<String> DEEP_MERGED = Set.of("years", "capacityUse", "model");

  private final ObjectNode effective;
  private final JsonNode yearsOverride;
  private final String hash;

  private Policy(ObjectNode effective, JsonNode yearsOverride) {
    this.effective = effective;
    this.yearsOverride = yearsOverride;
    this.hash = "sha256:" + sha256(ScenarioJson.canonical(effective));
  }

  public static Policy baseline() {
    return of(null);
  }

  /** The baseline with the given overrides (a validated {@code policy} object; null = none). */
  public static Policy of(ObjectNode overrides) {
    ObjectNode effective = baselineJson();
    if (overrides != null) {
      overrides.fields().forEachRemaining(field -> effective.set(field.getKey(),
          DEEP_MERGED.contains(field.getKey())
              ? LegalParameters.merge(effective.get(field.getKey()), field.getValue())
              : field.getValue()));
    }
    return new Policy(effective, overrides == null ? null : overrides.get("years"));
  }

  private static ObjectNode baselineJson() {
    ObjectNode policy = NODES.objectNode();
    policy.put("name", "baseline");
    policy.put("art8MinYearsInRegion", 6);
    ArrayNode art8 = policy.putArray("art8IncomeSources");
    List.of("EMPLOYMENT", "SELF_EMPLOYMENT", "EARLY_RETIREMENT", "AOW", "PENSION", "STUDENT_FINANCE").forEach(art8::add);
    ArrayNode art9 = policy.putArray("art9Characteristics");
    List.of("EMPLOYMENT", "SELF_EMPLOYMENT", "STUDENT_FINANCE", "VOLUNTEER_WORK", "ARTIST").forEach(art9::add);
    policy.put("art9AboveUrgent", false);
    policy.putNull("art9ShareOverride");
    policy.putNull("urgentQuotaDefault");
    ObjectNode capacityUse = policy.putObject("capacityUse");
    capacityUse.put("LIGHT", 1);
    capacityUse.put("MEDIUM", 1);
    capacityUse.put("INTENSIVE", 2);
    policy.set("years", LegalParameters.bundledYears().deepCopy());
    policy.putArray("designationsAdd");
    policy.putArray("designationsRemove");
    policy.putNull("rentSteering");
    policy.putObject("model");
    return policy;
  }

  public String name() {
    return effective.get("name").asText();
  }

  public String hash() {
    return hash;
  }

  /** The effective policy as canonical JSON, the text its hash is taken over. */
  public String canonicalJson() {
    return ScenarioJson.canonical(effective);
  }

  public BigDecimal art8MinYearsInRegion() {
    return effective.get("art8MinYearsInRegion").decimalValue();
  }

  public Set<IncomeSource> art8IncomeSources() {
    Set<IncomeSource> sources = EnumSet.noneOf(IncomeSource.class);
    effective.get("art8IncomeSources").forEach(source -> sources.add(IncomeSource.valueOf(source.asText())));
    return sources;
  }

  /** Income sources and activities that give art. 9 priority, by name. */
  public Set<String> art9Characteristics() {
    Set<String> characteristics = new LinkedHashSet<>();
    effective.get("art9Characteristics").forEach(value -> characteristics.add(value.asText()));
    return characteristics;
  }

  public boolean art9AboveUrgent() {
    return effective.get("art9AboveUrgent").asBoolean();
  }

  /** Null when not set. */
  public Share art9ShareOverride() {
    return share(effective.get("art9ShareOverride"));
  }

  /** Null when not set. */
  public Share urgentQuotaDefault() {
    return share(effective.get("urgentQuotaDefault"));
  }

  /** Per-buurt quotas for urgent seekers set by the policy (an extension), by buurt; empty when none. */
  public Map<String, Share> urgentQuotas() {
    Map<String, Share> quotas = new java.util.LinkedHashMap<>();
    JsonNode node = effective.get("urgentQuotas");
    if (node != null) {
      node.forEach(quota -> quotas.put(quota.get("buurt").asText(), share(quota.get("maxShare"))));
    }
    return quotas;
  }

  public Map<SupportLevel, Integer> capacityUse() {
    Map<SupportLevel, Integer> use = new EnumMap<>(SupportLevel.class);
    effective.get("capacityUse").fields().forEachRemaining(e -> use.put(SupportLevel.valueOf(e.getKey()), e.getValue().asInt()));
    return use;
  }

  /** The thresholds of a year, with this policy's {@code years} overrides merged in. */
  public java.util.Optional<YearParameters> parametersFor(int year) {
    return LegalParameters.bundled().forYear(year, yearsOverride);
  }

  /** The designations of a scenario after this policy's removals and additions. */
  public List<Designation> designations(List<Designation> scenarioDesignations) {
    Set<String> removed = new LinkedHashSet<>();
    effective.get("designationsRemove").forEach(id -> removed.add(id.asText()));
    List<Designation> result = new ArrayList<>();
    scenarioDesignations.stream().filter(d -> !removed.contains(d.id())).forEach(result::add);
    ObjectMapper mapper = ScenarioJson.mapper();
    effective.get("designationsAdd").forEach(node -> result.add(mapper.convertValue(node, Designation.class)));
    return result;
  }

  /** The project's own model parameters ({@code policy.model}), baseline defaults merged in. */
  public JsonNode model() {
    return effective.get("model");
  }

  public JsonNode json() {
    return effective.deepCopy();
  }

  private static Share share(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isTextual() ? Share.parseFraction(node.asText()) : Share.ofDecimal(node.decimalValue());
  }

  /** The SHA-256 of a text's UTF-8 bytes, in hex. */
  public static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name() + " (" + hash + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Policy policy && policy.hash.equals(hash);
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  JsonNode yearsOverride() {
    return yearsOverride;
  }
}
