package nl.veerkracht.app.api;

/** A page asked for: {@code page} counts from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public record Paging(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /** From the query parameters {@code page} and {@code size} (blank: the first page of {@value #DEFAULT_SIZE}). */
  public static Paging of(String page, String size) {
    return new Paging(QueryValues.integer("page", page, 0, 0, Integer.MAX_VALUE),
        QueryValues.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
  }

  public long offset() {
    return (long) page * size;
  }
}
