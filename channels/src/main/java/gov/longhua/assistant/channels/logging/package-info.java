/** Warnings that cannot flood the log: what an abusive client or a lasting outage repeats is summarised. */
package gov.longhua.assistant.channels.logging;
