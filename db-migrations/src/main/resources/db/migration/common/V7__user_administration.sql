-- Issue 18: a temporary password set by an administrator must be changed at the next sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
