package dev.intisari.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.model.RawArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input article in the JSON Lines input format (what is stored as {@code raw}), and its content hash:
 * SHA-256 over every input field except {@code source}, so the same article read from another file or line
 * is recognised as the same.
 */
final class RawJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawJson() {
    }

    static String of(RawArticle a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("url", a.url());
        n.put("outlet", a.outlet());
        n.put("title", a.title());
        n.put("published", a.published() == null ? null : a.published().value());
        n.put("language", a.language());
        n.put("text", a.text());
        n.put("html", a.html());
        n.put("source", a.source());
        return n.toString();
    }

    static String hash(RawArticle a) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {a.id(), a.url(), a.outlet(), a.title(),
                a.published() == null ? null : a.published().value(), a.language(), a.text(), a.html()}) {
                sha.update(part == null ? new byte[] {1} : part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
