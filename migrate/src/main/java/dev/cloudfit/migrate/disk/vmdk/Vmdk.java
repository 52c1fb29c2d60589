package dev.cloudfit.migrate.disk.vmdk;

import dev.cloudfit.migrate.disk.raw.RawFileRegion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Opens VMDKs: a sparse file with an embedded descriptor (monolithicSparse, streamOptimized in
 * VMware's or qemu-img's layout), or a text descriptor with its extent files (monolithicFlat,
 * vmfs, vmfsThin, twoGbMaxExtentSparse, twoGbMaxExtentFlat). Snapshot deltas, raw device mappings
 * and ESXi sparse formats are refused with a message saying so.
 */
public final class Vmdk {

    private static final Set<String> SUPPORTED = Set.of("monolithicSparse", "monolithicFlat", "vmfs", "vmfsThin",
            "vmfsEagerZeroedThick", "streamOptimized", "twoGbMaxExtentSparse", "twoGbMaxExtentFlat");

    private Vmdk() {
    }

    /** Opens the VMDK at {@code file}; extent files are looked for next to a text descriptor. */
    public static VmdkImage open(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw Problem.in(name, Files.exists(file) ? "not a regular file" : "no such file");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        boolean handedOver = false;
        try {
            ByteBuffer first = ByteBuffer.allocate(SparseHeader.SIZE);
            while (first.hasRemaining() && channel.read(first) >= 0) {
                // fill the first sector, or stop at the end of a short file
            }
            first.flip();
            if (SparseHeader.hasMagic(first)) {
                SparseHeader header = SparseHeader.parse(first, name, 0);
                VmdkDescriptor descriptor = embeddedDescriptor(channel, header, name);
                String createType = createType(descriptor, header, name);
                Extent extent = sparseExtent(channel, header, header.capacitySectors(), name);
                handedOver = true;
                return new VmdkImage(name, createType, List.of(extent));
            }
            if (first.remaining() >= 4 && "COWD".equals(ascii(first, 4))) {
                throw Problem.at(name, 0, "a vmfsSparse snapshot delta (COWD): not supported; consolidate or "
                        + "export the VM's disk first");
            }
            long size = channel.size();
            if (size > VmdkDescriptor.MAX_BYTES) {
                throw Problem.at(name, 0, "expected a VMDK: a sparse extent header ('KDMV') or a text descriptor "
                        + "(at most 64 KiB); found neither");
            }
            String text = untilNul(Files.readAllBytes(file));
            if (!looksLikeDescriptor(text)) {
                throw Problem.at(name, 0, "expected a VMDK: a sparse extent header ('KDMV') or a text descriptor "
                        + "('# Disk DescriptorFile', createType=...); found neither");
            }
            VmdkDescriptor descriptor = VmdkDescriptor.parse(text, name);
            String createType = createType(descriptor, null, name);
            return new VmdkImage(name, createType, extents(file, descriptor, name));
        } finally {
            if (!handedOver) {
                channel.close();
            }
        }
    }

    /**
     * Opens a streamOptimized VMDK arriving as a stream (an export download), read once; the caller's
     * stream is closed with the image. {@code description} names it in messages (no secrets in it).
     */
    public static VmdkImage openStream(InputStream stream, String description) throws IOException {
        ReadableByteChannel in = Channels.newChannel(stream);
        boolean handedOver = false;
        try {
            ByteBuffer first = ByteBuffer.allocate(SparseHeader.SIZE);
            readFully(in, first, description);
            first.flip();
            if (!SparseHeader.hasMagic(first)) {
                throw Problem.at(description, 0, "expected a streamOptimized VMDK starting with 'KDMV'");
            }
            SparseHeader header = SparseHeader.parse(first, description, 0);
            if (!header.compressed() || !header.hasMarkers()) {
                throw Problem.at(description, 8, "expected a streamOptimized VMDK (compressed grains with markers, "
                        + "flags bits 16 and 17), found flags 0x" + Integer.toHexString(header.flags())
                        + ": only streamOptimized can be read as a stream");
            }
            long consumed = SparseHeader.SIZE;
            String createType = "streamOptimized";
            if (header.descriptorOffset() > 0 && header.descriptorSectors() > 0) {
                long gap = header.descriptorOffset() * 512 - consumed;
                skip(in, gap, description);
                ByteBuffer text = ByteBuffer.allocate(descriptorBytes(header, description));
                readFully(in, text, description);
                consumed += gap + text.capacity();
                VmdkDescriptor descriptor = VmdkDescriptor.parse(untilNul(text.array()), description);
                createType = createType(descriptor, header, description);
            }
            Extent extent = new StreamOptimizedExtent(description, in, header, consumed, header.capacitySectors(),
                    null);
            handedOver = true;
            return new VmdkImage(description, createType, List.of(extent));
        } finally {
            if (!handedOver) {
                in.close();
            }
        }
    }

    private static Extent sparseExtent(FileChannel channel, SparseHeader header, long sectors, String name)
            throws IOException {
        if (header.compressed() && header.hasMarkers()) {
            channel.position(0);
            return new StreamOptimizedExtent(name, channel, header, 0, sectors, channel);
        }
        if (header.compressed()) {
            throw Problem.at(name, 8, "compressed grains without markers: not supported (expected a "
                    + "monolithicSparse or a streamOptimized extent)");
        }
        return new SparseExtent(name, channel, header, sectors);
    }

