package nl.veerkracht.planner.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import nl.veerkracht.planner.domain.Dwelling;
import nl.veerkracht.planner.domain.MediationPlan;
import nl.veerkracht.planner.domain.Placement;
import nl.veerkracht.planner.domain.Street;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Moves that place one more client by making room: an unplaced client takes an eligible
 * dwelling, and if that dwelling or its street's capacity is taken, the client in the way moves
 * on to another of its eligible dwellings, and so on (an augmenting path, at most {@link
 * #MAX_DEPTH} clients long). Change and swap moves rarely find these, since every single change
 * on such a path first breaks a hard constraint or places one client fewer.
 */
public class MakeRoomMoveFactory implements MoveIteratorFactory<MediationPlan, ReassignMove> {

  static final int MAX_DEPTH = 4;
  /** Dwellings looked at per attempt: keeps one move cheap. */
  private static final int BUDGET = 400;
  private static final int ATTEMPTS = 20;

  @Override
  public long getSize(ScoreDirector<MediationPlan> scoreDirector) {
    return scoreDirector.getWorkingSolution().getPlacements().size();
  }

  @Override
  public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<MediationPlan> scoreDirector) {
    throw new UnsupportedOperationException("make-room moves are selected at random only");
  }

  @Override
  public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<MediationPlan> scoreDirector, Random random) {
    Occupancy occupancy = new Occupancy(scoreDirector.getWorkingSolution());
    return new Iterator<>() {
      private ReassignMove next;

      @Override
      public boolean hasNext() {
        for (int attempt = 0; next == null && attempt < ATTEMPTS && !occupancy.unplaced.isEmpty(); attempt++) {
          Placement client = occupancy.unplaced.get(random.nextInt(occupancy.unplaced.size()));
          next = new PathSearch(occupancy, random).placing(client);
        }
        return next != null;
      }

      @Override
      public ReassignMove next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ReassignMove move = next;
        next = null;
        return move;
      }
    };
  }

  /** Who lives where and how much capacity each street uses, as the solution stands at the start of a step. */
  static final class Occupancy {
    final Map<Dwelling, Placement> occupant = new HashMap<>();
    final Map<Street, Integer> used = new HashMap<>();
    final Map<Street, List<Placement>> placedIn = new HashMap<>();
    final List<Placement> unplaced = new ArrayList<>();

    Occupancy(MediationPlan plan) {
      for (Placement placement : plan.getPlacements()) {
        Dwelling dwelling = placement.getDwelling();
        if (dwelling == null) {
          if (!placement.isPinned() && !placement.getEligibleDwellings().isEmpty()) {
            unplaced.add(placement);
          }
          continue;
        }
        occupant.put(dwelling, placement);
        used.merge(dwelling.getStreet(), placement.getCapacityUse(), Integer::sum);
        placedIn.computeIfAbsent(dwelling.getStreet(), s -> new ArrayList<>()).add(placement);
      }
    }

    int room(Street street) {
      return street.getCapacity() - used.getOrDefault(street, 0);
    }
  }

  /** A depth-first search for a path of moves that places one more client without breaking a hard constraint. */
  private static final class PathSearch {
    private final Occupancy occupancy;
    private final Random random;
    private final List<Placement> movers = new ArrayList<>();
    private final List<Dwelling> targets = new ArrayList<>();
    private final Set<Street> touched = new HashSet<>();
    private int budget = BUDGET;

    PathSearch(Occupancy occupancy, Random random) {
      this.occupancy = occupancy;
      this.random = random;
    }

    ReassignMove placing(Placement client) {
      return moveIn(client, 1) ? new ReassignMove(movers, targets) : null;
    }

    /** Finds a dwelling for the client, outside the streets the path already touches, making room if needed. */
    private boolean moveIn(Placement client, int depth) {
      List<Dwelling> options = client.getEligibleDwellings();
      int start = options.isEmpty() ? 0 : random.nextInt(options.size());
      for (int i = 0; i < options.size() && budget-- > 0; i++) {
        Dwelling dwelling = options.get((start + i) % options.size());
        Street street = dwelling.getStreet();
        if (touched.contains(street) || dwelling == client.getDwelling()) {
          continue;
        }
        Placement occupant = occupancy.occupant.get(dwelling);
        if (occupant != null && occupant.isPinned()) {
          continue;
        }
        int room = occupancy.room(street) + (occupant == null ? 0 : occupant.getCapacityUse());
        if (occupant == null && room >= client.getCapacityUse()) {
          add(client, dwelling);
          return true;
        }
        if (depth < MAX_DEPTH && tryDisplacing(client, dwelling, occupant, room, depth)) {
          return true;
        }
      }
      return false;
    }

    /** The client takes the dwelling and the occupant (or another client of the street) moves on. */
    private boolean tryDisplacing(Placement client, Dwelling dwelling, Placement occupant, int room, int depth) {
      Placement displaced = occupant;
      if (displaced == null) {
        displaced = clientToMakeRoom(dwelling.getStreet(), client.getCapacityUse() - room);
      } else if (room < client.getCapacityUse()) {
        return false;
      }
      if (displaced == null) {
        return false;
      }
      int mark = movers.size();
      add(client, dwelling);
      touched.add(dwelling.getStreet());
      if (moveIn(displaced, depth + 1)) {
        return true;
      }
      movers.subList(mark, movers.size()).clear();
      targets.subList(mark, targets.size()).clear();
      return false;
    }

    /** A random movable client of the street whose leaving frees at least the room needed. */
    private Placement clientToMakeRoom(Street street, int needed) {
      List<Placement> candidates = occupancy.placedIn.getOrDefault(street, List.of()).stream()
          .filter(p -> !p.isPinned() && p.getCapacityUse() >= needed && !movers.contains(p)).toList();
      return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private void add(Placement client, Dwelling dwelling) {
      movers.add(client);
      targets.add(dwelling);
    }
  }
}
