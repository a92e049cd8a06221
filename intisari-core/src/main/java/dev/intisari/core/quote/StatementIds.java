package dev.intisari.core.quote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The ids of one article's statements, the same as {@code StableId.of("q", articleId, start, end)}: "q-" and 12
 * hex digits of SHA-256 over the three parts, each followed by a zero byte. One digest serves the whole article
 * and the article id is encoded once (the generic path looks the algorithm up and encodes every part per id).
 */
final class StatementIds {
    private final MessageDigest sha;
    private final byte[] article;

    /** A digest never updated, cloned per article (cheaper than looking the algorithm up again). */
    private static final MessageDigest PROTOTYPE = sha256();

    StatementIds(String articleId) {
        this.article = String.valueOf(articleId).getBytes(StandardCharsets.UTF_8);
        this.sha = fresh();
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The id of the statement at [start, end). */
    String of(int start, int end) {
        sha.update(article);
        sha.update((byte) 0);
        number(start);
        number(end);
        byte[] hash = sha.digest();
        char[] id = new char[14];
        id[0] = 'q';
        id[1] = '-';
        for (int i = 0; i < 6; i++) {
            id[2 + 2 * i] = Character.forDigit((hash[i] >> 4) & 0xF, 16);
            id[3 + 2 * i] = Character.forDigit(hash[i] & 0xF, 16);
        }
        return new String(id);
    }

    /** The decimal digits of a non-negative offset (ASCII, as UTF-8 encodes them), then the zero byte. */
    private void number(int value) {
        byte[] digits = new byte[11];
        int p = digits.length;
        int v = value;
        do {
            digits[--p] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        sha.update(digits, p, digits.length - p);
        sha.update((byte) 0);
    }
}
