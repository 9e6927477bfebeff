-- The handover book (交接班): one handover per desk and change of shift, its counted checklist,
-- and the notes for the next shift. Times are UTC epoch milliseconds; rows are never deleted.
-- Once the outgoing side has signed, the content is sealed: seal_sha256 covers it and the
-- previous handover of the desk (previous_sha256), content_sha256 adds the later signatures.
-- The triggers below are a second guard after HandoverService; they stop careless SQL, not a
-- determined one (HandoverChain finds that).

CREATE TABLE handover (
    id                  TEXT    PRIMARY KEY,
    number              TEXT    NOT NULL UNIQUE,
    desk                TEXT    NOT NULL,
    shift               TEXT    NOT NULL,
    -- the site's day the handover was started on, for the dashboard's "is this shift's done"
    day                 TEXT    NOT NULL,
    -- no foreign key: the templates live in another module's table and keep every version
    template_id         TEXT    NOT NULL,
    template_version    INTEGER NOT NULL,
    started_at          INTEGER NOT NULL,
    outgoing_staff_id   TEXT    NOT NULL REFERENCES staff (id),
    outgoing_name       TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('DRAFT', 'OUTGOING_SIGNED', 'INCOMING_SIGNED', 'REFUSED',
                                                           'COUNTERSIGNED')),
    outgoing_signed_at  INTEGER,
    -- the incoming staff member who signed or refused, and when
    incoming_staff_id   TEXT    REFERENCES staff (id),
    incoming_name       TEXT,
    incoming_at         INTEGER,
    refusal_reason      TEXT,
    lead_staff_id       TEXT    REFERENCES staff (id),
    lead_name           TEXT,
    countersigned_at    INTEGER,
    previous_number     TEXT,
    previous_sha256     TEXT,
    seal_sha256         TEXT,
    content_sha256      TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    CHECK ((status = 'DRAFT') = (outgoing_signed_at IS NULL)),
    CHECK (status = 'DRAFT' OR (seal_sha256 IS NOT NULL AND content_sha256 IS NOT NULL)),
    CHECK (status NOT IN ('INCOMING_SIGNED', 'REFUSED', 'COUNTERSIGNED') OR incoming_at IS NOT NULL),
    CHECK ((status = 'REFUSED' OR (status = 'COUNTERSIGNED' AND refusal_reason IS NOT NULL))
           = (refusal_reason IS NOT NULL)),
    CHECK ((status = 'COUNTERSIGNED') = (countersigned_at IS NOT NULL)),
    CHECK (incoming_staff_id IS NULL OR incoming_staff_id <> outgoing_staff_id),
    CHECK (lead_staff_id IS NULL OR (lead_staff_id <> outgoing_staff_id AND lead_staff_id <> incoming_staff_id))
);
-- one open draft per desk
CREATE UNIQUE INDEX handover_one_draft ON handover (desk) WHERE status = 'DRAFT';
CREATE INDEX handover_by_time ON handover (started_at DESC, id DESC);
CREATE INDEX handover_by_desk ON handover (desk, started_at DESC, id DESC);
-- the chain of a desk, in the order the handovers were sealed
CREATE INDEX handover_chain ON handover (desk, outgoing_signed_at, id) WHERE outgoing_signed_at IS NOT NULL;
CREATE INDEX handover_by_shift_day ON handover (desk, shift, day);
CREATE INDEX handover_refused ON handover (incoming_at DESC, id DESC) WHERE status = 'REFUSED';

