package com.frontdesk.phrases;

import java.time.Instant;
import java.util.List;

/**
 * The whole library as a JSON file, as head office hands it to every site. Phrases are matched
 * by code, so a site's favourites and usage counts stay with a phrase that head office reworded.
 *
 * @param format  always {@value #FORMAT}, so a file of something else is refused with a clear message
 * @param version of the file's shape
 */
public record PhraseLibraryFile(String format, int version, String site, Instant exportedAt,
                                List<PhraseForm> phrases) {
    public static final String FORMAT = "frontdesk-phrases";
    public static final int VERSION = 1;
}
