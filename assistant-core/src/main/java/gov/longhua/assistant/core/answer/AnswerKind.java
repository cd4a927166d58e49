package gov.longhua.assistant.core.answer;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an answer is, as the protocol names it. */
public enum AnswerKind {
    /** A curated FAQ answer, returned as written. */
    FAQ("faq"),
    /** A catalogue item composed into a card. */
    CATALOGUE("catalogue"),
    /** A life-cycle guide. */
    GUIDE("guide"),
    /** A clarifying question with options. */
    CLARIFY("clarify"),
    /** The assistant cannot answer and points to the official channel. */
    FALLBACK("fallback"),
    /** The conversation goes to a person. */
    HANDOFF("handoff");

    private final String code;

    AnswerKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
