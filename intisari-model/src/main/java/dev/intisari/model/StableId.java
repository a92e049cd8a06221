package dev.intisari.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Ids derived from content, so the same input gives the same ids in every run and an error report can point
 * at a key point or a story long after it was computed: a prefix and 12 hex digits of SHA-256.
 */
public final class StableId {
    /** Never updated, only cloned: looking a digest up by name costs more than the hash of a short id. */
    private static final MessageDigest PROTOTYPE = sha256();

    private StableId() {
    }

    public static String of(String prefix, String... parts) {
        MessageDigest sha = sha256Digest();
        for (String part : parts) {
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        byte[] hash = sha.digest();
        StringBuilder id = new StringBuilder(prefix.length() + 13).append(prefix).append('-');
        for (int i = 0; i < 6; i++) {
            id.append(Character.forDigit((hash[i] >> 4) & 0xF, 16)).append(Character.forDigit(hash[i] & 0xF, 16));
        }
        return id.toString();
    }

    /** A fresh SHA-256 digest, as ids are made with (for a caller that makes many ids of one shape itself). */
    public static MessageDigest sha256Digest() {
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
}
