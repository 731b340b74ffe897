package nl.veerkracht.app.trail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import nl.veerkracht.app.api.Paged;
import nl.veerkracht.app.api.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every entry of the audit trail, for the auditor to browse. */
@RestController
@Tag(name = "audit")
public class AuditEntryController {

  private final AuditEntries entries;
  private final EntrySummaries summaries;

  public AuditEntryController(AuditEntries entries, EntrySummaries summaries) {
    this.entries = entries;
    this.summaries = summaries;
  }

  @GetMapping("/api/v1/audit/entries")
  @Operation(summary = "Audit entries, newest first, paged (page from 0, size up to 500); filters kind, actor,"
      + " subject (exact), from and to (days in Europe/Amsterdam, included); each with a summary in the reader's"
      + " language (AUDITOR)")
  public Paged<EntryView> entries(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String actor, @RequestParam(required = false) String subject,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
    AuditEntries.Filter filter = AuditEntries.Filter.parse(kind, actor, subject, from, to);
    return entries.find(filter, Paging.of(page, size)).map(entry -> summaries.view(entry, locale));
  }
}
