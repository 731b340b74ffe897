package nl.veerkracht.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile input for the scenario reader: the worked examples mutated at random (fields
 * replaced by other types, removed, added, strings with HTML and SQL, bytes cut off or
 * flipped). Whatever comes in, the reader returns a scenario or refuses it with problems that
 * each name a path; it never fails in another way.
 */
class ScenarioReaderFuzzTest {

  private static final List<JsonNode> HOSTILE_VALUES = List.of(
      JsonNodeFactory.instance.textNode("<script>alert(1)</script>"),
      JsonNodeFactory.instance.textNode("'; DROP TABLE ds_unit; --"),
      JsonNodeFactory.instance.textNode(""),
      JsonNodeFactory.instance.textNode("2/0"),
      JsonNodeFactory.instance.textNode("9999-99-99"),
      JsonNodeFactory.instance.numberNode(-1),
      JsonNodeFactory.instance.numberNode(1e308),
      JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e-400")),
      JsonNodeFactory.instance.numberNode(Long.MAX_VALUE),
      JsonNodeFactory.instance.nullNode(),
      JsonNodeFactory.instance.booleanNode(true),
      JsonNodeFactory.instance.arrayNode(),
      JsonNodeFactory.instance.objectNode());

  @Property(tries = 400)
  void mutatedScenariosAreReadOrRefusedWithPaths(@ForAll("examples") String example, @ForAll long seed) {
    ObjectNode tree = TestScenarios.example(example);
    Random random = new Random(seed);
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      mutate(tree, random);
    }
    assertReadOrRefused(tree.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void damagedBytesAreReadOrRefusedWithPaths(@ForAll("examples") String example, @ForAll long seed) {
    byte[] bytes = TestScenarios.exampleBytes(example);
    Random random = new Random(seed);
    if (random.nextBoolean()) {
      bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    } else {
      for (int i = 0; i < 1 + random.nextInt(8); i++) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
    }
    assertReadOrRefused(bytes);
  }

  @Provide
  Arbitrary<String> examples() {
    return Arbitraries.of(TestScenarios.EXAMPLES);
  }

  private static void assertReadOrRefused(byte[] input) {
    try {
      ScenarioReader.read(input);
    } catch (InvalidInputException refused) {
      assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
        assertThat(problem.path()).isNotBlank();
        assertThat(problem.message()).isNotBlank();
      });
    }
  }

  /** Replaces, removes or adds one field somewhere in the tree. */
  private static void mutate(JsonNode root, Random random) {
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    target.fieldNames().forEachRemaining(names::add);
    int action = random.nextInt(3);
    if (action == 0 && !names.isEmpty()) {
      target.set(names.get(random.nextInt(names.size())), hostileValue(random));
    } else if (action == 1 && !names.isEmpty()) {
      target.remove(names.get(random.nextInt(names.size())));
    } else {
      target.set("extra" + random.nextInt(3), hostileValue(random));
    }
  }

  /** A fresh copy: a shared empty object set twice into the tree could come to contain itself. */
  private static JsonNode hostileValue(Random random) {
    return HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())).deepCopy();
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
      object.elements().forEachRemaining(child -> collect(child, objects));
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(child -> collect(child, objects));
    }
  }
}
