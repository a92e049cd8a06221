package dev.intisari.core.entity;

/** The kinds of entries in gazetteer.tsv; each gives the tagger features and some give the rules their cues. */
enum GazetteerCategory {
    /** Countries, cities, regions (with Indonesian exonyms). */
    LOC,
    /** Well-known organisations, institutions and their acronyms. */
    ORG,
    /** Well-known people. */
    PER,
    /** Titles and roles that precede a person's name: Presiden, Juru Bicara, Sir. */
    TITLE,
    /** Words that start organisation names: Kementerian, Partai, Universitas. */
    ORG_CUE,
    /** Words that start place names: Kota, Kabupaten, Provinsi, Jalan. */
    LOC_CUE,
    /** Portfolio and rank words between a title and a name: Luar Negeri, Pertahanan, Wakil. */
    PORTFOLIO,
    /** Capitalised words that are never names on their own: days, months, sentence openers. */
    NOT_NAME,
    /** Titles that are also given names (Imam, Putri, Ratu): never cut off a name the tagger found. */
    NAME_TITLE,
    /** Names seen in the training data with the first entity type of the model's tag set (tags in label order). */
    TRAIN_1,
    TRAIN_2,
    TRAIN_3,
    TRAIN_4,
    TRAIN_5,
    /**
     * Words the quote stage reads as title words one by one that are no one-word TITLE or PORTFOLIO row ("juru",
     * "bicara", "mantan"). Not loaded by the recogniser: listed here so that every title word lives in one file.
     */
    TITLE_WORD;

    /** The training-name category of entity type number {@code index} (0-based, in label order), or null. */
    static GazetteerCategory trained(int index) {
        return index >= 0 && index < 5 ? values()[TRAIN_1.ordinal() + index] : null;
    }
}
