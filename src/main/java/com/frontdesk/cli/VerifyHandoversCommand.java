package com.frontdesk.cli;

import com.frontdesk.Launcher;
import com.frontdesk.core.Ids;
import com.frontdesk.core.Messages;
import com.frontdesk.core.Store;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.db.Database;
import com.frontdesk.handover.HandoverChain;
import com.frontdesk.handover.HandoverFlaw;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Checks every signed handover against its hashes and the chain of its desk. It only reads, and
 * takes no lock, so it also runs while the program is open; exit 1 names each record changed.
 */
@Command(name = "verify-handovers", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check that no signed handover was changed in the database; exit 1 naming each one that was.")
public final class VerifyHandoversCommand implements Callable<Integer> {
    @ParentCommand
    Launcher parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataDirectory dir = parent.dataDir().resolveExisting();
        Database database = Database.open(dir.database());
        Messages messages = Messages.forSystem();
        boolean hasBook = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'handover'")
                .mapTo(Integer.class).one() > 0);
        if (!hasBook) {
            System.out.println(messages.get("cli.handoversOk", 0));
            return 0;
        }
        Clock clock = Clock.systemUTC();
        HandoverChain chain = new HandoverChain(new Store(database.jdbi(), clock, new Ids(clock)));
        List<HandoverFlaw> flaws = chain.verifyAll();
        if (flaws.isEmpty()) {
            System.out.println(messages.get("cli.handoversOk", chain.countSigned()));
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        for (HandoverFlaw f : flaws) {
            err.println(messages.get("cli.handoverFlaw", f.number(), f.desk(),
                    messages.get(f.kind().messageKey(), f.other() == null ? "" : f.other())));
        }
        err.println(messages.get("cli.handoversBad", flaws.stream().map(HandoverFlaw::number).distinct().count()));
        return 1;
    }
}
