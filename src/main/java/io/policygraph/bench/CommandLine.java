package io.policygraph.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "--name value" (or "--name=value") options of the bench commands; anything else is a usage error. */
record CommandLine(Map<String, String> options) {

    static CommandLine parse(String[] args, List<String> known) {
        var options = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            if (arg.contains("=")) {
                options.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        return new CommandLine(Map.copyOf(options));
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    String orNull(String name) {
        return options.get(name);
    }

    int positiveIntOr(String name, int fallback) {
        return options.containsKey(name) ? positiveInt(name) : fallback;
    }

    int positiveInt(String name) {
        try {
            int value = Integer.parseInt(required(name));
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }

    long longOr(String name, long fallback) {
        try {
            return options.containsKey(name) ? Long.parseLong(options.get(name)) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }
}
