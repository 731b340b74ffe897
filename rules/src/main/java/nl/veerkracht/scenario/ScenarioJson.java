package nl.veerkracht.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one configured Jackson mapper for scenario files and everything read alongside them.
 *
 * <p>Numbers with a fraction are read as {@link java.math.BigDecimal} and kept as written
 * (no trailing zeros stripped) because shares and amounts are compared exactly and a policy's
 * hash is taken over its numbers as written. Duplicate keys and content after the document are
 * syntax errors, so that nothing in a file is silently ignored.
 */
public final class ScenarioJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private ScenarioJson() {
  }

  /** The shared, fully configured mapper. Do not reconfigure it; use {@code mapper().copy()} to vary it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
