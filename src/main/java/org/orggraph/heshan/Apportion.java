package org.orggraph.heshan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Splitting an exact total over weighted parts and drawing without replacement: the two tools that let a
 * random-looking data set still hit the source's figures to the unit.
 */
final class Apportion {

    private Apportion() {
    }

    /**
     * Largest-remainder split of {@code total} over {@code weights}: the parts add up to {@code total} exactly,
     * each is within one of its proportional share, ties go to the earlier part (deterministic).
     */
    static int[] largestRemainder(int total, double[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("negative total " + total);
        }
        double sum = 0;
        for (double w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            sum += w;
        }
        int[] parts = new int[weights.length];
        if (weights.length == 0 || sum == 0) {
            if (total != 0) {
                throw new IllegalArgumentException("cannot split " + total + " over no weight");
            }
            return parts;
        }
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double share = total * weights[i] / sum;
            parts[i] = (int) Math.floor(share);
            remainders[i] = share - parts[i];
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>(weights.length);
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a])
                : Integer.compare(a, b));
        for (int k = 0; given < total; k = (k + 1) % order.size()) {
            parts[order.get(k)]++;
            given++;
        }
        return parts;
    }

    /** As {@link #largestRemainder} but every part gets at least {@code minimum} first. */
    static int[] withMinimum(int total, int minimum, double[] weights) {
        int rest = total - minimum * weights.length;
        if (rest < 0) {
            throw new IllegalArgumentException(total + " is less than " + weights.length + " × " + minimum);
        }
        int[] parts = largestRemainder(rest, weights);
        for (int i = 0; i < parts.length; i++) {
            parts[i] += minimum;
        }
        return parts;
    }

    /** {@code count} distinct elements of {@code from}, in a random (seeded) order; the source is not changed. */
    static <T> List<T> sample(List<T> from, int count, Random random) {
        if (count > from.size()) {
            throw new IllegalStateException("cannot draw " + count + " of " + from.size());
        }
        List<T> copy = new ArrayList<>(from);
        // partial Fisher-Yates: only the first `count` places are drawn
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(copy.size() - i);
            Collections.swap(copy, i, j);
        }
        return new ArrayList<>(copy.subList(0, count));
    }

    static <T> List<T> shuffled(List<T> from, Random random) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy;
    }

    static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    static int between(Random random, int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }
}
