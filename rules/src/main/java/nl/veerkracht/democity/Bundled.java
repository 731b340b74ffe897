package nl.veerkracht.democity;

import java.io.InputStream;

/** The resources bundled with this module, next to its classes. */
final class Bundled {

  private Bundled() {
  }

  /** Opens a resource; a missing one is a packaging error. */
  static InputStream open(String resource) {
    InputStream in = Bundled.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return in;
  }
}
