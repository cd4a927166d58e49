/** Which language a question is in: a script rule for Chinese, OpenNLP's detector for the rest. */
package gov.longhua.assistant.core.language;
