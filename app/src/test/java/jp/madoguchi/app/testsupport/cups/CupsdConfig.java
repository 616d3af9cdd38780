package jp.madoguchi.app.testsupport.cups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jp.madoguchi.app.output.printing.cups.CupsRetention;

/**
 * The private cupsd's cups-files.conf and cupsd.conf under {@code dir/etc}: every file and directory it writes is
 * under {@code dir}; it listens on {@code socket} and on localhost:{@code port}; the access policies are Debian's
 * defaults, and it keeps what the kiosk's package sets with cupsctl (CupsRetention.REQUIRED): no job files after
 * printing, a minute of job history.
 *
 * <p>Every directive carries a value. CUPS 2.4.2-3+deb12u10 (a Debian 12 security update) refuses a bare directive
 * ("Missing value for Printcap"), which earlier builds took as "off"; so the printcap goes to a file of its own here
 * rather than being switched off, and {@link #check} has the installed cupsd test these files before it starts.
 */
final class CupsdConfig {
    private CupsdConfig() {}

    static void write(Path dir, Path socket, int port) throws IOException {
        Path etc = dir.resolve("etc");
        Path log = dir.resolve("log");
        Files.writeString(etc.resolve("cups-files.conf"), String.join("\n",
                "# Written by the test harness (CupsStack): a private cupsd; nothing outside this directory.",
                "ServerRoot " + etc,
                "RequestRoot " + dir.resolve("spool"),
                "CacheDir " + dir.resolve("cache"),
                "StateDir " + dir.resolve("state"),
                "ErrorLog " + log.resolve("error_log"),
                "AccessLog " + log.resolve("access_log"),
                "PageLog " + log.resolve("page_log"),
                // cupsd rewrites this file whenever the queues change; never the system's /etc/printcap.
                "Printcap " + dir.resolve("state").resolve("printcap"),
                "SystemGroup root",
                "FileDevice No", ""));
        Files.writeString(etc.resolve("cupsd.conf"), String.join("\n",
                "# Written by the test harness (CupsStack); the policies are Debian's default cupsd.conf.",
                "Listen " + socket,
                "Listen localhost:" + port,
                "LogLevel info",
                "MaxLogSize 0",
                "ErrorPolicy retry-job",
                "Browsing No",
                "WebInterface No",
                "DefaultShared No",
                "DefaultAuthType Basic",
                // PreserveJobFiles No, PreserveJobHistory 60: as the package's postinst sets them with cupsctl.
                String.join("\n", Arrays.stream(CupsRetention.REQUIRED.split(" ")).map(s -> s.replace('=', ' '))
                        .toList()),
                POLICIES));
    }

    /**
     * {@code cupsd -t}: the installed cupsd parses both files and says whether it takes them. A refusal stops the
     * start with cupsd's own message, instead of a cupsd that dies while the tests wait for it to come up.
     */
    static void check(Path etc) throws IOException {
        Commands.Result test = Commands.run(CupsStack.CUPSD.toString(), "-t", "-c", etc.resolve("cupsd.conf").toString(),
                "-s", etc.resolve("cups-files.conf").toString());
        if (!test.ok()) {
            throw new IOException("the installed cupsd refuses the private configuration (" + CupsStack.CUPSD
                    + " -t exited " + test.exit() + "): " + test.output().replace('\n', ' '));
        }
    }

    private static final String POLICIES = """
            <Location />
              Order allow,deny
            </Location>
            <Location /admin>
              Order allow,deny
            </Location>
            <Location /admin/conf>
              AuthType Default
              Require user @SYSTEM
              Order allow,deny
            </Location>
            <Policy default>
              JobPrivateAccess default
              JobPrivateValues default
              SubscriptionPrivateAccess default
              SubscriptionPrivateValues default
              <Limit Create-Job Print-Job Print-URI Validate-Job>
                Order deny,allow
              </Limit>
              <Limit Send-Document Send-URI Hold-Job Release-Job Restart-Job Purge-Jobs Set-Job-Attributes \
            Create-Job-Subscription Renew-Subscription Cancel-Subscription Get-Notifications Reprocess-Job \
            Cancel-Current-Job Suspend-Current-Job Resume-Job Cancel-My-Jobs Close-Job CUPS-Move-Job>
                Require user @OWNER @SYSTEM
                Order deny,allow
              </Limit>
              <Limit CUPS-Get-Document>
                AuthType Default
                Require user @OWNER @SYSTEM
                Order deny,allow
              </Limit>
              <Limit CUPS-Add-Modify-Printer CUPS-Delete-Printer CUPS-Add-Modify-Class CUPS-Delete-Class \
            CUPS-Set-Default CUPS-Get-Devices>
                AuthType Default
                Require user @SYSTEM
                Order deny,allow
              </Limit>
              <Limit Pause-Printer Resume-Printer Enable-Printer Disable-Printer Pause-Printer-After-Current-Job \
            Hold-New-Jobs Release-Held-New-Jobs Deactivate-Printer Activate-Printer Restart-Printer Shutdown-Printer \
            Startup-Printer Promote-Job Schedule-Job-After Cancel-Jobs CUPS-Accept-Jobs CUPS-Reject-Jobs>
                AuthType Default
                Require user @SYSTEM
                Order deny,allow
              </Limit>
              <Limit Cancel-Job CUPS-Authenticate-Job>
                Require user @OWNER @SYSTEM
                Order deny,allow
              </Limit>
              <Limit All>
                Order deny,allow
              </Limit>
            </Policy>
            """;
}
