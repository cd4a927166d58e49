/** The curated bilingual FAQ: question variants, one verbatim answer per language, and what it cites. */
package gov.longhua.assistant.kb.faq;
