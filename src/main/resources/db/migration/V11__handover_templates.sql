-- The handover checklists (交接班检查表) per desk and shift, one row per version. A version is never
-- changed: an administrator's change adds the next version, and a handover keeps the id of the
-- version it was counted against, so an old handover still reads with the items it had.
-- Desk and shift are the codes of the handover settings. Times are UTC epoch milliseconds.

CREATE TABLE handover_template (
    id              TEXT    PRIMARY KEY,
    desk            TEXT    NOT NULL,
    shift           TEXT    NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    -- the lines as a JSON array of {code, name, expected, auto}: read and written whole, never queried inside
    items           TEXT    NOT NULL CHECK (json_valid(items) AND json_type(items) = 'array'),
    created_at      INTEGER NOT NULL,
    -- NULL when the program made the default version
    created_by      TEXT    REFERENCES staff (id),
    created_by_name TEXT    NOT NULL,
    UNIQUE (desk, shift, version)
);
