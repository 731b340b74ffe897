package nl.veerkracht.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact share: a decimal as written ({@code 0.6667}) or a fraction string ({@code "2/3"}),
 * kept as numerator/denominator in lowest terms so that comparisons never round.
 * {@link #written()} is the form of the input, written back unchanged on export.
 */
@JsonSerialize(using = Share.Serializer.class)
@JsonDeserialize(using = Share.Deserializer.class)
public record Share(String written, boolean fraction, BigInteger numerator, BigInteger denominator) {

  public static Share ofDecimal(BigDecimal value) {
    BigInteger num = value.unscaledValue();
    BigInteger den = BigInteger.ONE;
    if (value.scale() > 0) {
      den = BigInteger.TEN.pow(value.scale());
    } else if (value.scale() < 0) {
      num = num.multiply(BigInteger.TEN.pow(-value.scale()));
    }
    return reduced(value.toPlainString(), false, num, den);
  }

  /** Parses a fraction string {@code "p/q"}; throws {@link NumberFormatException} otherwise. */
  public static Share parseFraction(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new NumberFormatException("not a fraction p/q: " + text);
    }
    BigInteger num = new BigInteger(text.substring(0, slash).trim());
    BigInteger den = new BigInteger(text.substring(slash + 1).trim());
    if (den.signum() <= 0 || num.signum() < 0) {
      throw new NumberFormatException("not a fraction of non-negative integers: " + text);
    }
    return reduced(text, true, num, den);
  }

  private static Share reduced(String written, boolean fraction, BigInteger num, BigInteger den) {
    BigInteger gcd = num.gcd(den);
    if (gcd.signum() == 0) {
      gcd = BigInteger.ONE;
    }
    return new Share(written, fraction, num.divide(gcd), den.divide(gcd));
  }

  /** Compares a/b with this share exactly; negative when a/b is smaller. */
  public int compareRatio(BigInteger a, BigInteger b) {
    return a.multiply(denominator).compareTo(numerator.multiply(b));
  }

  public int compareTo(Share other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  public boolean isZero() {
    return numerator.signum() == 0;
  }

  public boolean exceedsOne() {
    return numerator.compareTo(denominator) > 0;
  }

  @Override
  public String toString() {
    return written;
  }

  /** Writes a share back as it was written: a number or a fraction string. */
  static final class Serializer extends StdSerializer<Share> {
    Serializer() {
      super(Share.class);
    }

    @Override
    public void serialize(Share share, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (share.fraction()) {
        gen.writeString(share.written());
      } else {
        gen.writeNumber(new BigDecimal(share.written()));
      }
    }
  }

  /** Reads a number as the exact decimal written and a string as a fraction "p/q". */
  static final class Deserializer extends StdDeserializer<Share> {
    Deserializer() {
      super(Share.class);
    }

    @Override
    public Share deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return ofDecimal(parser.getDecimalValue());
      }
      if (token == JsonToken.VALUE_STRING) {
        try {
          return parseFraction(parser.getText());
        } catch (NumberFormatException e) {
          return (Share) context.handleWeirdStringValue(Share.class, parser.getText(), e.getMessage());
        }
      }
      return (Share) context.handleUnexpectedToken(Share.class, parser);
    }
  }
}
