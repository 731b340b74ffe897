package nl.veerkracht.app.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import nl.veerkracht.app.concurrent.Futures;

/**
 * A bounded cache (Caffeine) whose values are loaded in the thread that first asks for them,
 * outside any lock of the cache: who asks for a key being loaded waits for that load only, and
 * a slow load never holds up other keys (a {@code computeIfAbsent} would hold a lock of the map
 * while loading, and a synchronized map every reader). A failed load is not kept; its error
 * reaches every caller that waited for it, unwrapped.
 */
public final class PerKeyCache<K, V> {

  private final AsyncCache<K, V> cache;
  private final Function<K, V> loader;

  public PerKeyCache(long maximumSize, Function<K, V> loader) {
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).buildAsync();
    this.loader = loader;
  }

  public V get(K key) {
    CompletableFuture<V> created = new CompletableFuture<>();
    CompletableFuture<V> value = cache.get(key, (k, executor) -> created);
    if (value == created) {
      try {
        created.complete(loader.apply(key));
      } catch (RuntimeException | Error failure) {
        created.completeExceptionally(failure);
      }
    }
    return Futures.joinUnwrapped(value);
  }
}
