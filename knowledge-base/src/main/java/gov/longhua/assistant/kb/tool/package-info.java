/** The knowledge-base command line ({@code KbTool}). */
package gov.longhua.assistant.kb.tool;
