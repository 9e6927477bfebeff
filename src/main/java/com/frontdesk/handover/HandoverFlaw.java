package com.frontdesk.handover;

/**
 * A signed handover whose stored record no longer matches what was signed. {@code other} names the
 * handover the chain expected before it, for {@link Kind#CHAIN_BROKEN}.
 */
public record HandoverFlaw(String number, String desk, Kind kind, String other) {
    public enum Kind {
        /** The counts, lines, notes or header differ from what the outgoing side signed. */
        CONTENT_CHANGED,
        /** The incoming signature, refusal or countersignature differs from what was signed. */
        SIGNATURES_CHANGED,
        /** Marked signed without a seal, or sealed and put back to draft. */
        STATUS_CHANGED,
        /** The previous handover of the desk named in this one is missing or is not the one sealed before. */
        CHAIN_BROKEN;

        public String messageKey() {
            return "handover.flaw." + name();
        }
    }
}
