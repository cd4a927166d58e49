/** The bilingual glossary: one rendering per term, and the synonyms retrieval searches with. */
package gov.longhua.assistant.kb.glossary;
