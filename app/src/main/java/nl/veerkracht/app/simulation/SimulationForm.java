package nl.veerkracht.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.veerkracht.scenario.InvalidInputException;
import nl.veerkracht.scenario.Problem;
import nl.veerkracht.simulation.SimulationRequest;
import nl.veerkracht.simulation.SimulationSettings;

/** The policymaker's simulation form: a dataset, the run's settings and up to three variants. */
public class SimulationForm {

  static final int VARIANTS = 3;

  private Long dataset;
  private Integer months = SimulationSettings.DEFAULT_MONTHS;
  private Long seed = SimulationSettings.DEFAULT_SEED;
  private Integer replications = SimulationSettings.DEFAULT_REPLICATIONS;
  private List<VariantForm> variants = new ArrayList<>();

  public SimulationForm() {
    for (int i = 0; i < VARIANTS; i++) {
      variants.add(new VariantForm());
    }
  }

  /**
   * The request the form asks for; empty variants after the first are left out. The first
   * variant without a name is the built-in {@code baseline} (shown as "Basisbeleid").
   */
  SimulationRequest toRequest() {
    List<JsonNode> policies = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      if (i == 0 || !variants.get(i).isEmpty()) {
        try {
          policies.add(variants.get(i).toPolicy(policies.size()));
        } catch (InvalidInputException invalid) {
          problems.addAll(invalid.problems());
          policies.add(null);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new SimulationRequest(dataset, policies, new SimulationSettings(months, seed, null, null, null, replications));
  }

  public Long getDataset() {
    return dataset;
  }

  public void setDataset(Long dataset) {
    this.dataset = dataset;
  }

  public Integer getMonths() {
    return months;
  }

  public void setMonths(Integer months) {
    this.months = months;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }

  public Integer getReplications() {
    return replications;
  }

  public void setReplications(Integer replications) {
    this.replications = replications;
  }

  public List<VariantForm> getVariants() {
    return variants;
  }

  public void setVariants(List<VariantForm> variants) {
    this.variants = variants;
  }
}
