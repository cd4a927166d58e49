/** Conversations and the port that stores them; the in-memory store is the embedded default. */
package gov.longhua.assistant.core.conversation;
