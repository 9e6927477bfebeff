-- Head-office sync (issue 10): which outbox fields are personal data, the batches sent and the runs.

-- The outbox keeps records whole; the export masks them. Which fields are personal data is known
-- from the record type (@PersonalData), which the outbox row did not keep: from now on the write
-- helper stores it beside the payload as {"field": "PHONE" | "ID_NUMBER"} (NULL when none).
ALTER TABLE outbox ADD COLUMN personal TEXT;

-- Rows written before this version: the record types' personal fields as they are at version 14.
UPDATE outbox SET personal = CASE entity
    WHEN 'staff'     THEN '{"phone":"PHONE"}'
    WHEN 'occupant'  THEN '{"phones":"PHONE"}'
    WHEN 'visit'     THEN '{"idFull":"ID_NUMBER","phone":"PHONE"}'
    WHEN 'watchlist' THEN '{"phone":"PHONE"}'
    WHEN 'deposit'   THEN '{"depositorPhone":"PHONE"}'
    WHEN 'parcel'    THEN '{"collectorPhone":"PHONE"}'
    WHEN 'lost_item' THEN '{"claimantPhone":"PHONE"}'
    WHEN 'repair'    THEN '{"reporterPhone":"PHONE"}'
    WHEN 'complaint' THEN '{"contactPhone":"PHONE"}'
END;

-- The full export asks, for each row, whether a later row of the same record exists.
CREATE INDEX outbox_by_record ON outbox (entity, entity_id, seq);

-- One row per batch id. Written without the write helper: sync bookkeeping is neither a record
-- head office holds nor an event of the audit log (or every export would make new changes).
CREATE TABLE sync_batch (
    id             TEXT    PRIMARY KEY,
    kind           TEXT    NOT NULL CHECK (kind IN ('CHANGES', 'FULL')),
    first_seq      INTEGER NOT NULL,
    last_seq       INTEGER NOT NULL,
    record_count   INTEGER NOT NULL,
    personal_full  INTEGER NOT NULL CHECK (personal_full IN (0, 1)),
    sha256         TEXT    NOT NULL,
    size           INTEGER NOT NULL,
    target         TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('PENDING', 'ACKNOWLEDGED', 'FAILED')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    first_tried_at INTEGER NOT NULL,
    last_tried_at  INTEGER NOT NULL,
    acked_at       INTEGER
);
CREATE INDEX sync_batch_by_time ON sync_batch (last_tried_at DESC, id DESC);
CREATE INDEX sync_batch_acked_changes ON sync_batch (kind, status, last_seq);

-- One row per export run (automatic, "send now", full export, command line): the failures
-- screen lists the failed ones with their reasons.
CREATE TABLE sync_run (
    id          TEXT    PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    trigger     TEXT    NOT NULL CHECK (trigger IN ('AUTO', 'MANUAL', 'FULL', 'COMMAND')),
    target      TEXT    NOT NULL,
    batches     INTEGER NOT NULL,
    records     INTEGER NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('OK', 'RETRY_LATER', 'STOPPED')),
    reason_key  TEXT,
    detail      TEXT
);
CREATE INDEX sync_run_by_time ON sync_run (started_at DESC, id DESC);
CREATE INDEX sync_run_failures ON sync_run (outcome, started_at DESC, id DESC);
