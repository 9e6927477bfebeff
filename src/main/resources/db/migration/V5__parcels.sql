-- Parcels: the shelves of the parcel room, the signatures collectors draw, and the parcels.
-- Times are UTC epoch milliseconds; rows are never deleted (deleted_at marks them).

-- Shelves (货架) the desk stores parcels and items on, defined in Settings.
CREATE TABLE shelf (
    code       TEXT    PRIMARY KEY COLLATE NOCASE,
    name       TEXT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- A signature as the collector drew it (a PNG), or their typed name when there is no pad.
CREATE TABLE signature (
    id          TEXT    PRIMARY KEY,
    signer_name TEXT    NOT NULL,
    png         BLOB,
    sha256      TEXT,
    created_at  INTEGER NOT NULL,
    CHECK ((png IS NULL) = (sha256 IS NULL))
);

CREATE TABLE parcel (
    id                    TEXT    PRIMARY KEY,
    number                TEXT    NOT NULL UNIQUE,
    tracking_no           TEXT    NOT NULL,
    carrier               TEXT    NOT NULL CHECK (carrier IN ('SF', 'JD', 'EMS', 'ZTO', 'YTO', 'STO', 'YUNDA', 'JT',
                                                              'OTHER')),
    recipient_room_id     TEXT    REFERENCES room (id),
    recipient_occupant_id TEXT    REFERENCES occupant (id),
    recipient_text        TEXT    NOT NULL,
    pieces                INTEGER NOT NULL DEFAULT 1 CHECK (pieces BETWEEN 1 AND 99),
    size                  TEXT    NOT NULL CHECK (size IN ('SMALL', 'MEDIUM', 'LARGE', 'PERISHABLE')),
    shelf_code            TEXT    REFERENCES shelf (code),
    courier_phoned        INTEGER NOT NULL CHECK (courier_phoned IN (0, 1)),
    note                  TEXT,
    status                TEXT    NOT NULL CHECK (status IN ('HELD', 'PICKED_UP', 'RETURNED', 'TAKEN_UP')),
    received_at           INTEGER NOT NULL,
    received_by           TEXT    REFERENCES staff (id),
    notified_at           INTEGER,
    notice_method         TEXT    CHECK (notice_method IN ('PHONE', 'SMS', 'MESSAGE')),
    notified_by           TEXT    REFERENCES staff (id),
    -- how the parcel left the desk: picked up, returned to the courier, taken up by security
    closed_at             INTEGER,
    closed_by             TEXT    REFERENCES staff (id),
    collector_name        TEXT,
    collector_phone       TEXT,
    proxy                 INTEGER NOT NULL DEFAULT 0 CHECK (proxy IN (0, 1)),
    signature_id          TEXT    REFERENCES signature (id),
    end_reason            TEXT,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    deleted_at            INTEGER,
    CHECK (recipient_occupant_id IS NULL OR recipient_room_id IS NOT NULL),
    CHECK (status = 'HELD' OR closed_at IS NOT NULL),
    CHECK (status <> 'PICKED_UP' OR (collector_name IS NOT NULL AND signature_id IS NOT NULL)),
    CHECK (proxy = 0 OR collector_phone IS NOT NULL),
    CHECK ((notified_at IS NULL) = (notice_method IS NULL))
);
-- held list, ageing and the not-yet-notified list (a few hundred parcels are held at most):
-- WHERE status = 'HELD' ORDER BY received_at, id
CREATE INDEX parcel_by_status ON parcel (status, received_at, id);
-- scanning a tracking number at intake (duplicates) and at pickup
CREATE INDEX parcel_by_tracking ON parcel (tracking_no, status, received_at, id);
-- a recipient's parcels at pickup (status first: SQLite then takes it over parcel_by_status)
CREATE INDEX parcel_held_by_room ON parcel (status, recipient_room_id, received_at, id);
-- history of one room
CREATE INDEX parcel_by_room ON parcel (recipient_room_id, received_at DESC, id DESC);
-- history: keyset (received_at DESC, id DESC)
CREATE INDEX parcel_by_time ON parcel (received_at DESC, id DESC);
-- the shelf view
CREATE INDEX parcel_by_shelf ON parcel (shelf_code, status, received_at);
