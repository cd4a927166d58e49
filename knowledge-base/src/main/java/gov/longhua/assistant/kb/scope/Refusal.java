package gov.longhua.assistant.kb.scope;

import gov.longhua.assistant.kb.Coded;

/** Why a question is declined rather than answered; each reason has its own polite reply. */
public enum Refusal implements Coded {
    /** Outside government information disclosure and public services: weather, stocks, medicine, code, gossip. */
    OUT_OF_SCOPE,
    /** Help with forged documents, false statements or cheating a public service. */
    FRAUD,
    /** Attempts to change the assistant's instructions or to see its configuration. */
    INJECTION,
    /** Insults and harassment. */
    ABUSE
}
