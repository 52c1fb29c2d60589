package dev.cloudfit.assess.inventory.io;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.rvtools.RvToolsImporter;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the importer for an inventory file from what the file is. */
public final class InventoryInput {

    private InventoryInput() {
    }

    public static Inventory read(Path input) {
        if (!Files.exists(input)) {
            throw new BadInputException(InputLocation.of(input), "no such file or folder");
        }
        String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new RvToolsImporter().importWorkbook(input);
        }
        throw new BadInputException(InputLocation.of(input),
                "unrecognised inventory: expected an RVTools export (.xlsx)");
    }
}
