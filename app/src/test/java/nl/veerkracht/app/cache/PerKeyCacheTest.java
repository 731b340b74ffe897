package nl.veerkracht.app.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerKeyCacheTest {

  @Test
  void aSlowLoadHoldsUpNoOtherKeyAndIsDoneOnceForItsOwn() throws Exception {
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch releaseSlow = new CountDownLatch(1);
    AtomicInteger loadsOfOne = new AtomicInteger();
    PerKeyCache<Integer, String> cache = new PerKeyCache<>(10, key -> {
      if (key == 1) {
        loadsOfOne.incrementAndGet();
        slowStarted.countDown();
        await(releaseSlow);
      }
      return "value " + key;
    });

    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get(1));
    assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get(1));

    assertThat(cache.get(2)).isEqualTo("value 2");
    assertThat(first).isNotDone();
    assertThat(second).isNotDone();
    releaseSlow.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("value 1");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("value 1");
    assertThat(cache.get(1)).isEqualTo("value 1");
    assertThat(loadsOfOne).hasValue(1);
  }

  @Test
  void aFailedLoadIsNotKeptAndItsErrorReachesTheCallerAsItWas() {
    AtomicInteger attempts = new AtomicInteger();
    PerKeyCache<Integer, String> cache = new PerKeyCache<>(10, key -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IllegalArgumentException("no dataset " + key);
      }
      return "value " + key;
    });

    assertThatThrownBy(() -> cache.get(7)).isInstanceOf(IllegalArgumentException.class).hasMessage("no dataset 7");
    assertThat(cache.get(7)).isEqualTo("value 7");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
