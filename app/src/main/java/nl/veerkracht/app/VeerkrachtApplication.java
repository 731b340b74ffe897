package nl.veerkracht.app;

import nl.veerkracht.app.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With a batch command as first argument the command runs without web server
 * (and, but for {@code import}, without database); otherwise the web service starts.
 */
@SpringBootApplication
public class VeerkrachtApplication {

  public static void main(String[] args) {
    if (Cli.isCommand(args)) {
      System.exit(Cli.run(args));
    }
    SpringApplication.run(VeerkrachtApplication.class, args);
  }
}
