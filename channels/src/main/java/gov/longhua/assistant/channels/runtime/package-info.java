/** Wiring the core into the application: producers, start-up loading of the knowledge base, readiness. */
package gov.longhua.assistant.channels.runtime;
