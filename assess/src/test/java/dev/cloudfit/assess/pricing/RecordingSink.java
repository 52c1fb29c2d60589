package dev.cloudfit.assess.pricing;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it receives, for tests on small inputs. */
public final class RecordingSink implements PriceRowSink {

    public final List<PriceRow> rows = new ArrayList<>();
    public final List<RejectedRow> rejected = new ArrayList<>();

    @Override
    public void accept(PriceRow row) {
        rows.add(row);
    }

    @Override
    public void reject(RejectedRow row) {
        rejected.add(row);
    }
}
