package com.frontdesk.phrases;

/** The scenes of the desk a phrase is for, in the order the library lists them. */
public enum PhraseCategory {
    PHONE_OPENING, PHONE_CLOSING, RECEPTION, VISITORS, PARCELS, REPAIRS, COMPLAINTS, APOLOGY, WAITING, ENQUIRY,
    HOTLINE, SIX_SOUNDS;

    public String messageKey() {
        return "phrase.category." + name();
    }
}
