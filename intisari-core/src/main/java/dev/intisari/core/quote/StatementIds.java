package dev.intisari.core.quote;

import dev.intisari.model.StableId;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The ids of one article's statements, the same as {@code StableId.of("q", articleId, start, end)}: "q-" and 12
 * hex digits of SHA-256 over the three parts, each followed by a zero byte. One digest serves the whole article
 * and the article id is encoded once (the generic path looks the algorithm up and encodes every part per id).
 */
final class StatementIds {
    private final MessageDigest sha;
    private final byte[] article;
    /** The article id's bytes and a zero byte, then room for two offsets (at most ten digits and a zero byte each). */
    private final byte[] message;
    private final byte[] hash = new byte[32];

    StatementIds(String articleId) {
        this.article = String.valueOf(articleId).getBytes(StandardCharsets.UTF_8);
        this.message = Arrays.copyOf(article, article.length + 1 + 2 * 11);
        this.sha = StableId.sha256Digest();
    }

    /** The id of the statement at [start, end): one update of the whole message, digested into a kept array. */
    String of(int start, int end) {
        int p = article.length + 1;
        p = number(start, p);
        p = number(end, p);
        sha.update(message, 0, p);
        try {
            sha.digest(hash, 0, hash.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
        }
        char[] id = new char[14];
        id[0] = 'q';
        id[1] = '-';
        for (int i = 0; i < 6; i++) {
            id[2 + 2 * i] = Character.forDigit((hash[i] >> 4) & 0xF, 16);
            id[3 + 2 * i] = Character.forDigit(hash[i] & 0xF, 16);
        }
        return new String(id);
    }

    /** Writes the decimal digits of a non-negative offset (ASCII, as UTF-8 encodes them) and a zero byte at {@code p}. */
    private int number(int value, int p) {
        int digits = 1;
        for (int v = value; v >= 10; v /= 10) {
            digits++;
        }
        int v = value;
        for (int k = p + digits - 1; k >= p; k--) {
            message[k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        message[p + digits] = 0;
        return p + digits + 1;
    }
}
