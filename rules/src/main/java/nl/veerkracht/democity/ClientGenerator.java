package nl.veerkracht.democity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.veerkracht.scenario.CareProvider;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.ClientGroup;
import nl.veerkracht.scenario.IncomeSource;
import nl.veerkracht.scenario.Screening;
import nl.veerkracht.scenario.SupportLevel;
import org.apache.commons.csv.CSVRecord;

/**
 * A year's clients of the special target groups waiting for direct mediation, and the care
 * providers that support them (invented organisations, {@code assumptions/care_providers.csv},
 * each working in buurten drawn where corporations own many dwellings).
 */
final class ClientGenerator {

  static final int CLIENTS_PER_YEAR = 800;
  static final String CARE_PROVIDERS = "assumptions/care_providers.csv";

  private static final Map<ClientGroup, Double> GROUP_SHARES = new EnumMap<>(Map.of(
      ClientGroup.MO_OUTFLOW, 0.30,
      ClientGroup.BW_OUTFLOW, 0.30,
      ClientGroup.GGZ, 0.12,
      ClientGroup.LVB, 0.10,
      ClientGroup.YOUTH_CARE_LEAVER, 0.10,
      ClientGroup.EX_DETAINEE, 0.06,
      ClientGroup.OTHER, 0.02));
  private static final double NEEDS_STEP_FREE_SHARE = 0.08;
  private static final double WITH_EXCLUDED_BUURTEN_SHARE = 0.25;
  private static final double WITH_PREFERRED_BUURTEN_SHARE = 0.5;
  private static final double SHORT_RESIDENCE_SHARE = 0.1;

  private final RotterdamData data;
  private final Draw draw;
  private final int count;
  private final LocalDate referenceDate;
  private final List<Provider> providers = new ArrayList<>();
  private final double[] cumulativePopulation;

  ClientGenerator(RotterdamData data, long seed, double scale, LocalDate referenceDate) {
    this.data = data;
    this.draw = new Draw(seed, "clients");
    this.count = Math.max(1, (int) Math.round(CLIENTS_PER_YEAR * scale));
    this.referenceDate = referenceDate;
    this.cumulativePopulation = Draw.cumulative(data.buurten().stream().mapToDouble(b -> b.context().population()).toArray());
    double[] corporationDwellings = Draw.cumulative(data.buurten().stream()
        .mapToDouble(b -> b.context().dwellings() * b.context().socialRentShare()).toArray());
    for (CSVRecord row : CsvTable.read(CARE_PROVIDERS).records()) {
      List<ClientGroup> groups = Arrays.stream(row.get("groups").split(" ")).map(ClientGroup::valueOf).toList();
      providers.add(new Provider(row.get("name"), groups,
          buurten(CsvTable.wholeNumber(row, "locations"), corporationDwellings)));
    }
  }

  List<CareProvider> careProviders() {
    return providers.stream().map(provider -> new CareProvider(provider.name(), provider.buurten())).toList();
  }

  /** The clients, longest waiting first, with ids {@code C0001} onwards. */
  List<Client> clients() {
    List<ClientGroup> groups = Apportion.quotas(count, GROUP_SHARES);
    draw.shuffle(groups);
    List<LocalDate> waitingSince = new ArrayList<>();
    groups.forEach(group -> waitingSince.add(draw.dayBetween(referenceDate.minusYears(1), referenceDate.minusDays(1))));
    Integer[] order = new Integer[groups.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing((Integer i) -> waitingSince.get(i)).thenComparing(i -> i));
    List<Client> clients = new ArrayList<>();
    for (int i : order) {
      clients.add(client(String.format("C%04d", clients.size() + 1), groups.get(i), waitingSince.get(i)));
    }
    return clients;
  }

  private Client client(String id, ClientGroup group, LocalDate waitingSince) {
    Provider provider = draw.pick(providers.stream().filter(p -> p.groups().contains(group)).toList());
    boolean aowAge = group != ClientGroup.YOUTH_CARE_LEAVER && draw.chance(0.02);
    int householdSize = group == ClientGroup.YOUTH_CARE_LEAVER ? 1 : 1 + draw.weightedIndex(new double[] {0.85, 0.95, 1.0});
    IncomeSource source = incomeSource(group, aowAge);
    BigDecimal yearsInRegion = Decimals.rounded(draw.chance(SHORT_RESIDENCE_SHARE)
        ? draw.uniform(0.5, 6) : draw.uniform(6, 40), 1);
    List<String> excluded = draw.chance(WITH_EXCLUDED_BUURTEN_SHARE)
        ? buurten(draw.between(1, 2), cumulativePopulation) : null;
    List<String> preferred = draw.chance(WITH_PREFERRED_BUURTEN_SHARE) ? preferred(provider, excluded) : null;
    return new Client(id, group, support(group), provider.name(), householdSize, aowAge, income(source, householdSize),
        source, yearsInRegion, screening(group), null, draw.chance(NEEDS_STEP_FREE_SHARE) ? Boolean.TRUE : null,
        excluded, preferred, waitingSince);
  }

