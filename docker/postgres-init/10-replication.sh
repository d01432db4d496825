#!/bin/sh
# Runs once, when the `db` volume is first initialised (postgres image's initdb hook):
# lets the `db-replica` service (profile "scale") stream from this server with the same
# account and password. Existing volumes: add the line to pg_hba.conf and SELECT pg_reload_conf().
set -e
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "${PGDATA}/pg_hba.conf"
