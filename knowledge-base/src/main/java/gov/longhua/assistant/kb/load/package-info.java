/**
 * Reading a knowledge base from its YAML files (layout in docs/data-formats.md), validating every entry and
 * every reference between entries, and reporting each problem with its file, entry and field.
 */
package gov.longhua.assistant.kb.load;
