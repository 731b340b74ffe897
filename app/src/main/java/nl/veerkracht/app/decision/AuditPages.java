package nl.veerkracht.app.decision;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.veerkracht.app.api.Paging;
import nl.veerkracht.app.api.QueryValues;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.i18n.Csv;
import nl.veerkracht.app.i18n.CsvTables;
import nl.veerkracht.rules.letting.Language;
import nl.veerkracht.scenario.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The auditor's pages: search decisions, read one as a case file, replay it, verify the chain, export. */
@Controller
public class AuditPages {

  private final DecisionSearch search;
  private final DecisionRecords records;
  private final AuditTrail trail;

  private final CsvTables csvTables;

  public AuditPages(DecisionSearch search, DecisionRecords records, AuditTrail trail, CsvTables csvTables) {
    this.search = search;
    this.records = records;
    this.trail = trail;
    this.csvTables = csvTables;
  }

  @GetMapping("/audit")
  String start(@ModelAttribute("criteria") SearchForm form, @RequestParam(required = false) String page,
      Model model) {
    model.addAttribute("ruleCodes", DecisionSearch.ruleCodes());
    try {
      model.addAttribute("decisions", search.find(form.criteria(), Paging.of(page, null)));
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", invalid.problems());
    }
    model.addAttribute("pageLink", form.link());
    return "audit/start";
  }

  @PostMapping("/audit/verify")
  String verify(@ModelAttribute("criteria") SearchForm form, Model model) {
    model.addAttribute("verification", trail.verify());
    return start(form, null, model);
  }

  @GetMapping("/audit/decisions/{id}")
  String caseFile(@PathVariable String id, Principal user, Locale locale, Model model) {
    model.addAttribute("file", CaseFile.of(records.read(id, user.getName()), Language.of(locale)));
    return "audit/decision";
  }

  @PostMapping("/audit/decisions/{id}/replay")
  String replay(@PathVariable String id, Principal user, Locale locale, Model model) {
    model.addAttribute("replay", DecisionReplay.of(records.entry(id)));
    return caseFile(id, user, locale, model);
  }

  @GetMapping("/audit/decisions.csv")
  ResponseEntity<byte[]> export(@ModelAttribute("criteria") SearchForm form) {
    Csv csv = csvTables.table("csv.decisions", "decision", "publishedOn", "unit", "buurt", "winner", "ruleCodes",
        "recordedBy", "recordedAt", "ruleVersion");
    for (DecisionSearch.Found found : search.find(form.criteria())) {
      csv.row(found.id(), found.publishedOn(), found.unit(), found.buurt(), found.winner(), found.ruleCodes(),
          found.recordedBy(), found.recordedAt(), found.ruleVersion());
    }
    return csv.download("decisions.csv");
  }

  /** The search form; every field optional. */
  public static class SearchForm {
    private String seeker;
    private String unit;
    private String buurt;
    private String ruleCode;
    private String actor;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    DecisionSearch.Criteria criteria() {
      QueryValues.period("to", from, to);
      return new DecisionSearch.Criteria(seeker, unit, buurt, ruleCode, actor, from, to);
    }

    /** This search's address, to which a page number is added. */
    String link() {
      UriComponentsBuilder link = UriComponentsBuilder.fromPath("/audit");
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("seeker", seeker);
      fields.put("unit", unit);
      fields.put("buurt", buurt);
      fields.put("ruleCode", ruleCode);
      fields.put("actor", actor);
      fields.put("from", from);
      fields.put("to", to);
      fields.forEach((name, value) -> {
        if (value != null && !value.toString().isBlank()) {
          link.queryParam(name, value);
        }
      });
      return link.queryParam("page", "").encode().toUriString();
    }

    public String getSeeker() {
      return seeker;
    }

    public void setSeeker(String seeker) {
      this.seeker = seeker;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }

    public String getBuurt() {
      return buurt;
    }

    public void setBuurt(String buurt) {
      this.buurt = buurt;
    }

    public String getRuleCode() {
      return ruleCode;
    }

    public void setRuleCode(String ruleCode) {
      this.ruleCode = ruleCode;
    }

    public String getActor() {
      return actor;
    }

    public void setActor(String actor) {
      this.actor = actor;
    }

    public LocalDate getFrom() {
      return from;
    }

    public void setFrom(LocalDate from) {
      this.from = from;
    }

    public LocalDate getTo() {
      return to;
    }

    public void setTo(LocalDate to) {
      this.to = to;
    }
  }
}
