package dev.intisari.store.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Counts the values of sorted-set doc-values fields over every matching document, by global ordinal: each
 * segment's ordinals are mapped through the reader's {@link OrdinalMap} (built once per reader, see
 * {@link #ordinals}) into one int array per field, so the cost per match is a few array increments and only
 * the top values are ever turned into strings. Global ordinals follow value order, so ties go by value.
 */
final class FacetCollector extends SimpleCollector {
    private final IndexReader reader;
    private final List<String> fields;
    private final OrdinalMap[] maps;
    private final int[][] counts;
    private SortedSetDocValues[] values;
    private LongValues[] toGlobal;

    /** {@code ordinals} from {@link #ordinals} for this reader. */
    FacetCollector(IndexReader reader, List<String> fields, Map<String, OrdinalMap> ordinals) throws IOException {
        this.reader = reader;
        this.fields = List.copyOf(fields);
        this.maps = new OrdinalMap[fields.size()];
        this.counts = new int[fields.size()][];
        for (int i = 0; i < fields.size(); i++) {
            maps[i] = ordinals.get(fields.get(i));
            long size = maps[i] != null ? maps[i].getValueCount()
                    : reader.leaves().isEmpty() ? 0
                    : DocValues.getSortedSet(reader.leaves().get(0).reader(), fields.get(i)).getValueCount();
            counts[i] = new int[(int) Math.min(Integer.MAX_VALUE - 8, size)];
        }
    }

    /** The ordinal maps of these fields over the reader's segments (none needed for one segment). */
    static Map<String, OrdinalMap> ordinals(IndexReader reader, List<String> fields) throws IOException {
        Map<String, OrdinalMap> out = new HashMap<>();
        if (reader.leaves().size() < 2) {
            return out;
        }
        for (String field : fields) {
            SortedSetDocValues[] perSegment = new SortedSetDocValues[reader.leaves().size()];
            for (LeafReaderContext leaf : reader.leaves()) {
                perSegment[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
            }
            IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
            out.put(field, OrdinalMap.build(helper == null ? null : helper.getKey(), perSegment, PackedInts.DEFAULT));
        }
        return out;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = new SortedSetDocValues[fields.size()];
        toGlobal = new LongValues[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
            toGlobal[i] = maps[i] == null ? LongValues.IDENTITY : maps[i].getGlobalOrds(context.ord);
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        for (int i = 0; i < values.length; i++) {
            SortedSetDocValues dv = values[i];
            if (dv.advanceExact(doc)) {
                int[] c = counts[i];
                LongValues g = toGlobal[i];
                for (int k = 0; k < dv.docValueCount(); k++) {
                    c[(int) g.get(dv.nextOrd())]++;
                }
            }
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** The {@code top} most frequent values of each field, ties by value. */
    Map<String, List<FacetCount>> top(int top) throws IOException {
        Map<String, List<FacetCount>> out = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            int[] c = counts[i];
            // the weakest kept candidate on top: lower count, then the later value
            PriorityQueue<Integer> best = new PriorityQueue<>(top + 1,
                    (a, b) -> c[a] != c[b] ? Integer.compare(c[a], c[b]) : Integer.compare(b, a));
            for (int ord = 0; ord < c.length; ord++) {
                if (c[ord] > 0) {
                    best.add(ord);
                    if (best.size() > top) {
                        best.poll();
                    }
                }
            }
            List<FacetCount> list = new ArrayList<>();
            while (!best.isEmpty()) {
                int ord = best.poll();
                list.add(0, new FacetCount(value(i, ord), c[ord]));
            }
            out.put(fields.get(i), list);
        }
        return out;
    }

    private String value(int field, int globalOrd) throws IOException {
        OrdinalMap map = maps[field];
        int segment = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
        long ord = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
        return DocValues.getSortedSet(reader.leaves().get(segment).reader(), fields.get(field)).lookupOrd(ord)
                .utf8ToString();
    }
}
