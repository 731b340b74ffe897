package nl.veerkracht.app.api;

/** An endpoint of the specification whose work a later version adds: answers 501. */
public class NotYetAvailableException extends RuntimeException {

  public NotYetAvailableException(String what) {
    super(what + " is not available in this version yet");
  }
}
