package nl.veerkracht.app.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done in another thread as if it had been done in this one. */
public final class Futures {

  private Futures() {
  }

  /** The future's value; its failure thrown as it was thrown where the work ran, not wrapped. */
  public static <T> T joinUnwrapped(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (failed.getCause() instanceof Error cause) {
        throw cause;
      }
      throw failed;
    }
  }
}
