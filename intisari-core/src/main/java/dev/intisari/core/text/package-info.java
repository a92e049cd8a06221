/**
 * The Indonesian language layer. Input: the cleaned article text and its heading spans. Output: the language
 * ({@link dev.intisari.core.text.LinguaLanguageIdentifier}: Lingua plus Indonesian/Malay word markers), the
 * tokens ({@link dev.intisari.core.text.RuleTokenizer}) and the sentences
 * ({@link dev.intisari.core.text.RuleSentenceSplitter}), with offsets into the cleaned text. Also:
 * {@link dev.intisari.core.text.LanguageAnalyzers} (the Lucene analyzer for a language code) and
 * {@link dev.intisari.core.text.MachineTranslationSigns} (traces of machine translation, for the
 * "machine-translated" flag). Word lists are resources of this package.
 */
package dev.intisari.core.text;
