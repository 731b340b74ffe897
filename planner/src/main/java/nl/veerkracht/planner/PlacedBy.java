package nl.veerkracht.planner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.veerkracht.scenario.Client;
import nl.veerkracht.scenario.ClientGroup;
import nl.veerkracht.scenario.SupportLevel;

/**
 * How many clients of each support level and of each client group a plan places, of how many:
 * whether maximising the number placed leaves those who need most support out. Every level and
 * group of the enums is listed, in their order, those without clients too.
 */
public record PlacedBy(List<Share> support, List<Share> group) {

  /** Clients with this code: placed, and in all. */
  public record Share(String code, int placed, int total) {
  }

  /** The shares of the given clients, of whom those whose id is in {@code placed} are placed. */
  public static PlacedBy of(Collection<Client> clients, Collection<String> placed) {
    Set<String> placedIds = new HashSet<>(placed);
    return new PlacedBy(shares(SupportLevel.class, clients, Client::support, placedIds),
        shares(ClientGroup.class, clients, Client::group, placedIds));
  }

  private static <E extends Enum<E>> List<Share> shares(Class<E> type, Collection<Client> clients,
      Function<Client, E> code, Set<String> placed) {
    Map<E, int[]> counts = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      counts.put(value, new int[2]);
    }
    for (Client client : clients) {
      int[] count = counts.get(code.apply(client));
      count[1]++;
      if (placed.contains(client.id())) {
        count[0]++;
      }
    }
    List<Share> shares = new ArrayList<>();
    counts.forEach((value, count) -> shares.add(new Share(value.name(), count[0], count[1])));
    return shares;
  }
}
