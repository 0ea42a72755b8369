package io.policygraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a file-taking command: Spring-style {@code --key=value} options, the command's own
 * flags, and the paths. Empty, with the reason and the usage on {@code err}, on a usage error.
 */
record CommandArguments(List<String> options, Set<String> flags, List<Path> paths) {

    static Optional<CommandArguments> parse(String[] args, Set<String> knownFlags, String usage, PrintStream err) {
        var options = new ArrayList<String>();
        var flags = new HashSet<String>();
        var paths = new ArrayList<Path>();
        for (String arg : args) {
            if (knownFlags.contains(arg)) {
                flags.add(arg);
            } else if (arg.startsWith("--") && arg.contains("=")) {
                options.add(arg);
            } else if (arg.startsWith("-")) {
                err.println("unknown option " + arg);
                err.println(usage);
                return Optional.empty();
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (paths.isEmpty()) {
            err.println(usage);
            return Optional.empty();
        }
        return Optional.of(new CommandArguments(List.copyOf(options), Set.copyOf(flags), List.copyOf(paths)));
    }
}
