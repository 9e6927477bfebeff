-- Unit directory: buildings, units (entrances), rooms and public locations, occupants.
-- Rows are never deleted: deleted_at marks them (moved-out occupants keep moved_out = 1).

CREATE TABLE building (
    id         TEXT    PRIMARY KEY,
    code       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE UNIQUE INDEX building_code ON building (code) WHERE deleted_at IS NULL;

CREATE TABLE unit (
    id          TEXT    PRIMARY KEY,
    building_id TEXT    NOT NULL REFERENCES building (id),
    code        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE UNIQUE INDEX unit_code ON unit (building_id, code) WHERE deleted_at IS NULL;

-- A room (1-2-1503, T-17F-1701) or a public location (lobby, garage B1): both are places
-- a repair, a visit or a parcel can point at.
CREATE TABLE room (
    id          TEXT    PRIMARY KEY,
    building_id TEXT    REFERENCES building (id),
    unit_id     TEXT    REFERENCES unit (id),
    floor       TEXT,
    number      TEXT    NOT NULL,
    code        TEXT    NOT NULL COLLATE NOCASE,
    -- the code with its numbers zero-padded, so 1-1-101 sorts before 1-1-1001
    sort_key    TEXT    NOT NULL,
    public_area INTEGER NOT NULL DEFAULT 0 CHECK (public_area IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE UNIQUE INDEX room_code ON room (code) WHERE deleted_at IS NULL;
CREATE INDEX room_by_unit ON room (building_id, unit_id, sort_key, id);
CREATE INDEX room_by_building ON room (building_id, sort_key, id);
CREATE INDEX room_by_number ON room (number);

CREATE TABLE occupant (
    id             TEXT    PRIMARY KEY,
    room_id        TEXT    NOT NULL REFERENCES room (id),
    name           TEXT    NOT NULL,
    initials       TEXT    NOT NULL COLLATE NOCASE,
    kind           TEXT    NOT NULL CHECK (kind IN ('OWNER', 'TENANT', 'MEMBER', 'COMPANY')),
    company        TEXT,
    phone1         TEXT,
    phone2         TEXT,
    phone3         TEXT,
    tail1          TEXT,
    tail2          TEXT,
    tail3          TEXT,
    note           TEXT,
    moved_out      INTEGER NOT NULL DEFAULT 0 CHECK (moved_out IN (0, 1)),
    parcel_consent TEXT    NOT NULL DEFAULT 'UNKNOWN' CHECK (parcel_consent IN ('UNKNOWN', 'YES', 'NO')),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted_at     INTEGER
);
CREATE INDEX occupant_by_room ON occupant (room_id, name);
CREATE INDEX occupant_by_initials ON occupant (initials);

-- Up to three phones per occupant, each with its last four digits indexed for "phone tail" search.
CREATE INDEX occupant_by_tail1 ON occupant (tail1);
CREATE INDEX occupant_by_tail2 ON occupant (tail2);
CREATE INDEX occupant_by_tail3 ON occupant (tail3);
