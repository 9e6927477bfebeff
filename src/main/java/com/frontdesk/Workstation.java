package com.frontdesk;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.PasswordHasher;
import com.frontdesk.accounts.SiteService;
import com.frontdesk.audit.AuditService;
import com.frontdesk.core.Ids;
import com.frontdesk.core.Store;
import com.frontdesk.dashboard.DashboardService;
import com.frontdesk.dashboard.MonthlyReports;
import com.frontdesk.db.BackupService;
import com.frontdesk.directory.DirectoryService;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.db.Database;
import com.frontdesk.db.InstanceLock;
import com.frontdesk.db.Migrations;
import com.frontdesk.settings.SettingsService;
import com.frontdesk.settings.SiteBackupService;
import com.frontdesk.settings.SiteSecrets;
import com.frontdesk.visitors.VisitorService;
import com.frontdesk.parcels.DepositService;
import com.frontdesk.parcels.LostPropertyService;
import com.frontdesk.parcels.ParcelExportService;
import com.frontdesk.parcels.ParcelService;
import com.frontdesk.parcels.ParcelSettings;
import com.frontdesk.parcels.ShelfService;
import com.frontdesk.complaints.ComplaintLists;
import com.frontdesk.complaints.ComplaintReports;
import com.frontdesk.complaints.ComplaintService;
import com.frontdesk.complaints.ComplaintSettings;
import com.frontdesk.handover.AutoCounts;
import com.frontdesk.handover.ChecklistTemplateService;
import com.frontdesk.handover.HandoverService;
import com.frontdesk.handover.HandoverSettings;
import com.frontdesk.phrases.PhraseLibraryExchange;
import com.frontdesk.phrases.PhraseService;
import com.frontdesk.repairs.RepairLists;
import com.frontdesk.repairs.RepairPhotos;
import com.frontdesk.repairs.RepairReports;
import com.frontdesk.repairs.RepairService;
import com.frontdesk.repairs.RepairSettings;
import com.frontdesk.search.SearchService;
import com.frontdesk.sync.SyncScheduler;
import com.frontdesk.sync.SyncService;
import com.frontdesk.sync.TokenVault;
import com.frontdesk.sync.Transports;
import java.time.Clock;

/**
 * The composition root: opens one data folder (lock, migrate) and builds every service on it.
 * The window and the command-line tools both start here, so they share the same rules.
 */
public final class Workstation implements AutoCloseable {
    private final DataDirectory dataDirectory;
    private final InstanceLock lock;
    private final Store store;
    private final SiteService sites;
    private final SettingsService settings;
    private final AccountService accounts;
    private final AuditService audit;
    private final BackupService backups;
    private final SiteBackupService siteBackups;
    private final DirectoryService directory;
    private final VisitorService visitors;
    private final ShelfService shelves;
    private final ParcelService parcels;
    private final ParcelExportService parcelExports;
    private final DepositService deposits;
    private final LostPropertyService lostProperty;
    private final RepairService repairs;
    private final RepairPhotos repairPhotos;
    private final RepairLists repairLists;
    private final RepairReports repairReports;
    private final ComplaintService complaints;
    private final ComplaintLists complaintLists;
    private final ComplaintReports complaintReports;
    private final ChecklistTemplateService checklistTemplates;
    private final HandoverService handovers;
    private final PhraseService phrases;
    private final PhraseLibraryExchange phraseLibrary;
    private final DashboardService dashboard;
    private final MonthlyReports monthlyReports;
    private final SyncService sync;
    private final SyncScheduler syncScheduler;
    private final SearchService search;

