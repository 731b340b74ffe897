package nl.veerkracht.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger that refuses every UPDATE and DELETE of the table it guards (the audit trail). */
public class AppendOnlyTrigger implements Trigger {

  private String table;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
  }
}
