package com.frontdesk.handover;

import java.time.LocalTime;

/** A shift of a desk; the end may be past midnight (the night shift). Neighbouring shifts overlap for the handover. */
public record ShiftDef(String code, String name, LocalTime start, LocalTime end) {
}
