package com.frontdesk.parcels;

/** What kind of thing was found; optional, it helps the desk find it when someone asks. */
public enum LostItemCategory {
    DOCUMENTS_CARDS, KEYS, PHONE_ELECTRONICS, WALLET_MONEY, BAG, CLOTHING, UMBRELLA, OTHER;

    public String messageKey() {
        return "lostProperty.category." + name();
    }
}
