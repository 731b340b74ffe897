package nl.veerkracht.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import nl.veerkracht.app.VeerkrachtApplication;
import nl.veerkracht.app.audit.AuditTrail;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Walks the audit trail of the configured database against the configured key and checkpoint,
 * as {@code GET /api/v1/audit/verify} does, without a web server: what an operator runs after
 * restoring a backup, before the service takes requests.
 */
@Command(name = "verify-audit", description = "Verifies the audit trail of the configured database; exit 0 when intact, 1 when not.")
class VerifyAuditCommand implements Callable<Integer> {

  @Mixin
  LanguageOption language = new LanguageOption();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VeerkrachtApplication.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
        .properties("veerkracht.demo.city.enabled=false", "logging.level.root=warn").run()) {
      AuditTrail.Verification verification = context.getBean(AuditTrail.class).verify();
      spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(verification));
      CliTexts texts = new CliTexts(language.locale());
      spec.commandLine().getErr().println(verification.valid()
          ? texts.text("cli.verifyAudit.intact", texts.formats().integer(verification.entries()))
          : texts.text("cli.verifyAudit.broken", String.valueOf(verification.firstInvalidEntry()),
              String.valueOf(verification.problem())));
      return verification.valid() ? 0 : 1;
    }
  }
}
