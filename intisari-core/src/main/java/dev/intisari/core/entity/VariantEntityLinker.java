package dev.intisari.core.entity;

import dev.intisari.model.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * Links entities across articles by spelling key ({@link NameVariants#key}: Sergey/Sergei, Kiev/Kyiv,
 * Zelensky/Zelenskyy, AS/Amerika Serikat), then by short form: a name that other articles used as a
 * mention of a longer name (an acronym, a last name, a first name) takes that longer name when it points
 * to one, or when one of the longer names it points to has at least {@value ShortForms#DOMINANT_ARTICLES} articles
 * and {@value ShortForms#DOMINANT_SHARE} of them ("Prabowo" for Prabowo Subianto, not for the police chief whose
 * last name it is). An organisation named with a designator word ({@code org-designators.tsv}: "Partai
 * Golkar") counts as a use of the bare name as its short form. A name the variant table knows keeps the
 * table's meaning: "PBB" spelled out as a land tax in one article does not turn the United Nations into a
 * tax. Each linked entity is named by the variant table's spelling, else the spelling most articles used
 * (ties: the longer, then the alphabetically first). Pure and deterministic.
 */
public final class VariantEntityLinker implements EntityLinker {
    private final NameVariants variants;

    public VariantEntityLinker() {
        this(NameVariants.standard());
    }

    public VariantEntityLinker(NameVariants variants) {
        this.variants = variants;
    }

    @Override
    public List<Article> link(List<Article> articles) {
        NameTally tally = tally();
        articles.forEach(tally::add);
        Renaming renaming = tally.renaming();
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(renaming.apply(a));
        }
        return out;
    }

    /**
     * Counts names and spellings only ({@link NameCounts}), so its memory grows with the distinct names, not
     * the articles; it is serialisable, so a store can keep it between runs.
     */
    @Override
    public NameTally tally() {
        return new NameCounts(variants);
    }
}
