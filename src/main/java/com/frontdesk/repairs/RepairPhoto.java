package com.frontdesk.repairs;

import java.time.Instant;

/**
 * A photo on a repair (报修照片). The picture is a file in the data folder; ask
 * {@link RepairPhotos#file(RepairPhoto)} for it rather than resolving {@code file} yourself.
 *
 * @param file         the path relative to the data folder, always with '/'
 * @param originalName the name the file had where it came from, for the screen only
 * @param mediaType    image/jpeg or image/png, from the file's content
 * @param sha256       of the stored bytes, in lower-case hex
 */
public record RepairPhoto(String id, String repairId, String file, String originalName, String mediaType,
                          long sizeBytes, String sha256, Instant addedAt, String addedBy) {
}
