/** What the assistant declines to answer: the scope rules of the knowledge base, applied to questions. */
package gov.longhua.assistant.core.scope;
