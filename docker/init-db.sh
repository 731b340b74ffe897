#!/bin/sh
# Run once by the postgres image when it initialises its data folder (docker-entrypoint-initdb.d),
# as its superuser: steps 2 and 3 of docs/operations.md with the passwords from the secrets.
set -eu
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -f /veerkracht/create-roles.sql
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres \
  -v owner="$(cat /run/secrets/owner_password)" -v app="$(cat /run/secrets/app_password)" <<'SQL'
ALTER ROLE veerkracht_owner PASSWORD :'owner';
ALTER ROLE veerkracht_app PASSWORD :'app';
SQL
createdb -U "$POSTGRES_USER" -O veerkracht_owner veerkracht
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d veerkracht -f /veerkracht/grant-app-role.sql
