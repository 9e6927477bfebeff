package com.frontdesk.handover;

/** What {@link AutoCounts} found for one automatic line: the count and the list behind it, one record a line. */
public record AutoFigure(int count, String detail) {
}
