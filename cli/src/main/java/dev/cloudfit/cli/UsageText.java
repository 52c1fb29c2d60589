package dev.cloudfit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Makes every command's help read as sentences. Commands write long descriptions as several source lines; picocli
 * prints each element on a line of its own and takes the first as the command's summary, so a sentence spread over
 * two elements was cut in the command list and broken mid-line in the command's help. Elements are joined into
 * paragraphs here (an element ending in {@code . : ! ?} or an empty one ends a paragraph), and picocli wraps them
 * at the terminal width. It also words picocli's enum errors as the help does ({@code table|json}).
 */
final class UsageText {

    private static final Pattern ENUM_CHOICES = Pattern.compile("expected one of \\[([A-Z0-9_, ]+)] \\(case-insensitive\\)");

    private UsageText() {
    }

    /** Joins the description lines of {@code cli} and all its subcommands into paragraphs. */
    static void reflow(CommandLine cli) {
        CommandSpec spec = cli.getCommandSpec();
        spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getParent() == cli) {
                reflow(sub);
            }
        }
    }

    static String[] paragraphs(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                flush(current, out);
                out.add("");
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(t);
            if (t.endsWith(".") || t.endsWith(":") || t.endsWith("!") || t.endsWith("?")) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out.toArray(String[]::new);
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /** "expected one of [TABLE, JSON] (case-insensitive)" becomes "expected table|json", as help spells it. */
    static String enumChoices(String message) {
        Matcher m = ENUM_CHOICES.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String choices = String.join("|", m.group(1).toLowerCase(Locale.ROOT).replace('_', '-').split(",\\s*"));
            m.appendReplacement(out, Matcher.quoteReplacement("expected " + choices));
        }
        m.appendTail(out);
        return out.toString();
    }
}
