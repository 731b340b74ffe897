package nl.veerkracht.app.hardening;

import nl.veerkracht.app.PostgresIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that need the application on a real HTTP port (a browser, the load
 * harness): the PostgreSQL setup of {@link PostgresIntegrationTest} on a random port. Every
 * subclass that adds no configuration of its own shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerTest extends PostgresIntegrationTest {

  @LocalServerPort
  protected int port;

  /** The running application, on loopback. */
  protected String base() {
    return "http://127.0.0.1:" + port;
  }
}
