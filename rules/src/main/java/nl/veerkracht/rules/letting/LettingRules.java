package nl.veerkracht.rules.letting;

import java.util.List;

/** Decides on one vacancy: who is eligible, with which priority group, and why. */
public interface LettingRules {

  Verdicts decide(Letting letting, List<Respondent> respondents);
}
