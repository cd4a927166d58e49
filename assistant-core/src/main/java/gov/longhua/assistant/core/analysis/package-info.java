/**
 * Text analysis: {@link gov.longhua.assistant.core.analysis.TextNormalizer} first, then a short Lucene chain per
 * language ({@code zh}: words and bigrams; {@code en}: stemmed words).
 */
package gov.longhua.assistant.core.analysis;
