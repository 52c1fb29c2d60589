package dev.cloudfit.assess.workspace.perf;

/**
 * The nearest-rank percentile: of n points sorted ascending, the {@code ceil(p × n ÷ 100)}-th smallest
 * (at least the first). An observed value, never an interpolation; the same as DuckDB's
 * {@code quantile_disc}, pinned by {@code WorkspaceSummariesTest}. Integer arithmetic, so P95 of 360
 * points is exactly the 342nd smallest, with no floating-point rounding of 0.95 × 360.
 */
final class NearestRank {

    private NearestRank() {
    }

    /** The 1-based rank of percentile {@code percent} (1–100) among {@code n ≥ 1} points. */
    static int rank(int percent, int n) {
        if (percent < 1 || percent > 100 || n < 1) {
            throw new IllegalArgumentException("percentile " + percent + " of " + n + " points");
        }
        return Math.max(1, (int) (((long) percent * n + 99) / 100));
    }

    /** Percentile {@code percent} of {@code sorted[from, from + n)}, which must be sorted ascending. */
    static double of(double[] sorted, int from, int n, int percent) {
        return sorted[from + rank(percent, n) - 1];
    }

    /**
     * Rearranges {@code a[from, from + n)} so that the {@code percents}' nearest-rank points (ascending
     * percents) sit at their sorted positions, and returns them, without sorting the whole range:
     * quickselect for the lowest rank, then each next rank within the points above the last. Falls back
     * to a full sort when the range holds a NaN (whose order only {@code Arrays.sort} defines).
     */
    static double[] select(double[] a, int from, int n, int... percents) {
        double[] out = new double[percents.length];
        int lo = from;
        int hi = from + n - 1;
        for (int k = lo; k <= hi; k++) {
            if (Double.isNaN(a[k])) {
                java.util.Arrays.sort(a, from, from + n);
                for (int i = 0; i < percents.length; i++) {
                    out[i] = of(a, from, n, percents[i]);
                }
                return out;
            }
        }
        int done = from - 1; // a[from, done] are final and below everything after them
        for (int i = 0; i < percents.length; i++) {
            int target = from + rank(percents[i], n) - 1;
            if (target > done) {
                selectInPlace(a, done + 1, hi, target);
                done = target;
            }
            out[i] = a[target];
        }
        return out;
    }

    /** Hoare quickselect: afterwards a[k] is the value a sort would put there, smaller ones before it, larger after. */
    private static void selectInPlace(double[] a, int lo, int hi, int k) {
        while (hi - lo >= 16) {
            int mid = (lo + hi) >>> 1;
            double pivot = median(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return; // between j and i every value equals the pivot
            }
        }
        for (int x = lo + 1; x <= hi; x++) { // insertion sort of the last few
            double v = a[x];
            int y = x - 1;
            while (y >= lo && a[y] > v) {
                a[y + 1] = a[y];
                y--;
            }
            a[y + 1] = v;
        }
    }

    private static double median(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
