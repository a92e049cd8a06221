package dev.intisari.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Ids are the first 12 hex digits of SHA-256 over the parts, each followed by a zero byte. */
class StableIdTest {
    @Test
    void idsAreTheDigestOfTheirParts() {
        assertEquals("kp-8fb20ef63ced", StableId.of("kp", "a", "b"), "sha256(\"a\\0b\\0\")");
        assertEquals("s-a7599966b987", StableId.of("s", "Presiden Prabowo"));
        assertEquals("q-97cccb1b1197", StableId.of("q", (String) null), "a null part hashes as \"null\"");
        assertNotEquals(StableId.of("kp", "ab"), StableId.of("kp", "a", "b"), "parts are separated");
    }

    @Test
    void threadsGetTheSameIds() {
        List<String> one = IntStream.range(0, 2000).mapToObj(i -> StableId.of("x", "part " + i)).toList();
        List<String> many = IntStream.range(0, 2000).parallel().mapToObj(i -> StableId.of("x", "part " + i)).toList();
        assertEquals(one, many);
    }
}
