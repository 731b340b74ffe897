package nl.veerkracht.simulation;

/**
 * A yearly number spread over months in whole units: month {@code m} (from 0) gets
 * ⌊(m+1)·n/12⌋ − ⌊m·n/12⌋, so any twelve consecutive months get exactly {@code n}.
 */
final class Spread {

  private Spread() {
  }

  static int inMonth(int perYear, int month) {
    return upTo(perYear, month + 1) - upTo(perYear, month);
  }

  /** The units of the first {@code months} months together. */
  static int upTo(int perYear, int months) {
    return (int) ((long) perYear * months / 12);
  }
}
