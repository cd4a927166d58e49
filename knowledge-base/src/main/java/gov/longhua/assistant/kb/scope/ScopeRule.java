package gov.longhua.assistant.kb.scope;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.Phrases;

/**
 * A kind of question the assistant declines. A question is declined when it contains one of the rule's cues,
 * or when it is closer in meaning to one of the rule's examples than to anything the knowledge base answers.
 *
 * @param id stable id, e.g. {@code fraud.forged-documents}
 * @param refusal why such questions are declined; decides the reply
 * @param cues phrases whose presence is enough; parts separated by a space must occur in that order, close
 *        together ({@code 假 证明} matches 假的房产证明; {@code fake certificate} matches fake birth certificate)
 * @param examples whole questions of this kind, compared by meaning
 */
public record ScopeRule(String id, Refusal refusal, Phrases cues, Phrases examples) {

    public ScopeRule {
        id = Checks.text("id", id);
        Checks.present("refusal", refusal);
        cues = cues == null ? Phrases.NONE : cues;
        examples = examples == null ? Phrases.NONE : examples;
        if (cues.isEmpty() && examples.isEmpty()) {
            throw new IllegalArgumentException("cues: give cues or examples, or the rule declines nothing");
        }
    }
}
