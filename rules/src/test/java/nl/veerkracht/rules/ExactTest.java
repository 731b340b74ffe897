package nl.veerkracht.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import nl.veerkracht.scenario.Share;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact arithmetic of the rules: ratios at their limits and the art. 9 share sequence. */
class ExactTest {

  private static Share share(String written) {
    return written.contains("/") ? Share.parseFraction(written) : Share.ofDecimal(new BigDecimal(written));
  }

  /** The numbers among {@code from .. from + count - 1} that the sequence marks. */
  private static List<Long> marked(String share, long from, int count) {
    Share s = share(share);
    List<Long> marked = new ArrayList<>();
    LongStream.range(from, from + count).filter(k -> Exact.marked(k, s)).forEach(marked::add);
    return marked;
  }

  @Test
  void shareOneMarksEveryVacancy() {
    assertThat(marked("1", 0, 6)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void aHalfMarksEverySecondStartingWithTheSecond() {
    assertThat(marked("0.5", 0, 8)).containsExactly(1L, 3L, 5L, 7L);
    assertThat(marked("1/2", 0, 8)).containsExactly(1L, 3L, 5L, 7L);
  }

  @Test
  void twoThirdsAndOneThird() {
    assertThat(marked("2/3", 0, 9)).containsExactly(1L, 2L, 4L, 5L, 7L, 8L);
    assertThat(marked("1/3", 0, 9)).containsExactly(2L, 5L, 8L);
  }

  @Test
  void theDecimal06667IsNotTwoThirds() {
    // equal up to 9998; 0.6667 runs ahead of 2/3 by k/30000 and crosses 6667 one vacancy early
    assertThat(marked("0.6667", 0, 9999)).isEqualTo(marked("2/3", 0, 9999));
    assertThat(marked("2/3", 9998, 4)).containsExactly(9998L, 10000L, 10001L);
    assertThat(marked("0.6667", 9998, 4)).containsExactly(9998L, 9999L, 10001L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0.5", "2/3", "0.6667", "1/3", "0.075", "3/7", "0.001", "999/1000"})
  void everyRunOfVacanciesGetsItsExactShare(String written) {
    Share s = share(written);
    for (long from : new long[] {0, 1, 7, 9998, 123_456}) {
      for (int count = 1; count <= 60; count++) {
        BigInteger expected = floor(from + count, s).subtract(floor(from, s));
        assertThat(marked(written, from, count)).as("%s from %d, %d vacancies", written, from, count)
            .hasSize(expected.intValueExact());
      }
    }
  }

  private static BigInteger floor(long k, Share s) {
    return BigInteger.valueOf(k).multiply(s.numerator()).divide(s.denominator());
  }

  @Test
  void ratiosAtTheLimitAreWithin() {
    assertThat(Exact.within(1, 20, share("0.05"))).isTrue();
    assertThat(Exact.within(1, 19, share("0.05"))).isFalse();
    assertThat(Exact.within(3, 40, share("0.075"))).isTrue();
    assertThat(Exact.exceeds(3, 39, share("0.075"))).isTrue();
    assertThat(Exact.within(1, 3, share("1/3"))).isTrue();
    assertThat(Exact.exceeds(1, 3, share("0.3333"))).isTrue();
    assertThat(Exact.within(1, 1, share("1"))).isTrue();
    assertThat(Exact.exceeds(1, 1_000_000, share("0"))).isTrue();
  }

  @Test
  void largeCountsDoNotOverflow() {
    assertThat(Exact.within(Long.MAX_VALUE / 20, Long.MAX_VALUE, share("0.05"))).isTrue();
    assertThat(Exact.marked(Long.MAX_VALUE - 1, share("1"))).isTrue();
  }
}
