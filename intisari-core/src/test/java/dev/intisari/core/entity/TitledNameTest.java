package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a title, a name whose last words the tagger read as a place is one person when every word could be a
 * name ("Menteri Keuangan Purbaya Yudhi Sadewa"); a unit after a title stays a unit (made-up sentences).
 */
class TitledNameTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Menteri Keuangan Purbaya Yudhi Sadewa akan mengejar obligor yang memiliki utang. | Purbaya Yudhi Sadewa | PERSON
        Kapolda Metro Jaya mengatakan jalan itu ditutup sejak pagi. | Metro Jaya | ORGANIZATION
        """)
    void aTitledNameIsOnePerson(String text, String name, EntityType type) {
        List<Entity> found = EntityProbe.entities(text);
        assertTrue(found.stream().anyMatch(e -> e.name().equals(name) && e.type() == type), found.toString());
    }
}
