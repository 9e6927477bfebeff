-- Deposited items (物品寄存) and lost property (失物招领).
-- Times are UTC epoch milliseconds; rows are never deleted (deleted_at marks them).

-- An item left at the desk by one person for another, handed out against a signature.
CREATE TABLE deposit (
    id                    TEXT    PRIMARY KEY,
    number                TEXT    NOT NULL UNIQUE,
    description           TEXT    NOT NULL,
    depositor_name        TEXT    NOT NULL,
    depositor_phone       TEXT,
    recipient_room_id     TEXT    REFERENCES room (id),
    recipient_occupant_id TEXT    REFERENCES occupant (id),
    -- "1-2-1503 · 张三" as the directory named them when the item came in, or what the desk typed
    recipient_text        TEXT    NOT NULL,
    shelf_code            TEXT    REFERENCES shelf (code),
    note                  TEXT,
    status                TEXT    NOT NULL CHECK (status IN ('HELD', 'HANDED_OUT', 'RETURNED')),
    received_at           INTEGER NOT NULL,
    received_by           TEXT    REFERENCES staff (id),
    -- how the item left the desk: handed out to the collector, or given back to the depositor
    closed_at             INTEGER,
    closed_by             TEXT    REFERENCES staff (id),
    collector_name        TEXT,
    signature_id          TEXT    REFERENCES signature (id),
    return_reason         TEXT,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    deleted_at            INTEGER,
    CHECK (recipient_occupant_id IS NULL OR recipient_room_id IS NOT NULL),
    CHECK ((status = 'HELD') = (closed_at IS NULL)),
    CHECK (status = 'HELD' OR closed_by IS NOT NULL),
    CHECK (status <> 'HANDED_OUT' OR (collector_name IS NOT NULL AND signature_id IS NOT NULL)),
    CHECK (status <> 'RETURNED' OR return_reason IS NOT NULL)
);
-- held list and count: WHERE status = 'HELD' AND (received_at, id) > (?, ?) ORDER BY received_at, id;
-- history by status: the same index read backwards
CREATE INDEX deposit_by_status ON deposit (status, received_at, id);
-- history: keyset (received_at DESC, id DESC)
CREATE INDEX deposit_by_time ON deposit (received_at DESC, id DESC);
-- a recipient's items, when they come to the desk
CREATE INDEX deposit_by_room ON deposit (recipient_room_id, status, received_at);
-- history search: the start of a depositor's, recipient's or collector's name (or the room code)
CREATE INDEX deposit_by_depositor ON deposit (depositor_name, received_at DESC);
CREATE INDEX deposit_by_recipient ON deposit (recipient_text, received_at DESC);
CREATE INDEX deposit_by_collector ON deposit (collector_name, received_at DESC);

-- Something found on the site and kept at the desk until its owner claims it or it is disposed of.
CREATE TABLE lost_item (
    id                TEXT    PRIMARY KEY,
    number            TEXT    NOT NULL UNIQUE,
    description       TEXT    NOT NULL,
    category          TEXT    CHECK (category IN ('DOCUMENTS_CARDS', 'KEYS', 'PHONE_ELECTRONICS', 'WALLET_MONEY',
                                                  'BAG', 'CLOTHING', 'UMBRELLA', 'OTHER')),
    found_where       TEXT    NOT NULL,
    found_at          INTEGER NOT NULL,
    found_by          TEXT    NOT NULL,
    -- where it is kept: a shelf of the parcel room, or a place named in words (the safe in the control room)
    shelf_code        TEXT    REFERENCES shelf (code),
    kept_text         TEXT,
    note              TEXT,
    status            TEXT    NOT NULL CHECK (status IN ('HELD', 'CLAIMED', 'DISPOSED')),
    recorded_by       TEXT    REFERENCES staff (id),
    closed_at         INTEGER,
    closed_by         TEXT    REFERENCES staff (id),
    claimant_name     TEXT,
    claimant_phone    TEXT,
    -- the ID the desk checked: its type and last four characters, never the whole number
    claimant_id_type  TEXT    CHECK (claimant_id_type IN ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT',
                                                          'DRIVING_LICENCE', 'OTHER')),
    claimant_id_last4 TEXT    CHECK (claimant_id_last4 IS NULL OR length(claimant_id_last4) <= 4),
    id_checked        INTEGER NOT NULL DEFAULT 0 CHECK (id_checked IN (0, 1)),
    signature_id      TEXT    REFERENCES signature (id),
    disposal_method   TEXT    CHECK (disposal_method IN ('POLICE', 'DONATED', 'DISCARDED', 'RETURNED_TO_FINDER')),
    disposal_note     TEXT,
    -- a shift lead's reason for disposing of an item before the keep period was over
    early_reason      TEXT,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    deleted_at        INTEGER,
    CHECK (shelf_code IS NOT NULL OR kept_text IS NOT NULL),
    CHECK (found_at <= created_at),
    CHECK ((status = 'HELD') = (closed_at IS NULL)),
    CHECK (status = 'HELD' OR closed_by IS NOT NULL),
    CHECK (status <> 'CLAIMED' OR (claimant_name IS NOT NULL AND claimant_id_type IS NOT NULL
                                   AND claimant_id_last4 IS NOT NULL AND id_checked = 1
                                   AND signature_id IS NOT NULL)),
    CHECK (status <> 'DISPOSED' OR disposal_method IS NOT NULL)
);
-- held list, count and "due for disposal" (found_at < cutoff): WHERE status = 'HELD' ORDER BY found_at, id;
-- history by status: the same index read backwards
CREATE INDEX lost_item_by_status ON lost_item (status, found_at, id);
-- history: keyset (found_at DESC, id DESC), optionally by category
CREATE INDEX lost_item_by_time ON lost_item (found_at DESC, id DESC);
CREATE INDEX lost_item_by_category ON lost_item (category, found_at DESC, id DESC);
-- history search: the start of the description, the finder's or the claimant's name
CREATE INDEX lost_item_by_description ON lost_item (description, found_at DESC);
CREATE INDEX lost_item_by_finder ON lost_item (found_by, found_at DESC);
CREATE INDEX lost_item_by_claimant ON lost_item (claimant_name, found_at DESC);
