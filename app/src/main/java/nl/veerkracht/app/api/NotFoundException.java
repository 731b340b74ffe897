package nl.veerkracht.app.api;

/** A resource that does not exist: answers 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what) {
    super(what + " does not exist");
  }
}
