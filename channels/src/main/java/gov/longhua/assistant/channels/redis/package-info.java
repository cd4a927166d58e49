/** Redis adapters of the core's ports, selected by configuration. */
package gov.longhua.assistant.channels.redis;
