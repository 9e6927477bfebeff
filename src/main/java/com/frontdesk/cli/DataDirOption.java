package com.frontdesk.cli;

import com.frontdesk.db.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, shared by every command. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: the user's data folder, e.g. $XDG_DATA_HOME/frontdesk)")
    Path dataDir;

    /** Resolves the folder and points the log files into it before anything logs. */
    public DataDirectory resolve() {
        DataDirectory dir = DataDirectory.resolve(dataDir).create();
        System.setProperty("frontdesk.logs", dir.logs().toString());
        return dir;
    }
}
