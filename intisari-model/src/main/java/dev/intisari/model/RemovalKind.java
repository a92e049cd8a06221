package dev.intisari.model;

import java.util.Locale;

/** Why a line (or part of one) of the input was not kept in the cleaned text. One documented list. */
public enum RemovalKind {
    /** "Baca juga: ...", injected unrelated headlines */
    RELATED,
    /** "Editor: ...", "Penerjemah: ...", "Pewarta: ..." */
    CREDIT,
    /** an author line or a byline glued to a job title */
    BYLINE,
    /** "Copyright © ..." */
    COPYRIGHT,
    /** section labels such as "BERITA TERKAIT" */
    SECTION,
    /** follow, subscribe and "read more on Google News" lines */
    PROMO,
    /** AI and other disclaimers */
    DISCLAIMER,
    /** photo and video captions and credits */
    CAPTION,
    /** "Sumber: ...", "Tautan Sumber" */
    SOURCE_LINK,
    /** "Jakarta (ANTARA) -" at the start of the first paragraph */
    DATELINE,
    /** a publication date written in the page */
    DATE,
    /** the title line, when the text repeats it */
    TITLE,
    /** anything else that is not body text */
    OTHER;

    /** The name used in the output: lower case with hyphens ({@code source-link}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
