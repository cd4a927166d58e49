/**
 * The values of curating the knowledge base: drafts of entry changes, published releases with what each
 * changed, readable differences between versions of an entry and which language's text is behind the other.
 * The workflow that moves drafts to releases lives with the staff console; these values know only entries.
 */
package gov.longhua.assistant.kb.curation;
