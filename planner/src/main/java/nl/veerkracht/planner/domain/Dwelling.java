package nl.veerkracht.planner.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A unit of {@code directOffers}: a value a client may be placed on. */
public class Dwelling {

  @PlanningId
  private String id;
  private Street street;

  public Dwelling() {
  }

  public Dwelling(String id, Street street) {
    this.id = id;
    this.street = street;
  }

  public String getId() {
    return id;
  }

  public Street getStreet() {
    return street;
  }

  public String getBuurt() {
    return street.getBuurt();
  }

  @Override
  public String toString() {
    return id;
  }
}
