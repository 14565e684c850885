// The tables of the first release, in the SQL both SQLite and PostgreSQL accept.
import { type Migration, runScript } from './migration';

const SCRIPT = `
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) VALUES ('serverSeq', 0);
CREATE TABLE districts (code TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE offices (
  code TEXT PRIMARY KEY, name TEXT NOT NULL, district_code TEXT NOT NULL REFERENCES districts(code), created_at TEXT NOT NULL);
CREATE TABLE enrollment_codes (
  code_hash TEXT PRIMARY KEY, office_code TEXT, district_code TEXT NOT NULL,
  expires_at TEXT NOT NULL, used_at TEXT, used_by TEXT);
CREATE TABLE devices (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, office_code TEXT, district_code TEXT NOT NULL, letter TEXT NOT NULL,
  name TEXT, token_hash TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL, revoked_at TEXT, last_seen_at TEXT);
CREATE TABLE cases (
  case_id TEXT PRIMARY KEY, office_code TEXT NOT NULL, district_code TEXT, relay_attachments TEXT, delivered_seq BIGINT);
CREATE INDEX cases_district ON cases (district_code, delivered_seq);
CREATE TABLE events (
  server_seq BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, case_id TEXT NOT NULL, device_id TEXT NOT NULL, seq BIGINT NOT NULL,
  owner_office TEXT NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL, UNIQUE (device_id, seq));
CREATE INDEX events_owner ON events (owner_office, server_seq);
CREATE INDEX events_case ON events (case_id, server_seq);
CREATE TABLE attachments (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, received_at TEXT NOT NULL, device_id TEXT NOT NULL);
CREATE TABLE case_attachments (case_id TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (case_id, sha256));
CREATE INDEX case_attachments_sha ON case_attachments (sha256);
CREATE TABLE publications (
  server_seq BIGINT PRIMARY KEY, kind TEXT NOT NULL, version TEXT NOT NULL, data TEXT NOT NULL, published_at TEXT NOT NULL,
  UNIQUE (kind, version));
`;

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => runScript(db, SCRIPT),
};
