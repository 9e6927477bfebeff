-- Complaints (投诉) and the praise and suggestions heard with them, each case's timeline and the
-- call-backs after closing. Times are UTC epoch milliseconds; rows are never deleted. A case the
-- complainant does not accept ends as REOPENED and a new case carries it on (previous_id).

CREATE TABLE complaint (
    id                 TEXT    PRIMARY KEY,
    number             TEXT    NOT NULL UNIQUE,
    kind               TEXT    NOT NULL CHECK (kind IN ('COMPLAINT', 'PRAISE', 'SUGGESTION')),
    channel            TEXT    NOT NULL CHECK (channel IN ('PHONE', 'VISIT', 'EMAIL', 'ONLINE', 'LETTER')),
    received_at        INTEGER NOT NULL,
    taken_by           TEXT    NOT NULL REFERENCES staff (id),
    -- the complainant: a directory pick (room, person) or a name in words
    room_id            TEXT    REFERENCES room (id),
    occupant_id        TEXT    REFERENCES occupant (id),
    room_code          TEXT    COLLATE NOCASE,
    complainant        TEXT    NOT NULL,
    contact_phone      TEXT,
    subject            TEXT    NOT NULL,
    what_happened      TEXT,
    what_they_want     TEXT,
    category           TEXT    NOT NULL,
    nature             TEXT    CHECK (nature IN ('QUALITY', 'NON_QUALITY')),
    severity           TEXT    NOT NULL CHECK (severity IN ('NORMAL', 'SERIOUS', 'URGENT')),
    mood               TEXT    CHECK (mood IN ('GRIEVANCE', 'ANGER')),
    status             TEXT    NOT NULL CHECK (status IN ('OPEN', 'IN_HANDLING', 'ANSWERED', 'CLOSED', 'REOPENED',
                                                          'RECORDED')),
    -- the clocks, fixed at intake from the settings then (NULL for praise and suggestions)
    first_response_due INTEGER,
    resolution_due     INTEGER,
    -- when the case becomes (or became) overdue while still pending: the list's index
    next_due           INTEGER,
    acknowledged_at    INTEGER,
    acknowledged_how   TEXT,
    assignee_staff_id  TEXT    REFERENCES staff (id),
    assignee_name      TEXT,
    department         TEXT,
    answered_at        INTEGER,
    founded            INTEGER CHECK (founded IN (0, 1)),
    judgement          TEXT,
    cause              TEXT,
    corrective_action  TEXT,
    compensation       TEXT,
    answer             TEXT,
    answered_how       TEXT,
    closed_at          INTEGER,
    closed_how         TEXT,
    escalated_at       INTEGER,
    escalation_reason  TEXT    CHECK (escalation_reason IN ('ANGER', 'SERIOUS', 'URGENT', 'FIRST_RESPONSE_OVERDUE')),
    escalation_seen_at INTEGER,
    escalation_seen_by TEXT    REFERENCES staff (id),
    previous_id        TEXT    REFERENCES complaint (id),
    next_id            TEXT    REFERENCES complaint (id),
    called_back_at     INTEGER,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    deleted_at         INTEGER,
    CHECK (occupant_id IS NULL OR room_id IS NOT NULL),
    CHECK (kind = 'COMPLAINT' OR (status = 'RECORDED' AND first_response_due IS NULL)),
    CHECK (kind <> 'COMPLAINT' OR (status <> 'RECORDED' AND first_response_due IS NOT NULL
                                   AND resolution_due IS NOT NULL)),
    CHECK (status NOT IN ('ANSWERED', 'CLOSED', 'REOPENED') OR (answered_at IS NOT NULL AND founded IS NOT NULL
                                                                AND answer IS NOT NULL
                                                                AND acknowledged_at IS NOT NULL)),
    CHECK (status <> 'CLOSED' OR closed_at IS NOT NULL),
    CHECK (status <> 'REOPENED' OR (closed_at IS NOT NULL AND next_id IS NOT NULL)),
    CHECK ((escalated_at IS NULL) = (escalation_reason IS NULL))
);
CREATE INDEX complaint_by_time ON complaint (received_at DESC, id DESC);
-- the open list (received, in handling, answered and waiting for the complainant)
CREATE INDEX complaint_open ON complaint (received_at DESC, id DESC)
    WHERE status IN ('OPEN', 'IN_HANDLING', 'ANSWERED') AND deleted_at IS NULL;
