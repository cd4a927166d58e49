/**
 * Dialogue: the {@link gov.longhua.assistant.core.dialogue.Assistant} every channel talks to, the
 * {@link gov.longhua.assistant.core.dialogue.AnswerEngine} that answers one question from one knowledge base,
 * and the policy that decides when an answer is good enough to give.
 */
package gov.longhua.assistant.core.dialogue;
