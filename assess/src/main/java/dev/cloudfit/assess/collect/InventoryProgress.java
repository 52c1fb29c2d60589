package dev.cloudfit.assess.collect;

/**
 * Hears how an inventory collection advances, for a progress bar or log lines. Called on the
 * collecting thread; implementations keep it short.
 */
public interface InventoryProgress {

    /** Hears nothing. */
    InventoryProgress NONE = new InventoryProgress() {
    };

    /** The VM count is known ({@code ContainerView.view} of the VM view), before the first VM arrives. */
    default void started(int totalVms) {
    }

    /** One more VM was mapped; {@code done} counts them from 1. */
    default void vmCollected(int done) {
    }
}
