package dev.cloudfit.assess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.error.CloudfitException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CatalogRefreshCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CatalogRefreshCommand command, String... args) {
        CommandLine cli = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.write(e.getMessage());
            return e instanceof CloudfitException ce ? ce.exitCode().code() : 4;
        });
        return cli.execute(args);
    }

    @Test
    void withoutCredentialsItSaysWhatToSetInOneLine_exit2_andWritesNothing() {
        CatalogRefreshCommand c = new CatalogRefreshCommand();
        c.environment = Map.<String, String>of()::get;
        int code = run(c, "--region", "westeurope", "--subscription", "sub-1", "--workspace", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_TENANT_ID")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(dir.resolve("catalog")).doesNotExist();
    }

    @Test
    void withCredentialsButNoSubscription_exit2_namesTheOption() {
        CatalogRefreshCommand c = new CatalogRefreshCommand();
        c.environment = Map.of("AZURE_CLIENT_ID", "id", "AZURE_CLIENT_SECRET", "s", "AZURE_TENANT_ID", "t")::get;
        int code = run(c, "--region", "westeurope", "--workspace", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--subscription").doesNotContain("\n");
    }

    @Test
    @org.junit.jupiter.api.Timeout(30) // offline it used to take 86 s and blame the credentials
    void aSignInHostThatDoesNotResolveFailsAtOnceNamingTheHostNotTheCredentials_exit3() {
        CatalogRefreshCommand c = new CatalogRefreshCommand();
        c.environment = Map.of("AZURE_CLIENT_ID", "id", "AZURE_CLIENT_SECRET", "s", "AZURE_TENANT_ID", "t",
                "AZURE_AUTHORITY_HOST", "https://nonexistent.invalid/")::get;
        int code = run(c, "--region", "westeurope", "--subscription", "sub-1", "--workspace", dir.toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("cannot resolve the host name nonexistent.invalid of Microsoft Entra ID"
                + " sign-in (https://nonexistent.invalid/): name resolution (DNS) failed")
                .doesNotContain("credentials").doesNotContain("\n");
        assertThat(dir.resolve("catalog")).doesNotExist();
    }
}
