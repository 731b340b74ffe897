package nl.veerkracht.app.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veerkracht.app.api.Paged;
import nl.veerkracht.app.api.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditor's list of recorded decisions. */
@RestController
@Tag(name = "decisions")
public class DecisionListController {

  private final DecisionSearch search;

  public DecisionListController(DecisionSearch search) {
    this.search = search;
  }

  @GetMapping("/api/v1/decisions")
  @Operation(summary = "Recorded decisions, newest first, paged (page from 0, size up to 500); filters unit, seeker"
      + " (a respondent), rule (a rule code in the trace), from and to (publication dates, included) (AUDITOR)")
  public Paged<DecisionSearch.Found> decisions(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String seeker, @RequestParam(required = false) String rule,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    DecisionSearch.Criteria criteria = DecisionSearch.Criteria.parse(unit, seeker, rule, from, to);
    return search.find(criteria, Paging.of(page, size));
  }
}
