package nl.veerkracht.democity;

/**
 * A generated street of a real buurt.
 *
 * @param dwellings all dwellings of the street (corporation, private rent and owner-occupied)
 * @param corporationDwellings of which owned by a corporation: the street's units
 * @param deviation how much more vulnerable than its buurt the street is: the street's indicators lie
 *     this many spreads above (or, negative, below) the buurt's value; the dwelling-weighted mean of a
 *     buurt's deviations is zero, so that the dwelling-weighted mean of the streets is the buurt's value
 */
record DemoStreet(String id, String name, Buurt buurt, int dwellings, int corporationDwellings, double deviation) {

  double corporationShare() {
    return (double) corporationDwellings / dwellings;
  }
}
