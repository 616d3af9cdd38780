package jp.madoguchi.app.kiosk.staff;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code callStaff:} in the configuration: what the call-staff key on screens that need staff does. {@code notice}
 * (default true) shows the waiting call on the kiosk's own screen until staff answer it on the staff screen;
 * {@code command} runs when a resident calls and {@code answeredCommand} when staff answer, each as a program and its
 * arguments, without a shell (a lamp or buzzer through {@code gpioset}, a chime, a message to an office). Left out,
 * there is no key and the screens ask residents to tell staff nearby.
 */
public record StaffCallSettings(Boolean notice, List<String> command, List<String> answeredCommand) {
    public StaffCallSettings {
        notice = notice == null || notice;
        command = checked("callStaff.command", command);
        answeredCommand = checked("callStaff.answeredCommand", answeredCommand);
        if (!notice && command.isEmpty()) {
            throw new IllegalArgumentException("callStaff: with notice: false a command is needed, or the key would"
                    + " reach nobody");
        }
        if (command.isEmpty() && !answeredCommand.isEmpty()) {
            throw new IllegalArgumentException("callStaff.answeredCommand needs a command to answer");
        }
    }

    /** An empty list for none; else an absolute program path (no PATH lookup, no shell) and plain arguments. */
    private static List<String> checked(String field, List<String> argv) {
        if (argv == null || argv.isEmpty()) {
            return List.of();
        }
        for (String arg : argv) {
            if (arg == null || arg.isEmpty() || arg.indexOf('\0') >= 0) {
                throw new IllegalArgumentException(field + ": every argument must be non-empty text");
            }
        }
        if (!Path.of(argv.get(0)).isAbsolute()) {
            throw new IllegalArgumentException(field + ": the program must be an absolute path, got '" + argv.get(0)
                    + "' (it runs without a shell or PATH)");
        }
        return List.copyOf(argv);
    }
}
