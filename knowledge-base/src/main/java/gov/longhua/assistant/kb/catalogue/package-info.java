/** The standard catalogue of disclosure items: one record per item, with the national guideline's columns as fields. */
package gov.longhua.assistant.kb.catalogue;
