package nl.veerkracht.rules.letting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.veerkracht.scenario.Share;

/**
 * What a rule found, as data: a message code of the rule base version's texts and its
 * parameters (amounts, dates, counts, codes) written as plain strings: amounts and numbers as
 * their exact decimal, dates in ISO, shares as written, codes by name, several codes joined by
 * commas. The texts of the version render it in the reader's language ({@link TraceTexts}).
 */
public record Message(String code, Map<String, String> args) {

  public Message {
    args = Collections.unmodifiableMap(new TreeMap<>(args));
  }

  public static Builder of(String code) {
    return new Builder(code);
  }

  /** Collects a message's parameters. */
  public static final class Builder {
    private final String code;
    private final Map<String, String> args = new TreeMap<>();

    private Builder(String code) {
      this.code = code;
    }

    public Builder arg(String name, String value) {
      args.put(name, value);
      return this;
    }

    public Builder arg(String name, BigDecimal value) {
      return arg(name, value.toPlainString());
    }

    public Builder arg(String name, long value) {
      return arg(name, Long.toString(value));
    }

    public Builder arg(String name, LocalDate value) {
      return arg(name, value.toString());
    }

    public Builder arg(String name, Share value) {
      return arg(name, value.toString());
    }

    public Builder arg(String name, Enum<?> value) {
      return arg(name, value.name());
    }

    public Builder arg(String name, Collection<?> values) {
      return arg(name, values.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    public Message build() {
      return new Message(code, args);
    }
  }
}
