package nl.veerkracht.planner.domain;

import nl.veerkracht.rules.indicators.Typology;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A street with direct offers: its buurt, its adaptive capacity (the sum of the capacity use
 * of the clients placed here may not exceed it) and its buurt's indicator typology.
 */
public class Street {

  @PlanningId
  private String id;
  private String buurt;
  private int capacity;
  private Typology typology;

  public Street() {
  }

  public Street(String id, String buurt, int capacity, Typology typology) {
    this.id = id;
    this.buurt = buurt;
    this.capacity = capacity;
    this.typology = typology;
  }

  public String getId() {
    return id;
  }

  public String getBuurt() {
    return buurt;
  }

  public int getCapacity() {
    return capacity;
  }

  public Typology getTypology() {
    return typology;
  }

  /** How strongly the buurt's vulnerable population rises: 0 not (or unknown), 1 with nuisance improving, 2 worsening. */
  public int risingLevel() {
    return switch (typology) {
      case RISING_WORSENING_HIGH, RISING_WORSENING_LOW -> 2;
      case RISING_IMPROVING_HIGH, RISING_IMPROVING_LOW -> 1;
      case NOT_RISING, UNKNOWN -> 0;
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