    private Workstation(DataDirectory dir, InstanceLock lock, Database database, Clock clock) {
        this.dataDirectory = dir;
        this.lock = lock;
        PasswordHasher hasher = new PasswordHasher();
        this.store = new Store(database.jdbi(), clock, new Ids(clock));
        AccessControl access = new AccessControl(store);
        this.sites = new SiteService(store, hasher, access);
        this.settings = new SettingsService(store, access);
        this.accounts = new AccountService(store, hasher, settings, access);
        this.audit = new AuditService(store, access);
        this.backups = new BackupService(database, clock);
        this.siteBackups = new SiteBackupService(backups, settings, dir, store, access);
        this.directory = new DirectoryService(store, access);
        SiteSecrets secrets = new SiteSecrets(store);
        // The visitor rules are read from the settings on every call, so a change in Settings applies at once.
        this.shelves = new ShelfService(store, access);
        this.parcels = new ParcelService(store, access, () -> settings.current(ParcelSettings.DOCUMENT));
        this.parcelExports = new ParcelExportService(store, access, parcels);
        this.deposits = new DepositService(store, access);
        this.lostProperty = new LostPropertyService(store, access, () -> settings.current(ParcelSettings.DOCUMENT));
        this.visitors = new VisitorService(store, access, directory,
                () -> settings.current().visitorRules(secrets.visitorIdSalt()));
        this.repairs = new RepairService(store, access, () -> settings.current(RepairSettings.DOCUMENT));
        this.repairLists = new RepairLists(store, access);
        this.repairReports = new RepairReports(store, access, () -> settings.current(RepairSettings.DOCUMENT),
                repairLists);
        this.complaints = new ComplaintService(store, access, () -> settings.current(ComplaintSettings.DOCUMENT));
        this.complaintLists = new ComplaintLists(store, access);
        this.complaintReports = new ComplaintReports(store, access,
                () -> settings.current(ComplaintSettings.DOCUMENT), complaintLists);
        this.repairPhotos = new RepairPhotos(store, access, dir);
        this.checklistTemplates = new ChecklistTemplateService(store, access,
                () -> settings.current(HandoverSettings.DOCUMENT));
        this.handovers = new HandoverService(store, access, accounts, checklistTemplates,
                new AutoCounts(visitors, parcels, deposits, lostProperty, repairLists, complaintLists));
        this.phrases = new PhraseService(store, access, () -> sites.site().map(s -> s.name()).orElse(null),
                sites::zone);
        this.phraseLibrary = new PhraseLibraryExchange(phrases, () -> sites.site().map(s -> s.code()).orElse(""));
        DashboardService.Settings named = new DashboardService.Settings(
                () -> settings.current(HandoverSettings.DOCUMENT), () -> settings.current(RepairSettings.DOCUMENT),
                () -> settings.current(ComplaintSettings.DOCUMENT));
        this.dashboard = new DashboardService(store, access, new DashboardService.Sources(visitors, parcels,
                repairLists, repairReports, complaintLists, complaintReports, handovers), named);
        this.monthlyReports = new MonthlyReports(store, access, repairReports, complaintReports, named);
        this.sync = openSync(dir, store, access, settings, sites);
        this.syncScheduler = new SyncScheduler(sync, clock);
        this.search = new SearchService(store, access);
    }

    /**
     * Head-office sync on a data folder: batches wait in {@code sync/outgoing} until head office has
     * them; the token's key is {@code sync/token.key}, outside the database and so outside backups.
     * The command line's {@code export} builds it the same way on a folder the program may have open.
     */
    public static SyncService openSync(DataDirectory dir, Store store, AccessControl access, SettingsService settings,
                                       SiteService sites) {
        return new SyncService(store, access, settings, sites,
                new TokenVault(store, dir.root().resolve("sync").resolve("token.key")),
                dir.root().resolve("sync").resolve("outgoing"), Transports.standard());
    }

    /** Locks the folder against a second program, then brings the database up to date. */
    public static Workstation open(DataDirectory dir, Clock clock) {
        dir.create();
        InstanceLock lock = InstanceLock.acquire(dir);
        try {
            Database database = Database.open(dir.database());
            new Migrations(clock).migrate(database, dir.defaultBackups());
            return new Workstation(dir, lock, database, clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return store.clock();
    }

    public SiteService sites() {
        return sites;
    }

    public SettingsService settings() {
        return settings;
    }

    public AccountService accounts() {
        return accounts;
    }

    public AuditService audit() {
        return audit;
    }

    public BackupService backups() {
        return backups;
    }

    public ParcelService parcels() {
        return parcels;
    }

    public ParcelExportService parcelExports() {
        return parcelExports;
    }

    public DepositService deposits() {
        return deposits;
    }

    public LostPropertyService lostProperty() {
        return lostProperty;
    }

    public RepairService repairs() {
        return repairs;
    }

    public RepairPhotos repairPhotos() {
        return repairPhotos;
    }

    public RepairLists repairLists() {
        return repairLists;
    }

    public RepairReports repairReports() {
        return repairReports;
    }

    public ComplaintService complaints() {
        return complaints;
    }

    public ComplaintLists complaintLists() {
        return complaintLists;
    }

    public ComplaintReports complaintReports() {
        return complaintReports;
    }

    public ChecklistTemplateService checklistTemplates() {
        return checklistTemplates;
    }

    public HandoverService handovers() {
        return handovers;
    }

    public PhraseService phrases() {
        return phrases;
    }

    public PhraseLibraryExchange phraseLibrary() {
        return phraseLibrary;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public MonthlyReports monthlyReports() {
        return monthlyReports;
    }

    public SyncService sync() {
        return sync;
    }

    /** The sync's own thread; the window starts its automatic runs, the command line never does. */
    public SyncScheduler syncScheduler() {
        return syncScheduler;
    }

    public SearchService search() {
        return search;
    }

    public ShelfService shelves() {
        return shelves;
    }

    public VisitorService visitors() {
        return visitors;
    }

    public DirectoryService directory() {
        return directory;
    }

    public SiteBackupService siteBackups() {
        return siteBackups;
    }

    @Override
    public void close() {
        syncScheduler.close();
        lock.close();
    }
}
