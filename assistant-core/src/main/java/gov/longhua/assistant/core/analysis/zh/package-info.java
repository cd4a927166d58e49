/** Chinese analysis chains: smartcn words and Han bigrams. */
package gov.longhua.assistant.core.analysis.zh;
