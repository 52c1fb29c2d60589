package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a person sees of the command line: help, usage errors and JSON output, through the real boundary. */
class HelpAndUsageTest {

    @Test
    void pricesShowPrintsJsonWithDatesAsText() throws Exception {
        CommandRun run = CommandRun.of("prices", "show", "--region", "westeurope", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("kind").asText()).isEqualTo("EMBEDDED");
        assertThat(json.get("sources").get(0).get("dataDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void helpIsACommand() {
        CommandRun top = CommandRun.of("help");
        assertThat(top.code()).as(top.err()).isZero();
        assertThat(top.out()).startsWith("Usage: cloudfit ").contains("Commands:");
        CommandRun prices = CommandRun.of("help", "prices");
        assertThat(prices.code()).isZero();
        assertThat(prices.out()).startsWith("Usage: cloudfit prices ");
    }

    @Test
    void anUnknownCommandWithHelpSaysItDoesNotExist() {
        CommandRun run = CommandRun.of("nosuch", "convert", "--help");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("cloudfit: 'nosuch' is not a cloudfit command (see 'cloudfit --help')");
        assertThat(run.out()).isEmpty();
        CommandRun nested = CommandRun.of("prices", "nosuch", "--help");
        assertThat(nested.code()).isEqualTo(2);
        assertThat(nested.err()).contains("'nosuch' is not a cloudfit prices command");
    }

    @Test
    void enumErrorsSpellTheChoicesAsHelpDoes() {
        CommandRun run = CommandRun.of("prices", "show", "--region", "westeurope", "--format", "xml").isUsageError();
        assertThat(run.err()).contains("expected table|json but was 'xml'").doesNotContain("[TABLE, JSON]");
    }

    @Test
    void pricesRefreshWithoutAWorkspaceIsAUsageError() {
        CommandRun run = CommandRun.of("prices", "refresh", "--region", "westeurope").isUsageError();
        assertThat(run.err()).contains("Missing required option: '--workspace=DIR'");
    }

    @Test
    void optionRangesAreInTheHelp() {
        String help = CommandRun.of("collect", "--help").out();
        assertThat(help).contains("Days of performance history to read, 1 to 365")
                .contains("Concurrent performance queries, 1 to 16");
    }

    /**
     * Every command's summary in its parent's list is a whole sentence, and no description line is broken before
     * the terminal width unless a sentence or paragraph ends there.
     */
    @Test
    void summariesAndDescriptionsAreWholeSentencesWrappedAtTheWidth() {
        CommandLine root = CloudfitCommandLine.build(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        for (CommandLine c : all) {
            String name = c.getCommandSpec().qualifiedName(" ");
            String[] description = c.getCommandSpec().usageMessage().description();
            if (c != root && description.length > 0) {
                assertThat(description[0].strip()).as("summary of %s", name).endsWith(".");
            }
            String[] lines = c.getHelp().description().split("\n");
            for (int i = 0; i + 1 < lines.length; i++) {
                String line = lines[i].stripTrailing();
                boolean paragraphEnds = line.isEmpty() || lines[i + 1].isBlank() || line.matches(".*[.:!?)]$");
                if (!paragraphEnds) {
                    assertThat(line.length()).as("'%s' in the help of %s is broken before the width", line, name)
                            .isGreaterThan(55);
                }
            }
        }
    }

    private static void collect(CommandLine c, List<CommandLine> all) {
        all.add(c);
        c.getSubcommands().values().stream().filter(s -> s.getParent() == c).forEach(s -> collect(s, all));
    }
}
