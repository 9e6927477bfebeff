package com.frontdesk.cli;

import com.frontdesk.Launcher;
import com.frontdesk.core.Messages;
import com.frontdesk.db.RestoreService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Puts a backup in place of the database; refused while the program is open on the folder. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Replace the database with a backup FILE (the program must be closed).")
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    Launcher parent;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "Backup file to restore")
    Path from;

    @Override
    public Integer call() {
        Path kept = new RestoreService(Clock.systemUTC()).restore(parent.dataDir().resolve(), from.toAbsolutePath());
        Messages messages = Messages.forSystem();
        System.out.println(messages.get("cli.restored", from.toAbsolutePath().toString()));
        if (kept != null) {
            System.out.println(messages.get("cli.previousKept", kept.toString()));
        }
        return 0;
    }
}
