-- H2: the audit tables are append-only: a trigger refuses UPDATE and DELETE for every user.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    FOR EACH ROW CALL 'nl.veerkracht.db.AppendOnlyTrigger';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    FOR EACH ROW CALL 'nl.veerkracht.db.AppendOnlyTrigger';
