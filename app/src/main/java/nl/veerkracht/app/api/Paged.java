package nl.veerkracht.app.api;

import java.util.List;
import java.util.function.Function;

/** One page of results: which page (from 0), its size, how many results there are in all, and the page's items. */
public record Paged<T>(int page, int size, long total, List<T> items) {

  public Paged(Paging paging, long total, List<T> items) {
    this(paging.page(), paging.size(), total, items);
  }

  /** How many pages the results fill (at least 1). */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < pages();
  }

  public <R> Paged<R> map(Function<T, R> mapping) {
    return new Paged<>(page, size, total, items.stream().map(mapping).toList());
  }
}
