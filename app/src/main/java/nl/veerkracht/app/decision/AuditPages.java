package nl.veerkracht.app.decision;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.i18n.Csv;
import nl.veerkracht.app.i18n.CsvTables;
import nl.veerkracht.rules.letting.Language;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

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
  String start(@ModelAttribute("criteria") SearchForm form, Model model) {
    model.addAttribute("decisions", search.find(form.criteria()));
    model.addAttribute("limit", DecisionSearch.MAX_RESULTS);
    return "audit/start";
  }

  @PostMapping("/audit/verify")
  String verify(@ModelAttribute("criteria") SearchForm form, Model model) {
    model.addAttribute("verification", trail.verify());
    return start(form, model);
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
      return new DecisionSearch.Criteria(seeker, unit, buurt, ruleCode, actor, from, to);
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