    private static VmdkDescriptor embeddedDescriptor(FileChannel channel, SparseHeader header, String name)
            throws IOException {
        if (header.descriptorOffset() <= 0 || header.descriptorSectors() <= 0) {
            return null;
        }
        ByteBuffer text = ByteBuffer.allocate(descriptorBytes(header, name));
        long at = header.descriptorOffset() * 512;
        while (text.hasRemaining()) {
            if (channel.read(text, at + text.position()) < 0) {
                throw Problem.at(name, at + text.position(), "expected the embedded descriptor ("
                        + text.capacity() + " bytes from byte " + at + "), the file ends");
            }
        }
        return VmdkDescriptor.parse(untilNul(text.array()), name);
    }

    private static int descriptorBytes(SparseHeader header, String name) {
        long bytes = header.descriptorSectors() * 512;
        if (bytes > VmdkDescriptor.MAX_BYTES) {
            throw Problem.at(name, 36, "expected an embedded descriptor of at most 128 sectors, found "
                    + header.descriptorSectors());
        }
        return (int) bytes;
    }

    /** The createType, checked: supported, and not a snapshot delta. */
    private static String createType(VmdkDescriptor descriptor, SparseHeader header, String name) {
        if (descriptor == null) {
            return header.compressed() ? "streamOptimized" : "monolithicSparse";
        }
        String type = descriptor.createType();
        if (descriptor.hasParent()) {
            throw Problem.in(name, "a snapshot delta (parentCID " + descriptor.entries().get("parentCID")
                    + "): not supported; convert the consolidated disk or export the VM");
        }
        if (!SUPPORTED.contains(type)) {
            throw Problem.in(name, "createType '" + type + "' is not supported (expected one of "
                    + String.join(", ", SUPPORTED.stream().sorted().toList()) + ")");
        }
        return type;
    }

    private static List<Extent> extents(Path descriptorFile, VmdkDescriptor descriptor, String name)
            throws IOException {
        if (descriptor.extents().isEmpty()) {
            throw Problem.in(name, "expected at least one extent line (RW <sectors> <type> \"<file>\"), found none");
        }
        Path dir = descriptorFile.toAbsolutePath().getParent();
        List<Extent> extents = new ArrayList<>();
        boolean done = false;
        try {
            for (ExtentLine line : descriptor.extents()) {
                extents.add(extent(dir, line, name));
            }
            done = true;
            return extents;
        } finally {
            if (!done) {
                for (Extent e : extents) {
                    e.close();
                }
            }
        }
    }

    private static Extent extent(Path dir, ExtentLine line, String name) throws IOException {
        String where = name + " line " + line.lineNumber();
        if (line.type().equals("ZERO")) {
            return new ZeroExtent(line.sectors());
        }
        Path file = dir.resolve(line.file());
        if (!Files.isRegularFile(file)) {
            throw Problem.in(where, "the extent file '" + line.file() + "' does not exist next to the descriptor");
        }
        switch (line.type()) {
            case "FLAT", "VMFS" -> {
                return new FlatExtent(RawFileRegion.open(file, line.startSector() * 512, line.sectors() * 512,
                        where + " asks for " + line.sectors() + " sectors from sector " + line.startSector()));
            }
            case "SPARSE" -> {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                try {
                    ByteBuffer first = ByteBuffer.allocate(SparseHeader.SIZE);
                    while (first.hasRemaining() && channel.read(first) >= 0) {
                        // fill the header sector
                    }
                    first.flip();
                    String extentName = String.valueOf(file.getFileName());
                    SparseHeader header = SparseHeader.parse(first, extentName, 0);
                    return sparseExtent(channel, header, line.sectors(), extentName);
                } catch (RuntimeException | IOException e) {
                    channel.close();
                    throw e;
                }
            }
            default -> throw Problem.in(where, "extent type " + line.type() + " is not supported (expected FLAT, VMFS,"
                    + " SPARSE or ZERO)" + (line.type().contains("RDM") || line.type().contains("RAW")
                    ? ": a raw device mapping has no disk file to convert" : ""));
        }
    }

    private static boolean looksLikeDescriptor(String text) {
        return text.contains("# Disk DescriptorFile") || text.toLowerCase(Locale.ROOT).contains("createtype");
    }

    private static String untilNul(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static String ascii(ByteBuffer b, int n) {
        byte[] bytes = new byte[n];
        b.duplicate().get(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static void readFully(ReadableByteChannel in, ByteBuffer b, String description) throws IOException {
        while (b.hasRemaining()) {
            if (in.read(b) < 0) {
                throw Problem.in(description, "the stream ends after " + b.position() + " bytes, expected "
                        + b.capacity() + " (the VMDK header or descriptor)");
            }
        }
    }

    private static void skip(ReadableByteChannel in, long n, String description) throws IOException {
        if (n < 0) {
            throw Problem.at(description, 28, "expected the descriptor after the header");
        }
        ByteBuffer scratch = ByteBuffer.allocate(8192);
        long left = n;
        while (left > 0) {
            scratch.clear().limit((int) Math.min(scratch.capacity(), left));
            int read = in.read(scratch);
            if (read < 0) {
                throw Problem.at(description, n - left, "expected the descriptor, the stream ends");
            }
            left -= read;
        }
    }
}
