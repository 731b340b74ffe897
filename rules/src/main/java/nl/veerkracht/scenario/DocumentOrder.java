package nl.veerkracht.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders problems by where their path lies in the document, so that a report reads top to
 * bottom. A path to a missing field sorts before the fields its object does have.
 */
final class DocumentOrder {

  private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|([^.\\[]+)");

  private final JsonNode root;

  DocumentOrder(JsonNode root) {
    this.root = root;
  }

  /** The problems sorted by document position; problems at the same path keep their order. */
  List<Problem> sort(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparing(problem -> positions(problem.path()), DocumentOrder::compare));
    return sorted;
  }

  private List<Integer> positions(String path) {
    List<Integer> positions = new ArrayList<>();
    if (Paths.ROOT.equals(path)) {
      return positions;
    }
    JsonNode node = root;
    Matcher matcher = SEGMENT.matcher(path);
    while (matcher.find()) {
      if (matcher.group(1) != null) {
        int index = Integer.parseInt(matcher.group(1));
        positions.add(index);
        node = node.path(index);
      } else {
        String name = matcher.group(2);
        positions.add(fieldPosition(node, name));
        node = node.path(name);
      }
    }
    return positions;
  }

  private static int fieldPosition(JsonNode object, String name) {
    int position = 0;
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); position++) {
      if (names.next().equals(name)) {
        return position;
      }
    }
    return -1;
  }

  private static int compare(List<Integer> left, List<Integer> right) {
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int order = Integer.compare(left.get(i), right.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.size(), right.size());
  }
}