  private SupportLevel support(ClientGroup group) {
    double[] cumulative = switch (group) {
      case MO_OUTFLOW -> new double[] {0.35, 0.80, 1.0};
      case BW_OUTFLOW, EX_DETAINEE -> new double[] {0.25, 0.70, 1.0};
      case GGZ -> new double[] {0.30, 0.70, 1.0};
      case LVB -> new double[] {0.30, 0.80, 1.0};
      case YOUTH_CARE_LEAVER -> new double[] {0.50, 0.90, 1.0};
      case OTHER -> new double[] {0.60, 0.90, 1.0};
    };
    return SupportLevel.values()[draw.weightedIndex(cumulative)];
  }

  /** Mostly social assistance; a Wajong (disability) benefit for many with LVB; some work. */
  private IncomeSource incomeSource(ClientGroup group, boolean aowAge) {
    if (aowAge) {
      return IncomeSource.AOW;
    }
    double disability = group == ClientGroup.LVB ? 0.6 : 0.1;
    double roll = draw.uniform(0, 1);
    if (roll < disability) {
      return IncomeSource.DISABILITY_BENEFIT;
    }
    if (roll < disability + 0.08) {
      return IncomeSource.EMPLOYMENT;
    }
    return roll < disability + 0.13 ? IncomeSource.UNEMPLOYMENT_BENEFIT : IncomeSource.SOCIAL_ASSISTANCE;
  }

  private BigDecimal income(IncomeSource source, int householdSize) {
    double single = switch (source) {
      case EMPLOYMENT -> draw.uniform(20_000, 30_000);
      case AOW -> draw.uniform(19_500, 23_500);
      case DISABILITY_BENEFIT, UNEMPLOYMENT_BENEFIT -> draw.uniform(16_000, 24_000);
      default -> draw.uniform(15_500, 17_500);
    };
    return Decimals.rounded(householdSize == 1 ? single : single * 1.4, 0);
  }

  /** The art. 10 woonverklaring: most ex-detainees and some shelter leavers have been screened. */
  private Screening screening(ClientGroup group) {
    double[] cumulative = switch (group) {
      case EX_DETAINEE -> new double[] {0.5, 0.9, 1.0, 1.0};
      case MO_OUTFLOW -> new double[] {0.2, 0.25, 0.26, 1.0};
      default -> new double[] {0.03, 0.04, 0.04, 1.0};
    };
    return switch (draw.weightedIndex(cumulative)) {
      case 0 -> Screening.CLEAR;
      case 1 -> Screening.CONDITIONAL;
      case 2 -> Screening.NEGATIVE;
      default -> null;
    };
  }

  /** One to three buurten where the provider works or next to them, none of the excluded ones. */
  private List<String> preferred(Provider provider, List<String> excluded) {
    Set<String> near = new LinkedHashSet<>(provider.buurten());
    provider.buurten().forEach(code -> near.addAll(data.buurt(code).orElseThrow().neighbours()));
    if (excluded != null) {
      near.removeAll(excluded);
    }
    List<String> candidates = new ArrayList<>(near);
    draw.shuffle(candidates);
    List<String> preferred = new ArrayList<>(candidates.subList(0, Math.min(candidates.size(), draw.between(1, 3))));
    preferred.sort(Comparator.naturalOrder());
    return preferred.isEmpty() ? null : preferred;
  }

  /** {@code wanted} different buurten, each drawn with the given weights, in code order. */
  private List<String> buurten(int wanted, double[] cumulativeWeights) {
    Set<String> codes = new TreeSet<>();
    while (codes.size() < wanted) {
      codes.add(data.buurten().get(draw.weightedIndex(cumulativeWeights)).code());
    }
    return new ArrayList<>(codes);
  }

  private record Provider(String name, List<ClientGroup> groups, List<String> buurten) {
  }
}
