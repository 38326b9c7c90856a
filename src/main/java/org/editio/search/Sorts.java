package org.editio.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The bundle's sort orders ({@code data-pagefind-sort}): for each sort key, the numbers of the pages that
 * have it, in order of their values, as numbers when every value is one, else as text (Pagefind's
 * {@code build_indexes}). Stateless.
 */
final class Sorts {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private Sorts() {
    }

    static void write(Cbor meta, List<IndexedPage> pages) {
        TreeSet<String> keys = new TreeSet<>();
        pages.forEach(p -> keys.addAll(p.record.sort().keySet()));
        meta.array(keys.size());
        for (String key : keys) {
            List<int[]> numbered = new ArrayList<>();
            List<String> values = new ArrayList<>();
            boolean numeric = true;
            for (int n = 0; n < pages.size(); n++) {
                String v = pages.get(n).record.sort().get(key);
                if (v != null) {
                    numbered.add(new int[] {n, values.size()});
                    values.add(v);
                    numeric &= number(v) != null;
                }
            }
            Comparator<int[]> order = numeric
                    ? Comparator.comparingDouble((int[] x) -> number(values.get(x[1])))
                    : Comparator.comparing((int[] x) -> values.get(x[1]));
            numbered.sort(order);
            meta.array(2).text(key).array(numbered.size());
            numbered.forEach(x -> meta.integer(x[0]));
        }
    }

    private static Float number(String v) {
        if (INTEGER.matcher(v).matches()) {
            try {
                return (float) Integer.parseInt(v);
            } catch (NumberFormatException e) {
                // beyond 32 bits: read as a decimal below
            }
        }
        return DECIMAL.matcher(v).matches() ? Float.parseFloat(v) : null;
    }
}
