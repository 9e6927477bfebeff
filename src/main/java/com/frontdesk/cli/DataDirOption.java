package com.frontdesk.cli;

import com.frontdesk.core.UserFacingException;
import com.frontdesk.db.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --data-dir DIR}, shared by every command. */
public final class DataDirOption {
    // Inherited: `frontdesk --data-dir X backup …` and `frontdesk backup --data-dir X …` mean the same.
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: the user's data folder, e.g. $XDG_DATA_HOME/frontdesk)")
    Path dataDir;

    /** Resolves the folder, creating it if new, and points the log files into it before anything logs. */
    public DataDirectory resolve() {
        DataDirectory dir = DataDirectory.resolve(dataDir).create();
        System.setProperty("frontdesk.logs", dir.logs().toString());
        return dir;
    }

    /** For commands that read a site: a mistyped folder is reported, not created. */
    public DataDirectory resolveExisting() {
        DataDirectory dir = DataDirectory.resolve(dataDir);
        if (!Files.isRegularFile(dir.database())) {
            throw new UserFacingException("cli.noDatabase", dir.root().toString());
        }
        return resolve();
    }
}
