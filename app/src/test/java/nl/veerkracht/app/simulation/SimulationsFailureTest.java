package nl.veerkracht.app.simulation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import nl.veerkracht.app.audit.AuditKind;
import nl.veerkracht.app.audit.AuditTrail;
import nl.veerkracht.app.dataset.DatasetStore;
import nl.veerkracht.simulation.SimulationSettings;
import nl.veerkracht.simulation.SmallCity;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

class SimulationsFailureTest {

  /** Runs the callback as it is; the real transaction is the database tests' business. */
  static final TransactionTemplate DIRECT = new TransactionTemplate() {
    @Override
    public <T> T execute(TransactionCallback<T> action) {
      TransactionStatus status = new SimpleTransactionStatus();
      return action.doInTransaction(status);
    }
  };

  @Test
  void aRunThatCrashesIsMarkedFailedAuditedAndKeepsNoResult() {
    SimulationStore store = mock(SimulationStore.class);
    DatasetStore datasets = mock(DatasetStore.class);
    AuditTrail trail = mock(AuditTrail.class);
    when(datasets.load(5L)).thenThrow(new IllegalStateException("the disk is on fire"));
    Simulations simulations = new Simulations(store, datasets, trail, DIRECT);

    simulations.run(1L, 5L, List.of(SmallCity.policy("{}")), SimulationSettings.defaults(), "policy");

    verify(store).fail(eq(1L), contains("the disk is on fire"));
    verify(store, never()).complete(anyLong(), anyString());
    verify(trail).append(eq(AuditKind.SIMULATION), eq("simulation 1"), eq("policy"),
        argThat(content -> content.get("status").asText().equals("FAILED")));
    verify(trail, never()).append(any(), any(), any(), argThat(content -> content.has("result")));
  }
}
