package dev.cloudfit.assess.inventory.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices the generator makes, over a seeded {@link SplittableRandom}. Each VM gets its
 * own stream derived from (seed, index), so any VM can be made again without the ones before it.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(SplittableRandom random) {
        this.random = random;
    }

    /** A stream for one purpose ({@code salt}) and one item ({@code index}) of the estate with {@code seed}. */
    static Dice forItem(long seed, long salt, long index) {
        return new Dice(new SplittableRandom(mix(mix(seed ^ 0x5DEECE66DL) + salt * 0x9E3779B97F4A7C15L + index)));
    }

    /** The SplitMix64 finalizer: spreads nearby inputs over the whole 64-bit range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform in {@code [from, to]}. */
    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    double between(double from, double to) {
        return random.nextDouble(from, to);
    }

    long nextLong() {
        return random.nextLong();
    }

    <T> T oneOf(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of {@code items}, each with the matching weight (any positive scale). */
    <T> T weighted(List<T> items, double[] weights) {
        if (items.size() != weights.length) {
            throw new IllegalArgumentException("items and weights differ in length");
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    /** {@code value} in lower-case hex, left-padded with zeros to {@code width} digits. */
    static String hexPadded(int value, int width) {
        return pad(Integer.toHexString(value), width);
    }

    /** {@code value} in decimal, left-padded with zeros to {@code width} digits. */
    static String decimalPadded(int value, int width) {
        return pad(Integer.toString(value), width);
    }

    private static String pad(String digits, int width) {
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Hex digits from the stream, lower case. */
    String hex(int digits) {
        char[] s = new char[digits];
        long bits = 0;
        for (int i = 0; i < digits; i++) {
            if (i % 16 == 0) {
                bits = random.nextLong();
            }
            s[i] = Character.forDigit((int) (bits & 0xF), 16);
            bits >>>= 4;
        }
        return new String(s);
    }
}
