-- Photos on repairs (报修照片). The image itself lives in the data folder; the row names it by a
-- path relative to that folder, so the folder can move to another disk or PC as a whole.
-- A removed photo is marked, never deleted, and its file stays.
CREATE TABLE repair_photo (
    id            TEXT    PRIMARY KEY,
    repair_id     TEXT    NOT NULL REFERENCES repair (id),
    -- e.g. photos/repairs/2026/11/<id>.jpg, always with '/'
    file          TEXT    NOT NULL UNIQUE,
    original_name TEXT    NOT NULL,
    media_type    TEXT    NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    size_bytes    INTEGER NOT NULL CHECK (size_bytes > 0),
    sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
    added_at      INTEGER NOT NULL,
    added_by      TEXT    NOT NULL REFERENCES staff (id),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted_at    INTEGER
);
-- a repair's photos, oldest first
CREATE INDEX repair_photo_by_repair ON repair_photo (repair_id, added_at, id) WHERE deleted_at IS NULL;
-- the same picture is attached to a repair once (while it is not removed)
CREATE UNIQUE INDEX repair_photo_once ON repair_photo (repair_id, sha256) WHERE deleted_at IS NULL;
