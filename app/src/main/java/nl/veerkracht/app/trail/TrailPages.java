package nl.veerkracht.app.trail;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import nl.veerkracht.app.api.Paged;
import nl.veerkracht.app.api.Paging;
import nl.veerkracht.app.audit.AuditEntry;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.scenario.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The auditor's pages over the whole trail: every entry, filtered and paged; the history of one subject. */
@Controller
public class TrailPages {

  /** An entry as a row of a page: the entry, where its subject leads, and its case file if it is a decision. */
  public record Row(EntryView entry, String subjectLink, String caseFile) {
  }

  private final AuditEntries entries;
  private final EntrySummaries summaries;
  private final SubjectHistory histories;

  public TrailPages(AuditEntries entries, EntrySummaries summaries, SubjectHistory histories) {
    this.entries = entries;
    this.summaries = summaries;
    this.histories = histories;
  }

  @GetMapping("/audit/entries")
  String entries(@RequestParam Map<String, String> filters, Locale locale, Model model) {
    model.addAttribute("filters", filters);
    model.addAttribute("kinds", AuditKind.values());
    try {
      AuditEntries.Filter filter = AuditEntries.Filter.parse(filters.get("kind"), filters.get("actor"),
          filters.get("subject"), filters.get("from"), filters.get("to"));
      Paged<AuditEntry> page = entries.find(filter, Paging.of(filters.get("page"), filters.get("size")));
      model.addAttribute("page", page.map(entry -> row(summaries.view(entry, locale))));
      model.addAttribute("pageLink", pageLink("/audit/entries", filters));
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", invalid.problems());
    }
    return "audit/entries";
  }

  @GetMapping("/audit/history")
  String history(@RequestParam(required = false) String unit, @RequestParam(required = false) String client,
      @RequestParam(required = false) String match, Principal user, Locale locale, Model model) {
    model.addAttribute("unit", unit);
    model.addAttribute("client", client);
    model.addAttribute("match", match);
    try {
      SubjectHistory.History history = chosen(unit, client, match, user);
      if (history != null) {
        model.addAttribute("history", history);
        model.addAttribute("rows", history.entries().stream().map(entry -> row(summaries.view(entry, locale)))
            .toList());
      }
    } catch (InvalidInputException invalid) {
      model.addAttribute("problems", invalid.problems());
    }
    return "audit/history";
  }

  private SubjectHistory.History chosen(String unit, String client, String match, Principal user) {
    if (present(unit)) {
      return histories.read(SubjectHistory.Type.UNIT, unit.strip(), user.getName());
    }
    if (present(client)) {
      return histories.read(SubjectHistory.Type.CLIENT, client.strip(), user.getName());
    }
    if (present(match)) {
      return histories.read(SubjectHistory.Type.MATCH, match.strip(), user.getName());
    }
    return null;
  }

  /** Where an entry's subject leads: a history for dwellings, persons and matches, a case file for a decision. */
  static Row row(EntryView entry) {
    String subject = entry.subject();
    String caseFile = entry.kind().equals(AuditKind.DECISION.name()) ? "/audit/decisions/" + entry.seq() : null;
    String link;
    if (caseFile != null) {
      link = history("unit", subject);
    } else if (subject.startsWith("decision ")) {
      link = "/audit/decisions/" + after(subject);
    } else if (subject.startsWith("match ") || subject.startsWith("unit ") || subject.startsWith("client ")) {
      link = history(subject.substring(0, subject.indexOf(' ')), after(subject));
    } else {
      link = UriComponentsBuilder.fromPath("/audit/entries").queryParam("subject", subject).encode().toUriString();
    }
    return new Row(entry, link, caseFile);
  }

  private static String history(String type, String id) {
    return UriComponentsBuilder.fromPath("/audit/history").queryParam(type, id).encode().toUriString();
  }

  private static String after(String subject) {
    return subject.substring(subject.indexOf(' ') + 1);
  }

  /** The page's own address with every filter but the page number, to which a page number is added. */
  private static String pageLink(String path, Map<String, String> filters) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
    filters.forEach((name, value) -> {
      if (!name.equals("page") && present(value)) {
        link.queryParam(name, value);
      }
    });
    return link.queryParam("page", "").encode().toUriString();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
