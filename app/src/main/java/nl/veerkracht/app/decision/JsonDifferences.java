package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Field-by-field differences between a recorded and a replayed JSON value, by path. */
final class JsonDifferences {

  /** One field that differs. */
  record Difference(String field, JsonNode recorded, JsonNode replayed) {
  }

  private JsonDifferences() {
  }

  static List<Difference> between(JsonNode recorded, JsonNode replayed) {
    List<Difference> differences = new ArrayList<>();
    compare("", recorded, replayed, differences);
    return differences;
  }

  private static void compare(String path, JsonNode a, JsonNode b, List<Difference> out) {
    if (a != null && b != null && a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      names.forEach(name -> compare(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out));
    } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        compare(path + "[" + i + "]", a.get(i), b.get(i), out);
      }
    } else if (!same(a, b)) {
      out.add(new Difference(path, a, b));
    }
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }
}
