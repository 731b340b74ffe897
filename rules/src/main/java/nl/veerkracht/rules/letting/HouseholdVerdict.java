package nl.veerkracht.rules.letting;

/**
 * The verdict on a household as the rules (from version 2026.3) reach it: refused, urgent
 * priority, art. 9 priority. A refusal or a priority is a change of this verdict that the later
 * rules see, not a marker fact; the setters are for the rules' {@code update}.
 */
public abstract class HouseholdVerdict {

  private boolean refused;
  private boolean urgentPriority;
  private boolean art9Priority;

  public boolean isRefused() {
    return refused;
  }

  public void setRefused(boolean refused) {
    this.refused = refused;
  }

  public boolean isUrgentPriority() {
    return urgentPriority;
  }

  public void setUrgentPriority(boolean urgentPriority) {
    this.urgentPriority = urgentPriority;
  }

  public boolean isArt9Priority() {
    return art9Priority;
  }

  public void setArt9Priority(boolean art9Priority) {
    this.art9Priority = art9Priority;
  }
}
