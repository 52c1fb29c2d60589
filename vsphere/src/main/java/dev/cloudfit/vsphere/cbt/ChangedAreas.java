package dev.cloudfit.vsphere.cbt;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.fault.VimFaultException;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * {@code QueryChangedDiskAreas} over a whole disk: each answer covers {@code [startOffset, startOffset+length)};
 * the next call starts where it ended, until the capacity is covered.
 *
 * <p>A refused change id ({@code FileFault}, or {@code InvalidArgument} on {@code changeId}) raises
 * {@link UnknownChangeIdException}: tracking was reset and the caller must copy everything again.
 */
public final class ChangedAreas {

    private static final Set<String> RESET_FAULTS = Set.of("FileFault", "InvalidArgument");

    private final VcenterSession session;

    public ChangedAreas(VcenterSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * @param vm the VM
     * @param snapshot the snapshot whose disk state is compared (a powered-on VM needs one)
     * @param deviceKey the disk
     * @param capacity the disk's size in bytes
     * @param changeId {@link DiskChanges#ALL_ALLOCATED} or a change id from an earlier snapshot's disk backing
     */
    public DiskChanges query(ManagedObjectReference vm, ManagedObjectReference snapshot, int deviceKey, long capacity,
                             String changeId) {
        List<DiskArea> areas = new ArrayList<>();
        long offset = 0;
        while (offset < capacity) {
            Window window = window(vm, snapshot, deviceKey, offset, changeId);
            if (window.start != offset || window.length <= 0) {
                throw new ExternalSystemException("QueryChangedDiskAreas on disk " + deviceKey + " of " + vm
                        + " answered the window [" + window.start + ", +" + window.length + ") when asked from " + offset);
            }
            for (DiskArea area : window.areas) {
                add(areas, area, offset, window.start + window.length);
            }
            offset = window.start + window.length;
        }
        return new DiskChanges(changeId, areas);
    }

    private Window window(ManagedObjectReference vm, ManagedObjectReference snapshot, int deviceKey, long offset,
                          String changeId) {
        SoapRequest.Builder request = SoapRequest.method("QueryChangedDiskAreas", vm);
        if (snapshot != null) {
            request.reference("snapshot", snapshot);
        }
        request.number("deviceKey", deviceKey).number("startOffset", offset).text("changeId", changeId);
        try {
            return session.call(request.build(), WINDOW);
        } catch (VimFaultException e) {
            boolean aboutChangeId = !changeId.equals(DiskChanges.ALL_ALLOCATED) && RESET_FAULTS.contains(e.faultName())
                    && (e.faultName().equals("FileFault") || "changeId".equals(e.fault().detail("invalidProperty")));
            if (aboutChangeId) {
                throw new UnknownChangeIdException(changeId, "vCenter no longer knows change id '" + changeId + "' of disk "
                        + deviceKey + " of " + vm + " (" + e.fault().describe() + "): changed-block tracking was reset", e);
            }
            throw e;
        }
    }

    /** Appends an area clipped to the window, merging it with the previous one when they touch. */
    private static void add(List<DiskArea> areas, DiskArea area, long from, long to) {
        long start = Math.max(area.start(), from);
        long end = Math.min(area.end(), to);
        if (end <= start) {
            return;
        }
        if (!areas.isEmpty()) {
            DiskArea last = areas.get(areas.size() - 1);
            if (start < last.end()) {
                throw new ExternalSystemException("QueryChangedDiskAreas answered overlapping or unordered areas at byte " + start);
            }
            if (start == last.end()) {
                areas.set(areas.size() - 1, new DiskArea(last.start(), end - last.start()));
                return;
            }
        }
        areas.add(new DiskArea(start, end - start));
    }

    private record Window(long start, long length, List<DiskArea> areas) {
    }

    private static final SoapResponseReader<Window> WINDOW = reader -> {
        Window found = null;
        while (StaxReading.nextChild(reader)) {
            if (reader.getLocalName().equals("returnval")) {
                found = readWindow(reader);
            } else {
                StaxReading.skipElement(reader);
            }
        }
        if (found == null) {
            throw new XMLStreamException("QueryChangedDiskAreas answered no DiskChangeInfo");
        }
        return found;
    };

    private static Window readWindow(javax.xml.stream.XMLStreamReader reader) throws XMLStreamException {
        long start = -1;
        long length = -1;
        List<DiskArea> areas = new ArrayList<>();
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "startOffset" -> start = StaxReading.longValue(reader);
                case "length" -> length = StaxReading.longValue(reader);
                case "changedArea" -> {
                    long s = -1;
                    long l = -1;
                    while (StaxReading.nextChild(reader)) {
                        switch (reader.getLocalName()) {
                            case "start" -> s = StaxReading.longValue(reader);
                            case "length" -> l = StaxReading.longValue(reader);
                            default -> StaxReading.skipElement(reader);
                        }
                    }
                    if (l > 0) {
                        areas.add(new DiskArea(s, l));
                    }
                }
                default -> StaxReading.skipElement(reader);
            }
        }
        return new Window(start, length, areas);
    }

    @Override
    public String toString() {
        return "ChangedAreas[" + session.transport().endpoint() + "]";
    }
}
