package nl.veerkracht.app.cli;

import java.util.concurrent.Callable;
import nl.veerkracht.app.VeerkrachtApplication;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.scenario.Scenario;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Validates a scenario and stores it as a new dataset in the configured database.")
class ImportCommand implements Callable<Integer> {

  @Mixin
  ScenarioInput scenario = new ScenarioInput();

  @Option(names = "--name", description = "the dataset's name (default: the file name)")
  String name;

  @Mixin
  LanguageOption language = new LanguageOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Scenario valid = scenario.read();
    String datasetName = name != null ? name : scenario.file.getFileName().toString();
    // An import stores its own scenario only, also where the embedded default switches the demo profile on.
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VeerkrachtApplication.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
        .properties("veerkracht.demo.city.enabled=false").run()) {
      long id = context.getBean(DatasetStore.class).save(valid, datasetName, "cli:" + System.getProperty("user.name"));
      spec.commandLine().getOut().println("{\"id\": \"" + id + "\"}");
      spec.commandLine().getErr().println("import: stored '" + datasetName + "' as dataset " + id + " ("
          + valid.units().size() + " units, " + valid.seekers().size() + " seekers, "
          + valid.vacancies().size() + " vacancies, " + valid.clients().size() + " clients)");
    }
    return 0;
  }
}
