package dev.cloudfit.assess.pricing;

/**
 * Receives price rows one at a time as a source parses them, so a whole price list never has to be held in
 * memory. Calls come from one thread at a time.
 */
public interface PriceRowSink {

    void accept(PriceRow row);

    void reject(RejectedRow row);
}
