/** Registers the entries refer to: domains, streets, channels, life-cycle stages, sources, the official channel. */
package gov.longhua.assistant.kb.reference;
