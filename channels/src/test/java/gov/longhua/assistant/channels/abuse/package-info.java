/** The fault and abuse suite: fuzzed frames, an abusive connection beside polite ones, Redis lost and back. */
package gov.longhua.assistant.channels.abuse;
