package com.frontdesk.cli;

import com.frontdesk.Launcher;
import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.PasswordHasher;
import com.frontdesk.accounts.SiteService;
import com.frontdesk.core.Ids;
import com.frontdesk.core.Messages;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.db.Database;
import com.frontdesk.settings.SettingsService;
import com.frontdesk.sync.SyncRun;
import com.frontdesk.sync.SyncService;
import com.frontdesk.sync.SyncTarget;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Sends to head office from a scheduled task. When the program is not running it opens the
 * folder as the program does (lock, migrations); while it runs it works beside it on the same
 * database, as {@code backup} does: batches it sends carry the same ids as the program's, so
 * head office takes each once. Exit 1 with the reason when a batch did not arrive.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Send the changes head office has not acknowledged yet (with --full: every current record)"
                + " as JSON batches to a folder or an HTTPS URL; without --to, to the target set in the program.")
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Launcher parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "FOLDER|URL",
            description = "A folder (shared drive, USB stick) or head office's https:// URL (the token set in the program is used)")
    String to;

    @Option(names = "--full", description = "Every current record, for a new head office")
    boolean full;

    @Override
    public Integer call() {
        DataDirectory dir = parent.dataDir().resolveExisting();
        Messages messages = Messages.forSystem();
        Clock clock = Clock.systemUTC();
        Optional<SyncTarget> target = Optional.ofNullable(to).filter(t -> !t.isBlank()).map(SyncTarget::parse);
        SyncRun run;
        Workstation ws = openUnlessRunning(dir, clock);
        try {
            SyncService sync = ws != null ? ws.sync() : besideTheProgram(dir, clock);
            run = sync.sendFromCommandLine(target, full, com.frontdesk.sync.SyncProgress.NONE);
        } finally {
            if (ws != null) {
                ws.close();
            }
        }
        if (run.ok()) {
            System.out.println(messages.get("cli.exportDone", run.batches(), run.records(), run.target()));
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(messages.get("cli.exportFailed", run.target(),
                messages.get(run.reasonKey(), run.detail() == null ? "" : run.detail())));
        return 1;
    }

    private static Workstation openUnlessRunning(DataDirectory dir, Clock clock) {
        try {
            return Workstation.open(dir, clock);
        } catch (UserFacingException e) {
            if ("error.alreadyRunning".equals(e.key())) {
                return null;
            }
            throw e;
        }
    }

    private static SyncService besideTheProgram(DataDirectory dir, Clock clock) {
        Store store = new Store(Database.open(dir.database()).jdbi(), clock, new Ids(clock));
        AccessControl access = new AccessControl(store);
        return Workstation.openSync(dir, store, access, new SettingsService(store, access),
                new SiteService(store, new PasswordHasher(), access));
    }
}
