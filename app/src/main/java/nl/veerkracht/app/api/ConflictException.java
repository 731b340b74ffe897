package nl.veerkracht.app.api;

/** A request that conflicts with the state: answers 409 with a clear message. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
