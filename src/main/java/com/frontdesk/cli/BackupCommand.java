package com.frontdesk.cli;

import com.frontdesk.Launcher;
import com.frontdesk.core.Messages;
import com.frontdesk.db.BackupService;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A consistent copy of the database; works while the program is open (SQLite's online backup). */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "Copy the database to FILE, also while the program runs.")
public final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    Launcher parent;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "Backup file to write")
    Path to;

    @Override
    public Integer call() {
        DataDirectory dir = parent.dataDir().resolveExisting();
        Path written = new BackupService(Database.open(dir.database()), Clock.systemUTC()).backupTo(to.toAbsolutePath());
        System.out.println(Messages.forSystem().get("cli.backupWritten", written.toString()));
        return 0;
    }
}
