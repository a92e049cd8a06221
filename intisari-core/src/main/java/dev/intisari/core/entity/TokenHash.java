package dev.intisari.core.entity;

/**
 * 64-bit FNV-1a hashes of token text, computed from the chars without allocating (the lowercased form is
 * hashed char by char), and the mixing that turns a (template, value) pair into a weight row.
 */
final class TokenHash {
    static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private TokenHash() {
    }

    static long step(long h, char c) {
        return (h ^ c) * PRIME;
    }

    static long lower(CharSequence s) {
        long h = SEED;
        for (int i = 0; i < s.length(); i++) {
            h = step(h, toLower(s.charAt(i)));
        }
        return h;
    }

    /** {@link Character#toLowerCase(char)}, with the ASCII case answered without the Unicode tables. */
    static char toLower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    static long exact(CharSequence s) {
        long h = SEED;
        for (int i = 0; i < s.length(); i++) {
            h = step(h, s.charAt(i));
        }
        return h;
    }

    /** A well-spread 64-bit mix (SplitMix64 finaliser). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }
}
