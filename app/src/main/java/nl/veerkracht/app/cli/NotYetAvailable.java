package nl.veerkracht.app.cli;

/** A command of the specification whose work a later version adds; its input is validated already. */
final class NotYetAvailable extends RuntimeException {

  NotYetAvailable(String command) {
    super(command + " is not available in this version yet (its input was valid)");
  }
}
