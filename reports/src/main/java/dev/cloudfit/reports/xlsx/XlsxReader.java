package dev.cloudfit.reports.xlsx;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads an .xlsx workbook sheet by sheet, row by row, without building the workbook in memory
 * (POI's OPC package + shared strings, and our own streaming pass over each sheet's XML).
 * Every failure to read becomes a one-line {@link BadInputException} naming the file (and sheet).
 */
public final class XlsxReader implements AutoCloseable {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final Path file;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStringTable strings;
    private final List<String> sheetNames;

    private XlsxReader(Path file, OPCPackage pkg, XSSFReader reader, SharedStringTable strings,
            List<String> sheetNames) {
        this.file = file;
        this.pkg = pkg;
        this.reader = reader;
        this.strings = strings;
        this.sheetNames = sheetNames;
    }

    /** Opens a workbook, refusing what is not a readable, unencrypted .xlsx with a clear message. */
    public static XlsxReader open(Path file) {
        InputLocation where = InputLocation.of(file);
        checkSignature(file, where);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            SharedStringTable strings = readSharedStrings(pkg);
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                }
            }
            return new XlsxReader(file, pkg, reader, strings, Collections.unmodifiableList(names));
        } catch (Exception | Error e) {
            if (pkg != null) {
                pkg.revert();
            }
            if (e instanceof BadInputException b) {
                throw b;
            }
            if (e instanceof InvalidUtf8Text bad) {
                throw new BadInputException(where, "part xl/sharedStrings.xml: " + bad.getMessage() + " (a damaged or"
                        + " hand-edited workbook); save it again from Excel or export it again", e);
            }
            if (e instanceof VirtualMachineError vme && !(vme instanceof OutOfMemoryError)) {
                throw vme;
            }
            throw new BadInputException(where, describe(e), e);
        }
    }

    private static SharedStringTable readSharedStrings(OPCPackage pkg) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return SharedStringTable.EMPTY;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return SharedStringTable.read(in);
        }
    }

    private static void checkSignature(Path file, InputLocation where) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(where, Files.exists(file) ? "not a file" : "no such file");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new BadInputException(where, "cannot read: " + e.getMessage(), e);
        }
        if (n >= 8 && startsWith(head, OLE2_MAGIC)) {
            throw new BadInputException(where, isEncrypted(file)
                    ? "the workbook is encrypted (password-protected); save an unprotected copy and try again"
                    : "this is a legacy .xls (Excel 97-2003) file; save it as .xlsx and try again");
        }
        if (n < 4 || !startsWith(head, ZIP_MAGIC)) {
            throw new BadInputException(where, n == 0 ? "the file is empty"
                    : "not an .xlsx workbook (an .xlsx file is a zip archive; this one is not)");
        }
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A one-line reason from a POI or XML failure, recognising the cases users meet. */
    static String describe(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        String s = all.toString().toLowerCase(Locale.ROOT);
        if (s.contains("zip bomb")) {
            return "refused: the archive expands far beyond its size (a zip bomb, or a damaged file)";
        }
        if (e instanceof OutOfMemoryError) {
            return "the workbook is too large to read with this much memory (raise -Xmx via CLOUDFIT_JAVA_OPTS)";
        }
        if (s.contains("truncated") || s.contains("unexpected end") || s.contains("end of central directory")
                || s.contains("eofexception") || s.contains("invalid stored block")) {
            return "the workbook is truncated or damaged (the zip archive is incomplete)";
        }
        if (s.contains("notofficexmlfile") || s.contains("no valid entries") || s.contains("content_types")
                || s.contains("not a valid") || s.contains("zip")) {
            return "not a readable .xlsx workbook (damaged archive or another format)";
        }
        if (s.contains("doctype") || s.contains("dtd")) {
            return "refused: the workbook's XML declares a DTD (not allowed; possible XML entity attack)";
        }
        if (s.contains("utf-8") || s.contains("invalid byte") || s.contains("malformedinput")
                || s.contains("invalid xml character") || s.contains("invalid character")) {
            return "the workbook's XML is not valid UTF-8 text (a damaged or hand-edited part); save it again from"
                    + " Excel or export it again";
        }
        if (s.contains("saxparseexception") || s.contains("xmlstreamexception")) {
            return "the workbook's XML is damaged (" + plain(e) + "); save it again from Excel or export it again";
        }
        return "cannot read the workbook: " + plain(e);
    }

    /** The innermost message without Java class names ({@code SAXParseException; lineNumber: 2; ...}). */
    private static String plain(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? "no details" : root.getMessage();
        m = m.replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)[;:]?\\s*", "").trim();
        return (m.isEmpty() ? "no details" : m).replace('\n', ' ');
    }

    public Path file() {
        return file;
    }

    /** The sheet names in workbook order. */
    public List<String> sheetNames() {
        return sheetNames;
    }

    /** The actual name of a sheet, matched case-insensitively and ignoring surrounding spaces. */
    public Optional<String> findSheet(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return sheetNames.stream().filter(s -> s.trim().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Streams one sheet's rows to the handler. Exceptions the handler throws pass through unchanged. */
    public void read(String sheetName, RowHandler handler) {
        InputLocation where = InputLocation.of(file).inSheet(sheetName);
        RowHandler guarded = new RowHandler() {
            @Override
            public void row(SheetRow row) {
                try {
                    handler.row(row);
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
            }

            @Override
            public boolean wants(int column) {
                return handler.wants(column);
            }
        };
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (it.getSheetName().equals(sheetName)) {
                        try (InputStream ahead = ReadAheadInputStream.of(in)) {
                            new SheetXmlParser(strings::get).parse(ahead, guarded);
                        }
                        return;
                    }
                }
            }
            throw new BadInputException(where, "no such sheet");
        } catch (HandlerFailure e) {
            throw e.original;
        } catch (InvalidUtf8Text e) {
            throw new BadInputException(e.isCell() ? where.atRow(e.row()) : where, e.getMessage()
                    + " (a damaged or hand-edited workbook); save it again from Excel or export it again", e);
        } catch (BadInputException e) {
            throw e;
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new BadInputException(where, "the sheet's XML is damaged (" + e.getMessage() + ")", e);
        } catch (Exception e) {
            throw new BadInputException(where, describe(e), e);
        }
    }

    /** Carries an exception of the caller's handler through the parser untouched. */
    private static final class HandlerFailure extends RuntimeException {
        private final RuntimeException original;

        HandlerFailure(RuntimeException original) {
            super(null, null, false, false);
            this.original = original;
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
