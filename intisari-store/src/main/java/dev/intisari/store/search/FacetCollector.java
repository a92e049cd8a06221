package dev.intisari.store.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the values of sorted-set doc-values fields over every matching document: per segment by ordinal
 * (an int array), turned into strings once per segment, so the cost per match is a few array increments.
 */
final class FacetCollector extends SimpleCollector {
    private final List<String> fields;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private SortedSetDocValues[] values;
    private int[][] ordinals;

    FacetCollector(List<String> fields) {
        this.fields = List.copyOf(fields);
        fields.forEach(f -> counts.put(f, new HashMap<>()));
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        values = new SortedSetDocValues[fields.size()];
        ordinals = new int[fields.size()][];
        for (int i = 0; i < fields.size(); i++) {
            values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
            ordinals[i] = new int[(int) Math.min(Integer.MAX_VALUE - 8, values[i].getValueCount())];
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        for (int i = 0; i < values.length; i++) {
            SortedSetDocValues dv = values[i];
            if (dv.advanceExact(doc)) {
                for (int k = 0; k < dv.docValueCount(); k++) {
                    ordinals[i][(int) dv.nextOrd()]++;
                }
            }
        }
    }

    private void flush() throws IOException {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            Map<String, Integer> c = counts.get(fields.get(i));
            int[] n = ordinals[i];
            for (int ord = 0; ord < n.length; ord++) {
                if (n[ord] > 0) {
                    c.merge(values[i].lookupOrd(ord).utf8ToString(), n[ord], Integer::sum);
                }
            }
        }
        values = null;
        ordinals = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** The {@code top} most frequent values of each field, ties by value. */
    Map<String, List<FacetCount>> top(int top) throws IOException {
        flush();
        Map<String, List<FacetCount>> out = new HashMap<>();
        counts.forEach((field, c) -> {
            List<FacetCount> list = new ArrayList<>();
            c.forEach((v, n) -> list.add(new FacetCount(v, n)));
            list.sort(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value));
            out.put(field, list.subList(0, Math.min(top, list.size())));
        });
        return out;
    }
}
