// The admin console (administrators, sessions), what PCs report at sync, and the update feed.
import { type Migration, runScript } from './migration';

const SCRIPT = `
CREATE TABLE console_admins (
  login TEXT PRIMARY KEY, password_hash TEXT NOT NULL, district_code TEXT, created_at TEXT NOT NULL,
  failed_count INTEGER NOT NULL DEFAULT 0, locked_until TEXT);
CREATE TABLE console_sessions (
  id_hash TEXT PRIMARY KEY, login TEXT NOT NULL, csrf TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE TABLE device_reports (
  device_id TEXT PRIMARY KEY, seen_at TEXT NOT NULL, reported_at TEXT, app_version TEXT, pending_events INTEGER,
  client_error TEXT, clock_skew_ms BIGINT, server_error TEXT, server_error_at TEXT);
CREATE TABLE update_releases (
  version TEXT PRIMARY KEY, yml TEXT NOT NULL, file_name TEXT NOT NULL, sha512 TEXT NOT NULL, size BIGINT NOT NULL,
  uploaded_at TEXT NOT NULL, complete INTEGER NOT NULL DEFAULT 0);
CREATE TABLE update_rollouts (district_code TEXT PRIMARY KEY, version TEXT NOT NULL, rolled_out_at TEXT NOT NULL)
`;

export const consoleTables: Migration = {
  version: 4,
  name: 'console',
  up: (db) => runScript(db, SCRIPT),
};
