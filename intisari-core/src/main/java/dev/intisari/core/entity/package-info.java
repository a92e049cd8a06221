/**
 * Named entities: people, organisations and places with canonical full names, within an article and
 * across articles.
 *
 * <p>Stage {@link dev.intisari.core.entity.EntityRecognizer} (implementation
 * {@link dev.intisari.core.entity.PerceptronEntityRecognizer}): input the article's
 * {@link dev.intisari.model.TokenizedText} (text, sentences, tokens), output its
 * {@link dev.intisari.model.Entity} list (ids e1.. in order of first mention, canonical name, type, mention
 * spans). A hashed-feature averaged-perceptron tagger ({@link dev.intisari.core.entity.PerceptronTagger},
 * trained by {@link dev.intisari.core.entity.PerceptronTrainer}) proposes names; rules apply titles,
 * acronyms and the gazetteer; mentions are joined per entity and named.
 *
 * <p>Corpus stage {@link dev.intisari.core.entity.EntityLinker} (implementation
 * {@link dev.intisari.core.entity.VariantEntityLinker}): one name per entity across articles.
 *
 * <p>Resources (src/main/resources/dev/intisari/core/entity): ner-model.bin.gz (the trained tagger),
 * trained-names.tsv.gz (names of the train splits), clusters.tsv.gz (word clusters), gazetteer.tsv,
 * variants.tsv, person-cues.txt; read by the per-data-set (wide) taggers only: case-profile.tsv.gz and
 * exchange-clusters.tsv.gz (language-model word classes). See docs/entities.md for how to rebuild them.
 */
package dev.intisari.core.entity;
