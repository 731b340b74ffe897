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
      CliTexts texts = new CliTexts(language.locale());
      spec.commandLine().getErr().println(texts.text("cli.import.summary", datasetName, Long.toString(id),
          texts.formats().integer(valid.units().size()), texts.formats().integer(valid.seekers().size()),
          texts.formats().integer(valid.vacancies().size()), texts.formats().integer(valid.clients().size())));
    }
    return 0;
  }
}
