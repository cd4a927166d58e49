/** English analysis chain. */
package gov.longhua.assistant.core.analysis.en;
