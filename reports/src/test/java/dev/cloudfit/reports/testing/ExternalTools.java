package dev.cloudfit.reports.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent tools the workbook tests check against: openpyxl (through
 * {@code /usr/bin/python3} and {@code workbook_tool.py}), LibreOffice headless (a fresh profile per
 * run, told to recalculate every formula on load) and poppler's {@code pdftoppm}.
 */
public final class ExternalTools {

    public static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExternalTools() {
    }

    public static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** openpyxl's view of a workbook: every sheet's cells with their data types, and sheet features. */
    public static JsonNode dump(Path xlsx, boolean dataOnly) {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, script().toString(), "dump", xlsx.toString()));
        if (dataOnly) {
            cmd.add("--data-only");
        }
        try {
            return JSON.readTree(run(cmd, 120, xlsx.getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits a workbook with openpyxl (ops as documented in workbook_tool.py) and saves it as {@code out}. */
    public static void edit(Path in, Path out, Object ops) {
        try {
            run(List.of(PYTHON, script().toString(), "edit", in.toString(), out.toString(),
                    JSON.writeValueAsString(ops)), 120, in.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts files with LibreOffice headless into {@code outDir}; formulas are recalculated on load. */
    public static void soffice(String format, Path outDir, Path profile, Path... inputs) throws IOException {
        Path user = profile.resolve("user");
        Files.createDirectories(user);
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
                oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString()));
        for (Path p : inputs) {
            cmd.add(p.toString());
        }
        run(cmd, 240, outDir);
    }

    public static void pdfPageToPng(Path pdf, Path pngPrefix) {
        run(List.of("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                pngPrefix.toString()), 120, pdf.getParent());
    }

    /** Runs a command, returns its stdout; fails the test on a non-zero exit or a timeout. */
    public static String run(List<String> cmd, int timeoutSeconds, Path workDir) {
        try {
            Path out = Files.createTempFile(workDir, "tool", ".out");
            Path err = Files.createTempFile(workDir, "tool", ".err");
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + cmd);
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError("exit " + p.exitValue() + " from " + cmd + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            Files.delete(out);
            Files.delete(err);
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Path script() {
        return resource("/openpyxl/workbook_tool.py");
    }

    /**
     * A script shipped with these test classes, as a file: itself when the classes are a folder, a
     * copy in a temp folder when they come in a jar (another module's tests use this test-jar).
     */
    public static synchronized Path resource(String name) {
        try {
            java.net.URL url = ExternalTools.class.getResource(name);
            if (url == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI());
            }
            Path copy = EXTRACTED.resolve(name.substring(name.lastIndexOf('/') + 1));
            if (!Files.exists(copy)) {
                try (java.io.InputStream in = url.openStream()) {
                    Files.copy(in, copy);
                }
                copy.toFile().deleteOnExit();
            }
            return copy;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Path EXTRACTED;

    static {
        try {
            EXTRACTED = Files.createTempDirectory("cloudfit-test-scripts");
            EXTRACTED.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
