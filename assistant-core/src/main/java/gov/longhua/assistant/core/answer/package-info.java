/**
 * Answers: composed once from knowledge-base entries (text, speech, card, citations, options) for every
 * channel to render, and the assistant's own words in both languages.
 */
package gov.longhua.assistant.core.answer;
