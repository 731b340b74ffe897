package nl.veerkracht.rules.letting;

import java.util.List;

/**
 * Everything one vacancy was decided on, as it was at that moment: the letting (dwelling,
 * parameters, policy values, designations and letting state), the respondents still to be
 * housed and those already housed by an earlier vacancy. Deciding it again with the same rule
 * base gives the same decision.
 */
public record DecisionInput(Letting letting, List<Respondent> respondents, List<String> alreadyAllocated) {
}
