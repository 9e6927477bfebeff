-- Foundation: the site, its staff, settings, the audit log, the outbox and the day counters.
-- Times are UTC instants as epoch milliseconds; ids are time-ordered UUID strings.

CREATE TABLE site (
    id         TEXT    PRIMARY KEY,
    singleton  INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    code       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    zone_id    TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('OFFICE_TOWER', 'RESIDENTIAL')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE staff (
    id              TEXT    PRIMARY KEY,
    employee_no     TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('RECEPTIONIST', 'AGENT', 'SHIFT_LEAD', 'ADMINISTRATOR')),
    phone           TEXT,
    password_hash   TEXT    NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);

CREATE TABLE setting (
    key        TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id         TEXT    PRIMARY KEY,
    at         INTEGER NOT NULL,
    actor_id   TEXT,
    actor_name TEXT    NOT NULL,
    entity     TEXT    NOT NULL,
    entity_id  TEXT,
    action     TEXT    NOT NULL,
    changes    TEXT
);
CREATE INDEX audit_log_by_time   ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_by_actor  ON audit_log (actor_id, at DESC, id DESC);
CREATE INDEX audit_log_by_entity ON audit_log (entity, at DESC, id DESC);

-- The audit log is evidence: rows are only ever added.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT    NOT NULL,
    entity_id  TEXT    NOT NULL,
    op         TEXT    NOT NULL CHECK (op IN ('upsert', 'delete')),
    payload    TEXT    NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT
);

CREATE TABLE number_counter (
    prefix TEXT    NOT NULL,
    day    TEXT    NOT NULL,
    last   INTEGER NOT NULL,
    PRIMARY KEY (prefix, day)
) WITHOUT ROWID;
