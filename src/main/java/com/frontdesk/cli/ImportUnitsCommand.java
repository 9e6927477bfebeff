package com.frontdesk.cli;

import com.frontdesk.Launcher;
import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Messages;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.directory.DirectoryCsv;
import com.frontdesk.directory.ImportPreview;
import com.frontdesk.directory.ImportProblem;
import com.frontdesk.directory.ImportResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Imports rooms and occupants from a CSV file (UTF-8 or GBK) in one transaction, as an
 * administrator: every problem is listed with its line and then nothing is stored.
 */
@Command(name = "import-units", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Import rooms and occupants from a CSV file (see README for the columns).")
public final class ImportUnitsCommand implements Callable<Integer> {
    @ParentCommand
    Launcher parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV file, UTF-8 or GBK")
    Path file;

    @Option(names = "--user", required = true, paramLabel = "EMPLOYEE_NO", description = "An administrator's employee no.")
    String user;

    @Option(names = "--password", interactive = true, arity = "0..1", required = true,
            description = "The administrator's password (asked for when not given)")
    char[] password;

    @Option(names = "--dry-run", description = "Check the file and report, store nothing")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        Messages messages = Messages.forSystem();
        ImportPreview preview = DirectoryCsv.parse(Files.readAllBytes(file));
        System.out.println(messages.get("cli.importPreview", preview.charset(), preview.rows().size(),
                preview.errors().size(), preview.duplicates().size()));
        preview.errors().forEach(p -> System.out.println(line(messages, p)));
        preview.duplicates().forEach(p -> System.out.println(line(messages, p)));
        if (!preview.errors().isEmpty()) {
            throw new UserFacingException("import.notImportable");
        }
        if (preview.rows().isEmpty()) {
            throw new UserFacingException("import.nothing");
        }
        if (dryRun) {
            return 0;
        }
        try (Workstation ws = Workstation.open(parent.dataDir().resolveExisting(), Clock.systemUTC())) {
            Session session = ws.accounts().authenticate(user, password, AccountService.Purpose.SIGN);
            ImportResult result = ws.directory().importRows(session, preview);
            System.out.println(messages.get("import.done", result.roomsCreated(), result.occupantsCreated(),
                    result.alreadyKnown(), result.duplicatesInFile()));
        }
        return 0;
    }

    private static String line(Messages messages, ImportProblem problem) {
        return messages.get("import.line", problem.line(), messages.get(problem.key(), problem.args().toArray()));
    }
}
