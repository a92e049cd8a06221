package dev.intisari.eval.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * One labelled renaming (a row of link-labels*.tsv: corpus, article id, entity type, the name its own article gave
 * it, the name the linker gave it when it was labelled, {@code same} or {@code wrong}, the name it should carry, a
 * note). {@code same}: both names are one real-world entity (the renaming is right, whatever its spelling);
 * {@code wrong}: they are not, and {@code should} is the right name (often the own one).
 */
record LinkLabel(String corpus, String article, String type, String own, String linked, boolean same, String should,
                 String note) {
    static List<LinkLabel> read(String resource) {
        List<LinkLabel> out = new ArrayList<>();
        for (String[] f : LabelRows.read(resource,
                f -> f.length >= 7 && (f[5].equals("same") || f[5].equals("wrong")))) {
            out.add(new LinkLabel(f[0], f[1], f[2], f[3], f[4], f[5].equals("same"), f[6], f.length > 7 ? f[7] : ""));
        }
        return out;
    }

    static String key(String corpus, String article, String type, String own) {
        return corpus + "\t" + article + "\t" + type + "\t" + own;
    }

    String key() {
        return key(corpus, article, type, own);
    }
}
