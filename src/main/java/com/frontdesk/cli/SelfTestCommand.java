package com.frontdesk.cli;

import com.frontdesk.Launcher;
import com.frontdesk.Workstation;
import com.frontdesk.core.Messages;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.db.DatabaseHealth;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Checks an installation without a display: the runtime has what the program needs, the data
 * folder opens (created if new) and migrates the way the window would open it, and SQLite finds
 * the file sound. Installers and CI run it after building; support asks a user to run it.
 */
@Command(name = "self-test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Open (or create) the database, migrate it, check its integrity and the runtime, print the "
                + "versions; exit 0 when all is well, 1 naming each problem. Needs no display.")
public final class SelfTestCommand implements Callable<Integer> {
    @ParentCommand
    Launcher parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forSystem();
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ArrayList<>();

        out.println(messages.get("cli.selfTest.program", new VersionProvider().getVersion()[0]));
        out.println(messages.get("cli.selfTest.java", Runtime.version().toString(),
                System.getProperty("java.vm.name"), System.getProperty("java.home")));
        out.println(messages.get("cli.selfTest.javafx",
                RuntimeCheck.javafxVersion().orElse(messages.get("cli.selfTest.unknown"))));
        for (RuntimeCheck missing : RuntimeCheck.failing()) {
            problems.add(messages.get(missing.messageKey(), missing.module()));
        }

        DataDirectory dir = parent.dataDir().resolve();
        DatabaseHealth health;
        // Opening is what the window does at start: lock, back up if migrating, migrate.
        try (Workstation ws = Workstation.open(dir, Clock.systemUTC())) {
            health = ws.store().read(DatabaseHealth::of);
        }
        out.println(messages.get("cli.selfTest.sqlite", health.sqliteVersion()));
        out.println(messages.get("cli.selfTest.schema", health.schemaVersion(), dir.database().toString()));
        health.integrityErrors().forEach(e -> problems.add(messages.get("cli.selfTest.integrity", e)));
        health.foreignKeyErrors().forEach(e -> problems.add(messages.get("cli.selfTest.foreignKey", e)));
        if (health.healthy()) {
            out.println(messages.get("cli.selfTest.databaseOk"));
        }
        out.println(messages.get("cli.selfTest.logs", dir.logs().toString()));

        if (problems.isEmpty()) {
            out.println(messages.get("cli.selfTest.passed"));
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.println(messages.get("cli.selfTest.failed", problems.size()));
        return 1;
    }
}
