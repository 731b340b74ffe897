package nl.veerkracht.app.decision;

import java.security.Principal;
import java.util.Locale;
import nl.veerkracht.app.api.NotFoundException;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.app.dataset.DatasetSummary;
import nl.veerkracht.rules.letting.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The officer lets a stored dataset's vacancies through the rule base (recording the
 * decisions as {@code POST /api/v1/evaluations} does) and reads the outcome per vacancy.
 */
@Controller
public class LettingPages {

  private final Lettings lettings;
  private final DatasetStore datasets;

  public LettingPages(Lettings lettings, DatasetStore datasets) {
    this.lettings = lettings;
    this.datasets = datasets;
  }

  @GetMapping("/officer/datasets/{id}/lettings")
  String dataset(@PathVariable long id, Model model) {
    model.addAttribute("dataset", summary(id));
    model.addAttribute("earlier", lettings.earlier(id));
    return "officer/letting";
  }

  @PostMapping("/officer/datasets/{id}/lettings")
  String let(@PathVariable long id, Principal user) {
    summary(id);
    return "redirect:/officer/lettings/" + lettings.let(id, user.getName());
  }

  @GetMapping("/officer/lettings/{entry}")
  String letting(@PathVariable long entry, Locale locale, Model model) {
    Lettings.Letting letting = lettings.letting(entry, Language.of(locale));
    model.addAttribute("letting", letting);
    if (letting.dataset() != null) {
      long dataset = Long.parseLong(letting.dataset());
      model.addAttribute("dataset", summary(dataset));
      model.addAttribute("earlier", lettings.earlier(dataset));
    }
    return "officer/letting";
  }

  private DatasetSummary summary(long id) {
    return datasets.list().stream().filter(dataset -> dataset.id() == id).findFirst()
        .orElseThrow(() -> new NotFoundException("dataset", id));
  }
}
