-- Repairs (报修): the repair book, each repair's timeline, the call-backs and the contractor visits
-- that served a repair. Times are UTC epoch milliseconds; rows are never deleted.

CREATE TABLE repair (
    id                TEXT    PRIMARY KEY,
    number            TEXT    NOT NULL UNIQUE,
    channel           TEXT    NOT NULL CHECK (channel IN ('PHONE', 'VISIT', 'ONLINE', 'PATROL')),
    -- the place: a room or public location from the directory (and a person in it), or words
    room_id           TEXT    REFERENCES room (id),
    occupant_id       TEXT    REFERENCES occupant (id),
    location_text     TEXT    NOT NULL,
    room_code         TEXT    COLLATE NOCASE,
    reporter_name     TEXT    NOT NULL,
    reporter_phone    TEXT,
    category          TEXT    NOT NULL,
    description       TEXT    NOT NULL,
    priority          TEXT    NOT NULL CHECK (priority IN ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    status            TEXT    NOT NULL CHECK (status IN ('NEW', 'DISPATCHED', 'IN_PROGRESS', 'ON_HOLD', 'DONE',
                                                         'CALLED_BACK', 'CLOSED', 'CANCELLED')),
    reported_at       INTEGER NOT NULL,
    reported_by       TEXT    NOT NULL REFERENCES staff (id),
    -- the deadline of the priority at intake (NULL: by agreement), and the time on hold
    respond_hours     INTEGER CHECK (respond_hours > 0),
    fix_hours         INTEGER CHECK (fix_hours > 0),
    held_ms           INTEGER NOT NULL DEFAULT 0 CHECK (held_ms >= 0),
    hold_since        INTEGER,
    hold_reason       TEXT    CHECK (hold_reason IN ('WAITING_VENDOR', 'WAITING_PARTS', 'WAITING_OWNER')),
    hold_note         TEXT,
    -- when a pending repair becomes overdue (RepairClock.nextDue); NULL when nothing can make it so
    next_due          INTEGER,
    responded_at      INTEGER,
    fixed_at          INTEGER,
    -- dispatch
    fixer_kind        TEXT    CHECK (fixer_kind IN ('IN_HOUSE', 'MANUFACTURER', 'BUILDER', 'UTILITY', 'VENDOR')),
    vendor            TEXT,
    assignee_staff_id TEXT    REFERENCES staff (id),
    assignee_name     TEXT,
    appointment_at    INTEGER,
    -- completion
    service_kind      TEXT    CHECK (service_kind IN ('PAID', 'CONTRACT', 'FREE', 'INTERNAL')),
    labour            TEXT,
    parts             TEXT,
    cost_cents        INTEGER CHECK (cost_cents >= 0),
    payer             TEXT    CHECK (payer IN ('OWNER', 'PROPERTY', 'MANUFACTURER', 'OTHER')),
    signature_id      TEXT    REFERENCES signature (id),
    escalated_at      INTEGER,
    closed_at         INTEGER,
    end_reason        TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    deleted_at        INTEGER,
    CHECK (occupant_id IS NULL OR room_id IS NOT NULL),
    CHECK ((status = 'ON_HOLD') = (hold_since IS NOT NULL)),
    CHECK ((status = 'ON_HOLD') = (hold_reason IS NOT NULL)),
    CHECK (status NOT IN ('DISPATCHED', 'IN_PROGRESS', 'ON_HOLD') OR (fixer_kind IS NOT NULL
                                                                       AND responded_at IS NOT NULL)),
    CHECK (status NOT IN ('DONE', 'CALLED_BACK', 'CLOSED') OR (fixed_at IS NOT NULL AND signature_id IS NOT NULL
                                                                AND service_kind IS NOT NULL
                                                                AND cost_cents IS NOT NULL)),
    CHECK (status IN ('DONE', 'CALLED_BACK', 'CLOSED') OR fixed_at IS NULL),
    CHECK (status NOT IN ('CLOSED', 'CANCELLED') OR closed_at IS NOT NULL),
    CHECK (status <> 'CANCELLED' OR end_reason IS NOT NULL)
);
-- the search with no text, and the walk for words of the description: newest first
CREATE INDEX repair_by_time ON repair (reported_at DESC, id DESC);
-- the open list and countOpen
CREATE INDEX repair_open ON repair (reported_at DESC, id DESC)
    WHERE status NOT IN ('CLOSED', 'CANCELLED') AND deleted_at IS NULL;
-- mine: the open repairs assigned to a staff member
CREATE INDEX repair_by_assignee ON repair (assignee_staff_id, reported_at DESC, id DESC)
    WHERE status NOT IN ('CLOSED', 'CANCELLED') AND deleted_at IS NULL;
-- overdue: next_due < now, most overdue first; countOverdue
CREATE INDEX repair_by_due ON repair (next_due, id) WHERE next_due IS NOT NULL;
-- waiting for a vendor (parts, the owner): hold_reason is set only while on hold
CREATE INDEX repair_by_hold ON repair (hold_reason, reported_at DESC, id DESC) WHERE hold_reason IS NOT NULL;
-- the search's status filter, countOnHold
CREATE INDEX repair_by_status ON repair (status, reported_at DESC, id DESC);
-- by category
CREATE INDEX repair_by_category ON repair (category, reported_at DESC, id DESC);
-- a room's repairs, and the search by the start of a room code (NOCASE, so LIKE 'prefix%' is a range)
CREATE INDEX repair_by_room ON repair (room_id, reported_at DESC, id DESC);
CREATE INDEX repair_by_room_code ON repair (room_code, reported_at DESC, id DESC) WHERE room_code IS NOT NULL;
-- the figures: done per month, the time to fix
CREATE INDEX repair_by_fixed ON repair (fixed_at) WHERE fixed_at IS NOT NULL;
-- the shift lead's escalations
CREATE INDEX repair_escalated ON repair (escalated_at DESC, id DESC) WHERE escalated_at IS NOT NULL;

-- Every step of a repair: intake, dispatch, transfer (转单), return (退单), hold, completion ...
CREATE TABLE repair_event (
    id          TEXT    PRIMARY KEY,
    repair_id   TEXT    NOT NULL REFERENCES repair (id),
    at          INTEGER NOT NULL,
    by_staff_id TEXT    REFERENCES staff (id),
    by_name     TEXT,
    action      TEXT    NOT NULL CHECK (action IN ('TAKE', 'DISPATCH', 'TRANSFER', 'RETURN', 'START', 'HOLD', 'RESUME',
                                                   'COMPLETE', 'CALL_BACK', 'CLOSE', 'REOPEN', 'CANCEL')),
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    hold_reason TEXT,
    -- who it went to, on a dispatch, a transfer or a reopen
    fixer_kind  TEXT,
    vendor      TEXT,
    assignee    TEXT,
    note        TEXT,
    CHECK (to_status <> 'ON_HOLD' OR hold_reason IS NOT NULL)
);
-- a repair's timeline, and its status at a month's end for the figures
CREATE INDEX repair_event_by_repair ON repair_event (repair_id, at, id);

-- The call-backs (回访): a repair reopened and done again is called back again.
CREATE TABLE repair_callback (
    id          TEXT    PRIMARY KEY,
    repair_id   TEXT    NOT NULL REFERENCES repair (id),
    at          INTEGER NOT NULL,
    by_staff_id TEXT    REFERENCES staff (id),
    attitude    TEXT    NOT NULL CHECK (attitude IN ('VERY_SATISFIED', 'SATISFIED', 'AVERAGE', 'POOR')),
    skill       TEXT    NOT NULL CHECK (skill IN ('VERY_SATISFIED', 'SATISFIED', 'AVERAGE', 'POOR')),
    arrival     TEXT    NOT NULL CHECK (arrival IN ('VERY_SATISFIED', 'SATISFIED', 'AVERAGE', 'POOR')),
    promises    TEXT    NOT NULL CHECK (promises IN ('VERY_SATISFIED', 'SATISFIED', 'AVERAGE', 'POOR')),
    feedback    TEXT    NOT NULL CHECK (feedback IN ('PRAISE', 'ACCEPTABLE', 'SUGGESTION', 'GRIEVANCE', 'ANGER')),
    note        TEXT,
    escalated   INTEGER NOT NULL CHECK (escalated IN (0, 1))
);
CREATE INDEX repair_callback_by_repair ON repair_callback (repair_id, at);
-- the figures: call-backs per month
CREATE INDEX repair_callback_by_time ON repair_callback (at);

-- A contractor's visit (visitors module) that served a repair.
CREATE TABLE repair_visit (
    id         TEXT    PRIMARY KEY,
    repair_id  TEXT    NOT NULL REFERENCES repair (id),
    visit_id   TEXT    NOT NULL REFERENCES visit (id),
    linked_at  INTEGER NOT NULL,
    linked_by  TEXT    REFERENCES staff (id),
    UNIQUE (repair_id, visit_id)
);
CREATE INDEX repair_visit_by_visit ON repair_visit (visit_id);
