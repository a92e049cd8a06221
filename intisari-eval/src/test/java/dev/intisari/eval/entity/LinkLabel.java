package dev.intisari.eval.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        InputStream in = LinkLabel.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<LinkLabel> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 7 || !f[5].equals("same") && !f[5].equals("wrong")) {
                    throw new IllegalStateException("bad label line in " + resource + ": " + line);
                }
                out.add(new LinkLabel(f[0], f[1], f[2], f[3], f[4], f[5].equals("same"), f[6],
                        f.length > 7 ? f[7] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
