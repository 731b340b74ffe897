package nl.veerkracht.app.simulation;

/**
 * Small-cell suppression for policymakers (domain brief: no household may be singled out):
 * a count of households below {@value #MIN} shows as "&lt;10", and a change is shown only when
 * both counts it is the difference of are shown, else as "*".
 */
final class SmallCells {

  static final int MIN = 10;
  static final String SMALL = "<10";
  static final String HIDDEN_CHANGE = "*";

  private SmallCells() {
  }

  static String count(int households) {
    return households < MIN ? SMALL : Integer.toString(households);
  }

  static String change(int variant, int baseline) {
    return shown(variant, baseline) ? signed(variant - baseline) : HIDDEN_CHANGE;
  }

  static boolean shown(int variant, int baseline) {
    return variant >= MIN && baseline >= MIN;
  }

  static String signed(int change) {
    return change > 0 ? "+" + change : Integer.toString(change);
  }
}
