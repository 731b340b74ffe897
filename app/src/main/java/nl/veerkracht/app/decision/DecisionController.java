package nl.veerkracht.app.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.security.Principal;
import nl.veerkracht.app.api.ScenarioBody;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.rules.letting.Language;
import nl.veerkracht.scenario.ScenarioJson;
import nl.veerkracht.app.dataset.ScenarioSizeLimit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Evaluations, the decisions they record, their replay, and the verification of the trail. */
@RestController
@Tag(name = "decisions")
public class DecisionController {

  private final Evaluations evaluations;
  private final DecisionRecords records;
  private final AuditTrail trail;
  private final ScenarioSizeLimit sizeLimit;

  public DecisionController(Evaluations evaluations, DecisionRecords records, AuditTrail trail,
      ScenarioSizeLimit sizeLimit) {
    this.evaluations = evaluations;
    this.records = records;
    this.trail = trail;
    this.sizeLimit = sizeLimit;
  }

  @PostMapping("/api/v1/evaluations")
  @Operation(summary = "Let the scenario's vacancies; records one decision per vacancy (OFFICER)")
  public JsonNode evaluate(@ScenarioBody InputStream body, Principal user,
      @Parameter(description = "nl (default) or en: the language of the trace's words")
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    Evaluations.Recorded recorded = evaluations.evaluate(sizeLimit.read(body), null, user.getName());
    ObjectNode result = ScenarioJson.mapper()
        .valueToTree(recorded.evaluation().rendered(language(lang, acceptLanguage)));
    recorded.decisionIds().forEach(result.putArray("decisionIds")::add);
    return result;
  }

  @GetMapping("/api/v1/decisions/{id}")
  @Operation(summary = "One decision with its full trace and the policy and rule versions (OFFICER, AUDITOR); the read is audited")
  public JsonNode decision(@PathVariable String id, Principal user,
      @Parameter(description = "nl (default) or en: the language of the trace's words")
      @RequestParam(required = false) String lang,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    AuditEntry entry = records.read(id, user.getName());
    ObjectNode result = ScenarioJson.mapper().createObjectNode();
    result.put("id", id);
    result.put("recordedAt", entry.recordedAt().toString());
    result.put("recordedBy", entry.actor());
    result.put("entryHash", entry.entryHash());
    result.setAll((ObjectNode) entry.contentTree());
    result.set("outcome",
        ScenarioJson.mapper().valueToTree(RecordedDecision.of(entry).rendered(language(lang, acceptLanguage))));
    return result;
  }

  /** {@code ?lang} first, then Accept-Language; Dutch unless English is asked for. */
  private static Language language(String lang, String acceptLanguage) {
    return Language.of(lang != null ? lang : acceptLanguage);
  }

  @PostMapping("/api/v1/decisions/{id}/replay")
  @Operation(summary = "Re-evaluate a decision from its stored inputs with its stored rule and policy versions (AUDITOR)")
  public DecisionReplay.Result replay(@PathVariable String id) {
    return DecisionReplay.of(records.entry(id));
  }

  @GetMapping("/api/v1/audit/verify")
  @Operation(summary = "Recompute the whole audit chain (AUDITOR)")
  public AuditTrail.Verification verify() {
    return trail.verify();
  }
}