CREATE INDEX complaint_by_assignee ON complaint (assignee_staff_id, received_at DESC, id DESC)
    WHERE status IN ('OPEN', 'IN_HANDLING', 'ANSWERED') AND deleted_at IS NULL;
CREATE INDEX complaint_by_due ON complaint (next_due, id) WHERE next_due IS NOT NULL;
-- the shift lead's escalations not yet taken notice of, and a first response overdue
CREATE INDEX complaint_escalated ON complaint (escalated_at DESC, id DESC)
    WHERE escalated_at IS NOT NULL AND escalation_seen_at IS NULL;
CREATE INDEX complaint_unacknowledged ON complaint (first_response_due, id)
    WHERE acknowledged_at IS NULL AND status IN ('OPEN', 'IN_HANDLING');
CREATE INDEX complaint_by_status ON complaint (status, received_at DESC, id DESC);
CREATE INDEX complaint_by_kind ON complaint (kind, received_at DESC, id DESC);
CREATE INDEX complaint_by_category ON complaint (category, received_at DESC, id DESC);
CREATE INDEX complaint_by_room_code ON complaint (room_code, received_at DESC, id DESC) WHERE room_code IS NOT NULL;
CREATE INDEX complaint_by_answered ON complaint (answered_at) WHERE answered_at IS NOT NULL;
CREATE INDEX complaint_to_call_back ON complaint (closed_at DESC, id DESC)
    WHERE status = 'CLOSED' AND called_back_at IS NULL;

CREATE TABLE complaint_event (
    id           TEXT    PRIMARY KEY,
    complaint_id TEXT    NOT NULL REFERENCES complaint (id),
    at           INTEGER NOT NULL,
    by_staff_id  TEXT    REFERENCES staff (id),
    by_name      TEXT,
    action       TEXT    NOT NULL CHECK (action IN ('TAKE', 'ACKNOWLEDGE', 'ASSIGN', 'NOTE', 'ANSWER', 'ACCEPT',
                                                    'REJECT', 'CALL_BACK', 'TAKE_NOTICE')),
    from_status  TEXT,
    to_status    TEXT    NOT NULL,
    note         TEXT
);
CREATE INDEX complaint_event_by_complaint ON complaint_event (complaint_id, at, id);

CREATE TABLE complaint_callback (
    id           TEXT    PRIMARY KEY,
    complaint_id TEXT    NOT NULL UNIQUE REFERENCES complaint (id),
    at           INTEGER NOT NULL,
    by_staff_id  TEXT    REFERENCES staff (id),
    attitude     TEXT    NOT NULL CHECK (attitude IN ('VERY_SATISFIED', 'SATISFIED', 'AVERAGE', 'POOR')),
    skill        TEXT    NOT NULL CHECK (skill IN ('VERY_SATISFIED', 'SATISFIED', 'AVERAGE', 'POOR')),
    arrival      TEXT    NOT NULL CHECK (arrival IN ('VERY_SATISFIED', 'SATISFIED', 'AVERAGE', 'POOR')),
    promises     TEXT    NOT NULL CHECK (promises IN ('VERY_SATISFIED', 'SATISFIED', 'AVERAGE', 'POOR')),
    feedback     TEXT    NOT NULL CHECK (feedback IN ('PRAISE', 'ACCEPTABLE', 'SUGGESTION', 'GRIEVANCE', 'ANGER')),
    note         TEXT
);
CREATE INDEX complaint_callback_by_time ON complaint_callback (at);
