/** Reports on what a knowledge base holds and lacks. */
package gov.longhua.assistant.kb.report;
