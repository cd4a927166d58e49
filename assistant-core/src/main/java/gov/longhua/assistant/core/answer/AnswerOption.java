package gov.longhua.assistant.core.answer;

/** A choice offered with an answer; the next message may pick it by id or by label. */
public record AnswerOption(String id, String label) {
}
