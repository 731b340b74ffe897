package nl.veerkracht.app.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code sh} code blocks of one section ({@code ## title}) of a Markdown page, in order. */
final class ShellBlocks {

  private static final Pattern EXPORT = Pattern.compile("(?m)^export (\\w+)=.*$");

  private ShellBlocks() {
  }

  static List<String> of(Path markdown, String section) {
    List<String> blocks = new ArrayList<>();
    boolean inSection = false;
    StringBuilder block = null;
    for (String line : lines(markdown)) {
      if (block != null) {
        if (line.equals("```")) {
          blocks.add(block.toString());
          block = null;
        } else {
          block.append(line).append('\n');
        }
      } else if (line.startsWith("## ")) {
        inSection = line.substring(3).trim().equals(section);
      } else if (inSection && line.equals("```sh")) {
        block = new StringBuilder();
      }
    }
    if (blocks.isEmpty()) {
      throw new IllegalStateException(markdown + " has no sh block in a section '" + section + "'");
    }
    return blocks;
  }

  /**
   * The block with the value of each {@code export NAME=...} line replaced by the test's own;
   * an exported name the test does not know is an error (the test would write where the page says).
   */
  static String withExports(String block, Map<String, String> values) {
    Matcher export = EXPORT.matcher(block);
    StringBuilder result = new StringBuilder();
    while (export.find()) {
      String value = values.get(export.group(1));
      if (value == null) {
        throw new IllegalStateException("the test has no value of its own for " + export.group());
      }
      export.appendReplacement(result, Matcher.quoteReplacement("export " + export.group(1) + "='" + value + "'"));
    }
    export.appendTail(result);
    return result.toString();
  }

  private static List<String> lines(Path markdown) {
    try {
      return Files.readAllLines(markdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
