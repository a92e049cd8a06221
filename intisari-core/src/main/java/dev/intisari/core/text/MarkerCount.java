package dev.intisari.core.text;

/**
 * What {@link LanguageMarkers} found in a sample: the Malay-over-Indonesian weight balance, the number of
 * words, and how many of them are function words of the two languages.
 */
record MarkerCount(double malayOverIndonesian, int words, int functionWords) {
    /** Share of the words that are Indonesian/Malay function words. */
    double functionShare() {
        return words == 0 ? 0 : functionWords / (double) words;
    }
}
