-- The standard phrases (规范用语): what the desk says, in Chinese and English, with placeholders
-- ({称呼|您}) and includes of other phrases ({>code}). Rows are never deleted: a removed phrase
-- is marked, so the starter library is written once (PhraseService) and never comes back after an
-- administrator removed it. Times are UTC epoch milliseconds.
-- The shape is kept plain (id, title, text_zh, text_en, code, tags, category) for the global search.

CREATE TABLE phrase (
    id             TEXT    PRIMARY KEY,
    category       TEXT    NOT NULL CHECK (category IN ('PHONE_OPENING', 'PHONE_CLOSING', 'RECEPTION', 'VISITORS',
                                                        'PARCELS', 'REPAIRS', 'COMPLAINTS', 'APOLOGY', 'WAITING',
                                                        'ENQUIRY', 'HOTLINE', 'SIX_SOUNDS')),
    -- the shortcut the desk types, lower case letters and digits
    code           TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    -- pinyin initials of the title (core.Pinyin), so "qsdh" finds 请稍等候
    title_initials TEXT    NOT NULL,
    text_zh        TEXT    NOT NULL,
    text_en        TEXT    NOT NULL,
    -- words separated by spaces, searched like the title
    tags           TEXT    NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
-- one live phrase per code; a removed code may be used again
CREATE UNIQUE INDEX phrase_code ON phrase (code) WHERE deleted = 0;
-- the library's list per category, in code order
CREATE INDEX phrase_by_category ON phrase (category, code) WHERE deleted = 0;
-- typed initials and codes are prefixes: both are range scans of these indexes
CREATE INDEX phrase_by_initials ON phrase (title_initials) WHERE deleted = 0;

-- A staff member's favourites: shown first in the popup and the library. Taking a phrase off the
-- list clears the flag (rows are never deleted in this database).
CREATE TABLE phrase_favourite (
    staff_id   TEXT    NOT NULL REFERENCES staff (id),
    phrase_id  TEXT    NOT NULL REFERENCES phrase (id),
    favourite  INTEGER NOT NULL CHECK (favourite IN (0, 1)),
    changed_at INTEGER NOT NULL,
    PRIMARY KEY (staff_id, phrase_id)
) WITHOUT ROWID;

-- How often each staff member inserted or copied a phrase: the most used come next after the favourites.
CREATE TABLE phrase_usage (
    staff_id     TEXT    NOT NULL REFERENCES staff (id),
    phrase_id    TEXT    NOT NULL REFERENCES phrase (id),
    uses         INTEGER NOT NULL CHECK (uses >= 1),
    last_used_at INTEGER NOT NULL,
    PRIMARY KEY (staff_id, phrase_id)
) WITHOUT ROWID;
