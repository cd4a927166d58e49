/** What the assistant declines to answer, and why: out-of-scope topics, fraud, instruction attacks, abuse. */
package gov.longhua.assistant.kb.scope;
