package dev.intisari.core.quote;

import dev.intisari.model.Entity;
import dev.intisari.model.EntityType;
import dev.intisari.model.Quote;
import dev.intisari.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Relational titles ("kuasa hukum", "juru bicara", "pengacara") right before a person's name: the name may be
 * the holder's principal ("kata kuasa hukum Novel" is Novel's lawyer) or the holder himself ("pengacara Ulrich
 * Weber" introducing him). Every article is made up for the test; the person entities are given as the entity
 * stage would give them (every written form of the name is a mention).
 */
class RelationalTitleTest {
    /** A person entity: its canonical name first, then the other forms the article writes. */
    record Person(String... forms) {
    }

    record Case(String name, String article, List<Person> persons, String statement, String speaker) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Person person(String... forms) {
        return new Person(forms);
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("the principal's spokesman is the one the article binds to the title",
                        "Juru Bicara Kremlin Dmitri Peskarev mengatakan Rusia belum menerima usulan itu. Presiden "
                                + "Vladislav Pyatin dijadwalkan ke Minsk. Menurut juru bicara Pyatin, pertemuan itu "
                                + "masih disiapkan.",
                        List.of(person("Dmitri Peskarev", "Peskarev"), person("Vladislav Pyatin", "Pyatin")),
                        "pertemuan itu", "Dmitri Peskarev"),
                new Case("a lawyer in apposition before the relational title",
                        "Terdakwa Bayu Anggara Putra hadir di sidang. Sandi Wiraatmaja, kuasa hukum Bayu mengatakan "
                                + "kliennya tidak bersalah.",
                        List.of(person("Bayu Anggara Putra", "Bayu"), person("Sandi Wiraatmaja")),
                        "kliennya tidak", "Sandi Wiraatmaja"),
                new Case("a lawyer in apposition after the relational title",
                        "Tersangka Ratih Kusumadewi diperiksa penyidik. \"Kami menghormati proses hukum,\" kata kuasa "
                                + "hukum Ratih, Hendra Lubis saat dikonfirmasi.",
                        List.of(person("Ratih Kusumadewi", "Ratih"), person("Hendra Lubis")),
                        "Kami menghormati", "Hendra Lubis"),
                new Case("an unnamed lawyer is the title and the principal, never the principal alone",
                        "Pengusaha Gilang Pramudya didakwa menggelapkan dana. Menurut kuasa hukum Gilang, dakwaan "
                                + "itu tidak cermat.",
                        List.of(person("Gilang Pramudya", "Gilang")),
                        "dakwaan itu", "kuasa hukum Gilang"),
                new Case("a lawyer introduced with his full name holds the title himself",
                        "Sidang perceraian itu ditunda. Pengacara Yosef Marbun mengatakan berkas belum lengkap.",
                        List.of(person("Yosef Marbun")),
                        "berkas belum", "Yosef Marbun"),
                new Case("a spokesman bound with his institution keeps the title without it",
                        "Juru Bicara KPK Arif Setiadi menjelaskan pemeriksaan berlanjut. Pada sore hari, juru bicara "
                                + "Arif mengatakan saksi lain akan dipanggil.",
                        List.of(person("Arif Setiadi", "Arif")),
                        "saksi lain", "Arif Setiadi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theHolderSpeaks(Case c) {
        List<Quote> quotes = QuoteCases.quotes(c.article(), entities(c.article(), c.persons()));
        int at = c.article().indexOf(c.statement());
        Quote q = quotes.stream().filter(x -> x.span().start() <= at && at < x.span().end()).findFirst()
                .orElseThrow(() -> new AssertionError("no statement at '" + c.statement() + "' in " + quotes));
        assertEquals(c.speaker(), q.speaker(), c.name());
    }

    private static List<Entity> entities(String text, List<Person> persons) {
        List<Entity> out = new ArrayList<>();
        for (Person person : persons) {
            String[] forms = person.forms();
            List<Span> mentions = new ArrayList<>();
            for (String form : forms) {
                for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                    int at = i;
                    if (mentions.stream().noneMatch(m -> m.start() <= at && at < m.end())) {
                        mentions.add(new Span(i, i + form.length()));
                    }
                }
            }
            mentions.sort(null);
            out.add(new Entity("e" + (out.size() + 1), forms[0], EntityType.PERSON, mentions));
        }
        return out;
    }
}
