-- tailwatch store schema (DuckDB). Applied on open; every statement is idempotent.
CREATE TABLE IF NOT EXISTS ingests (
  sha256      VARCHAR PRIMARY KEY,   -- content hash: the same file twice adds nothing
  kind        VARCHAR NOT NULL,      -- tracks | ftm | manifest
  path        VARCHAR NOT NULL,
  records     BIGINT NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS positions (
  icao24      INTEGER NOT NULL,
  time_ms     BIGINT NOT NULL,
  lat         DOUBLE,
  lon         DOUBLE,
  velocity    DOUBLE,
  heading     DOUBLE,
  vert_rate   DOUBLE,
  callsign    VARCHAR,
  on_ground   BOOLEAN NOT NULL,
  squawk      VARCHAR,
  baro_alt    DOUBLE,
  geo_alt     DOUBLE,
  ingest      VARCHAR NOT NULL
);
-- One row per entity and origin (the dataset that states it): a list, a registry, an analyst's facts. Reading
-- merges the rows of an id as FollowTheMoney merges statements; a newer file of the same origin replaces its row.
CREATE TABLE IF NOT EXISTS entities (
  id          VARCHAR NOT NULL,
  origin      VARCHAR NOT NULL,
  schema      VARCHAR NOT NULL,
  caption     VARCHAR NOT NULL,
  json        VARCHAR NOT NULL,
  ingest      VARCHAR NOT NULL,
  PRIMARY KEY (id, origin)
);
CREATE TABLE IF NOT EXISTS entities_staging (  -- bulk loads pass through here (see Store.ingestEntities)
  id          VARCHAR NOT NULL,
  origin      VARCHAR NOT NULL,
  schema      VARCHAR NOT NULL,
  caption     VARCHAR NOT NULL,
  json        VARCHAR NOT NULL,
  ingest      VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS manifests (
  ingest      VARCHAR NOT NULL,
  line        INTEGER NOT NULL,
  source      VARCHAR NOT NULL,
  flight_date DATE NOT NULL,
  registration VARCHAR,
  callsign    VARCHAR,
  full_name   VARCHAR NOT NULL,
  role        VARCHAR NOT NULL,
  nationality VARCHAR,
  date_of_birth VARCHAR,
  PRIMARY KEY (ingest, line)
);
CREATE TABLE IF NOT EXISTS legs (  -- derived from positions, replaced whole on each rebuild
  id          VARCHAR NOT NULL,      -- unique by construction; no key: DuckDB refuses a key deleted and re-inserted in one transaction
  icao24      VARCHAR NOT NULL,
  callsign    VARCHAR,
  origin      VARCHAR,
  destination VARCHAR,
  departure   TIMESTAMP NOT NULL,
  arrival     TIMESTAMP NOT NULL,
  json        VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
  id          VARCHAR PRIMARY KEY,
  detector    VARCHAR NOT NULL,
  subject_type VARCHAR NOT NULL,
  subject_id  VARCHAR NOT NULL,
  case_id     VARCHAR NOT NULL,
  time        TIMESTAMP NOT NULL,
  severity    VARCHAR NOT NULL,
  score       DOUBLE NOT NULL,
  title       VARCHAR NOT NULL,
  json        VARCHAR NOT NULL,
  status      VARCHAR NOT NULL DEFAULT 'open',   -- open | acknowledged | dismissed | escalated
  status_reason VARCHAR,
  status_at   TIMESTAMP
);
CREATE TABLE IF NOT EXISTS screening_decisions (  -- an analyst's "not this person", honoured by later screenings
  decision_key VARCHAR PRIMARY KEY,
  name        VARCHAR NOT NULL,
  entity_id   VARCHAR NOT NULL,
  reason      VARCHAR,
  decided_at  TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS resolver_judgements (  -- analysts' "same party" / "different parties" across sources
  pair_key    VARCHAR PRIMARY KEY,
  kept_id     VARCHAR NOT NULL,
  other_id    VARCHAR NOT NULL,
  verdict     VARCHAR NOT NULL,                    -- same | not-same
  reason      VARCHAR NOT NULL,
  decided_at  TIMESTAMP NOT NULL
);
-- Who decided an alert (stores made before access control have none).
ALTER TABLE alerts ADD COLUMN IF NOT EXISTS status_by VARCHAR;
ALTER TABLE manifests ADD COLUMN IF NOT EXISTS declared_cargo_kg DOUBLE;
-- People who use the web page and the API, each with one role: viewer < analyst < admin. No passwords: each
-- user holds API tokens, kept as SHA-256 digests only (the token itself is shown once, when it is issued).
CREATE TABLE IF NOT EXISTS users (
  name        VARCHAR PRIMARY KEY,
  role        VARCHAR NOT NULL,      -- viewer | analyst | admin
  created_at  TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS api_tokens (
  digest      VARCHAR PRIMARY KEY,   -- hex SHA-256 of the token
  user_name   VARCHAR NOT NULL,
  created_at  TIMESTAMP NOT NULL
);
-- Every view of a person and every decision on an alert: who, when, what. Append-only.
CREATE SEQUENCE IF NOT EXISTS audit_seq;
CREATE TABLE IF NOT EXISTS audit_log (
  seq         BIGINT PRIMARY KEY DEFAULT nextval('audit_seq'),
  at          TIMESTAMP NOT NULL,
  user_name   VARCHAR NOT NULL,
  action      VARCHAR NOT NULL,      -- e.g. view-person, decide-alert, export-entities
  object_type VARCHAR NOT NULL,
  object_id   VARCHAR NOT NULL,
  detail      VARCHAR
);
