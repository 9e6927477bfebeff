package com.frontdesk.directory;

/** What an import stored: new rooms and occupants, occupants already known, duplicates in the file. */
public record ImportResult(int roomsCreated, int occupantsCreated, int alreadyKnown, int duplicatesInFile) {
}
