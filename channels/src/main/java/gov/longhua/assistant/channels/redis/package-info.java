/**
 * Redis adapters of the core's ports, selected by configuration; conversations kept in memory while Redis is
 * down; the readiness check of the Redis dependency.
 */
package gov.longhua.assistant.channels.redis;
