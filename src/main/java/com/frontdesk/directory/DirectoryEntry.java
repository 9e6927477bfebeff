package com.frontdesk.directory;

import java.util.List;

/**
 * One answer of a directory search: a place, and the person in it when the search matched one.
 * Two people with the same name always come with their room and company, so they can be told apart.
 */
public record DirectoryEntry(String roomId, String roomCode, boolean publicArea, String occupantId, String name,
                             OccupantKind kind, String company, List<String> phones, boolean movedOut) {
    public DirectoryEntry {
        phones = List.copyOf(phones);
    }

    public boolean hasOccupant() {
        return occupantId != null;
    }
}
