package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Pemimpin Minoritas Senat": the leader's office of a legislature is no person, and the Senate is a body. Made-up
 * sentences.
 */
class LegislatureTitleTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Pemimpin Minoritas Senat dan politikus Demokrat Oregon, Harold Whitcombe, ikut menolak rancangan itu.",
            "Pemimpin Mayoritas Senat AS Gordon Trelawney mendesak pemungutan suara digelar pekan depan.",
            "Rancangan anggaran itu kini dibahas Senat setelah lolos di DPR negara bagian pekan lalu."
    })
    void theSenatesLeaderIsAnOfficeAndTheSenateABody(String text) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().noneMatch(e -> e.type() == EntityType.PERSON
                && (e.name().contains("Senat") || e.name().contains("Minoritas") || e.name().contains("Mayoritas"))),
                found.toString());
        assertTrue(found.stream().anyMatch(e -> e.name().equals("Senat") && e.type() == EntityType.ORGANIZATION),
                found.toString());
    }
}