CREATE TABLE handover_item (
    id           TEXT    PRIMARY KEY,
    handover_id  TEXT    NOT NULL REFERENCES handover (id),
    position     INTEGER NOT NULL,
    code         TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    -- NULL on a line the program counts: there is nothing to expect
    expected     INTEGER CHECK (expected >= 0),
    counted      INTEGER CHECK (counted >= 0),
    condition    TEXT    CHECK (condition IN ('GOOD', 'DAMAGED', 'MISSING')),
    note         TEXT,
    auto_source  TEXT    CHECK (auto_source IN ('VISITORS_ON_SITE', 'PASSES_OUT', 'PARCELS_HELD', 'PARCELS_OVERDUE',
                                                'DEPOSITS_HELD', 'LOST_ITEMS_HELD', 'REPAIRS_OPEN', 'REPAIRS_OVERDUE',
                                                'COMPLAINTS_OPEN', 'COMPLAINTS_OVERDUE',
                                                'COMPLAINTS_TO_CALL_BACK')),
    -- the list behind an automatic count, one line per record
    auto_detail  TEXT,
    UNIQUE (handover_id, position),
    UNIQUE (handover_id, code),
    CHECK ((auto_source IS NULL) = (expected IS NOT NULL))
);

CREATE TABLE handover_note (
    id               TEXT    PRIMARY KEY,
    desk             TEXT    NOT NULL,
    handover_id      TEXT    NOT NULL REFERENCES handover (id),
    text             TEXT    NOT NULL,
    priority         TEXT    NOT NULL CHECK (priority IN ('HIGH', 'NORMAL', 'LOW')),
    created_by       TEXT    NOT NULL REFERENCES staff (id),
    created_by_name  TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    done_at          INTEGER,
    done_by          TEXT    REFERENCES staff (id),
    done_by_name     TEXT,
    CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX handover_note_by_handover ON handover_note (handover_id, created_at, id);
-- the open notes a desk carries from shift to shift
CREATE INDEX handover_note_open ON handover_note (desk, created_at, id) WHERE done_at IS NULL;
CREATE INDEX handover_note_by_desk ON handover_note (desk, done_at, created_at, id);

-- The notes a handover showed when its outgoing side signed (its own and the ones carried in):
-- a snapshot, so the sealed content does not depend on notes being marked done later.
CREATE TABLE handover_shown_note (
    handover_id TEXT NOT NULL REFERENCES handover (id),
    note_id     TEXT NOT NULL REFERENCES handover_note (id),
    PRIMARY KEY (handover_id, note_id)
) WITHOUT ROWID;

CREATE TRIGGER handover_item_sealed_update BEFORE UPDATE ON handover_item
    WHEN (SELECT status FROM handover WHERE id = OLD.handover_id) <> 'DRAFT'
BEGIN
    SELECT RAISE(ABORT, 'handover signed: its items cannot change');
END;
CREATE TRIGGER handover_item_sealed_insert BEFORE INSERT ON handover_item
    WHEN (SELECT status FROM handover WHERE id = NEW.handover_id) <> 'DRAFT'
BEGIN
    SELECT RAISE(ABORT, 'handover signed: its items cannot change');
END;
CREATE TRIGGER handover_item_no_delete BEFORE DELETE ON handover_item
BEGIN
    SELECT RAISE(ABORT, 'handover items are never deleted');
END;
CREATE TRIGGER handover_no_delete BEFORE DELETE ON handover
BEGIN
    SELECT RAISE(ABORT, 'handovers are never deleted');
END;
CREATE TRIGGER handover_sealed_update BEFORE UPDATE OF id, number, desk, shift, day, template_id, template_version,
        started_at, outgoing_staff_id, outgoing_name, outgoing_signed_at, previous_number, previous_sha256,
        seal_sha256, created_at ON handover
    WHEN OLD.status <> 'DRAFT'
BEGIN
    SELECT RAISE(ABORT, 'handover signed: its sealed content cannot change');
END;
CREATE TRIGGER handover_note_fixed BEFORE UPDATE OF id, desk, handover_id, text, priority, created_by,
        created_by_name, created_at ON handover_note
BEGIN
    SELECT RAISE(ABORT, 'a handover note is never rewritten');
END;
CREATE TRIGGER handover_shown_note_fixed BEFORE DELETE ON handover_shown_note
BEGIN
    SELECT RAISE(ABORT, 'the notes a signed handover showed are kept');
END;
