package nl.veerkracht.scenario;

/** Builds problem paths in the spec's style: {@code units[3].rent}; {@code $} is the whole document. */
final class Paths {

  static final String ROOT = "$";

  private Paths() {
  }

  static String field(String path, String name) {
    return ROOT.equals(path) ? name : path + "." + name;
  }

  static String index(String path, int index) {
    return path + "[" + index + "]";
  }

  static String item(String section, int index, String field) {
    return field(index(section, index), field);
  }
}
