-- Visitors: the visit register, the pool of temporary passes and the watchlist.
-- Times are UTC epoch milliseconds; rows are never deleted (deleted_at marks them).

CREATE TABLE visit (
    id               TEXT    PRIMARY KEY,
    number           TEXT    NOT NULL UNIQUE,
    visitor_name     TEXT    NOT NULL,
    phone            TEXT,
    -- last four digits of the phone, for "returning visitor" look-ups
    phone_tail       TEXT,
    id_type          TEXT    CHECK (id_type IN ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT',
                                                'DRIVING_LICENCE', 'OTHER')),
    id_last4         TEXT,
    -- SHA-256 of the site's salt and the normalised ID number (hex); matches the watchlist
    id_hash          TEXT,
    -- the whole ID number only when the site turned full storage on
    id_full          TEXT,
    company          TEXT,
    head_count       INTEGER NOT NULL DEFAULT 1 CHECK (head_count >= 1),
    purpose          TEXT    NOT NULL CHECK (purpose IN ('VISIT', 'INTERVIEW', 'DELIVERY', 'CONTRACTOR', 'MEETING',
                                                         'SALES', 'OTHER')),
    host_room_id     TEXT    REFERENCES room (id),
    host_occupant_id TEXT    REFERENCES occupant (id),
    host_text        TEXT,
    verification     TEXT    NOT NULL CHECK (verification IN ('CONFIRMED', 'NO_ANSWER', 'REFUSED')),
    verified_at      INTEGER NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('WAITING', 'ON_SITE', 'REFUSED', 'CHECKED_OUT')),
    pass_no          TEXT,
    plate            TEXT,
    note             TEXT,
    job_size         TEXT    CHECK (job_size IN ('SMALL', 'MEDIUM', 'LARGE')),
    engineering_note TEXT,
    approval_ref     TEXT,
    -- when the visitor registered at the desk; set again when a waiting visitor is let in
    checked_in_at    INTEGER NOT NULL,
    checked_out_at   INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted_at       INTEGER,
    CHECK (host_room_id IS NOT NULL OR host_text IS NOT NULL),
    CHECK (host_occupant_id IS NULL OR host_room_id IS NOT NULL)
);
-- on-site and waiting lists: WHERE status = ? AND (checked_in_at, id) > (?, ?) ORDER BY checked_in_at, id
CREATE INDEX visit_by_status ON visit (status, checked_in_at, id);
-- history: keyset (checked_in_at DESC, id DESC), optionally by purpose or host room
CREATE INDEX visit_by_time ON visit (checked_in_at DESC, id DESC);
CREATE INDEX visit_by_purpose ON visit (purpose, checked_in_at DESC, id DESC);
CREATE INDEX visit_by_host_room ON visit (host_room_id, checked_in_at DESC, id DESC);
CREATE INDEX visit_by_phone_tail ON visit (phone_tail, checked_in_at DESC);
CREATE INDEX visit_by_name ON visit (visitor_name, checked_in_at DESC);
-- a pass can be out with one open visit only
CREATE UNIQUE INDEX visit_open_pass ON visit (pass_no)
    WHERE status IN ('WAITING', 'ON_SITE') AND pass_no IS NOT NULL;

-- The pool of temporary passes the desk hands out.
CREATE TABLE visitor_pass (
    pass_no    TEXT    PRIMARY KEY COLLATE NOCASE,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- People the desk must not let in without a shift lead's override.
CREATE TABLE watchlist (
    id         TEXT    PRIMARY KEY,
    name       TEXT,
    phone      TEXT,
    id_hash    TEXT,
    reason     TEXT    NOT NULL,
    added_by   TEXT    REFERENCES staff (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    CHECK (phone IS NOT NULL OR id_hash IS NOT NULL)
);
CREATE INDEX watchlist_by_phone ON watchlist (phone) WHERE deleted_at IS NULL;
CREATE INDEX watchlist_by_id_hash ON watchlist (id_hash) WHERE deleted_at IS NULL;
