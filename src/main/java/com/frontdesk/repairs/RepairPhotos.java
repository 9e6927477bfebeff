package com.frontdesk.repairs;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.Validation;
import com.frontdesk.db.DataDirectory;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Photos on repairs (报修照片): the pictures are files in the data folder, the rows name them. A
 * photo is never destroyed: removing it hides it from the repair, its row and file stay.
 */
public final class RepairPhotos {
    static final String ENTITY = "repair_photo";
    public static final int MAX_MB = 10;
    public static final long MAX_BYTES = MAX_MB * 1024L * 1024L;
    public static final int MAX_PER_REPAIR = 9;
    /** Under the data folder; the rows hold paths relative to the data folder, so it can move whole. */
    static final String FOLDER = "photos/repairs";
    // UTC, as every stored time: a change of the site's zone never moves where a month's photos are.
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    private final Store store;
    private final AccessControl access;
    private final DataDirectory data;
    private final RepairRepository repairs = new RepairRepository();
    private final RepairPhotoRepository repository = new RepairPhotoRepository();

    public RepairPhotos(Store store, AccessControl access, DataDirectory data) {
        this.store = store;
        this.access = access;
        this.data = data;
    }

    /**
     * Copies a JPEG or PNG of at most {@value #MAX_MB} MB into the data folder and adds it to
     * the repair, at most {@value #MAX_PER_REPAIR} a repair, each picture once. Whatever refuses
     * or fails leaves no file behind.
     */
    public RepairPhoto attach(Session session, String repairId, Path source) {
        access.require(session, Permission.TAKE_REPAIRS);
        RepairPhotoFile.Content content = RepairPhotoFile.inspect(source, MAX_BYTES, MAX_MB);
        Path[] copied = {null};
        try {
            return store.write(session.actor(), tx -> {
                repairs.byId(tx.handle(), repairId).orElseThrow(() -> new UserFacingException("error.notFound"));
                new Validation()
                        .check(repository.count(tx.handle(), repairId) < MAX_PER_REPAIR, RepairPhotoFile.FIELD,
                                "repair.photo.tooMany", MAX_PER_REPAIR)
                        .check(!repository.holds(tx.handle(), repairId, content.sha256()), RepairPhotoFile.FIELD,
                                "repair.photo.duplicate", content.name())
                        .throwIfAny();
                String id = tx.newId();
                String file = FOLDER + "/" + MONTH.format(tx.now()) + "/" + id + "." + content.type().extension();
                // Copied while the write lock is held (IMMEDIATE transactions): at most 10 MB, a moment,
                // and in return no other write can slip between the checks above and the row.
                copied[0] = inPhotos(file);
                RepairPhotoFile.copy(source, copied[0], content);
                RepairPhoto photo = new RepairPhoto(id, repairId, file, content.name(), content.type().mediaType(),
                        content.size(), content.sha256(), tx.now(), session.user().id());
                repository.insert(tx.handle(), photo);
                tx.created(ENTITY, id, photo);
                return photo;
            });
        } catch (RuntimeException e) {
            // The row did not commit (a refusal, a failed insert, a failed commit): its file must not stay.
            if (copied[0] != null) {
                RepairPhotoFile.deleteAfter(copied[0], e);
            }
            throw e;
        }
    }

    /** The repair's photos, oldest first; removed ones are left out. */
    public List<RepairPhoto> photos(String repairId) {
        return store.read(h -> repository.ofRepair(h, repairId));
    }

    /** Where the picture is, absolute. */
    public Path file(RepairPhoto photo) {
        return inPhotos(photo.file());
    }

    /** Hides the photo from its repair, by whoever may close repairs; the row and the file are kept. */
    public void remove(Session session, String photoId) {
        access.require(session, Permission.CLOSE_REPAIRS);
        store.write(session.actor(), tx -> {
            RepairPhoto photo = repository.byId(tx.handle(), photoId)
                    .orElseThrow(() -> new UserFacingException("error.notFound"));
            repository.markDeleted(tx.handle(), photoId, tx.now());
            tx.deleted(ENTITY, photoId, photo);
            return null;
        });
    }

    /**
     * The rows come from the database, which head office may also write: a path that leads out of
     * the photo folder (to the database itself, say) is refused rather than opened.
     */
    private Path inPhotos(String relative) {
        Path folder = data.root().resolve(FOLDER);
        Path file = data.root().resolve(relative).normalize();
        if (!file.startsWith(folder) || file.equals(folder)) {
            throw new IllegalArgumentException("a repair photo outside " + folder + ": " + relative);
        }
        return file;
    }
}
