package gov.longhua.assistant.channels.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.core.dialogue.Question;
import gov.longhua.assistant.kb.Lang;

/** Reads a client frame and says exactly what is wrong with it, field by field. */
final class FrameReader {

    private static final java.util.Set<String> TYPES = java.util.Set.of("ask", "cancel", "partial", "feedback");

    /** A client frame, or the error it earns. */
    record Read(ClientFrame frame, FrameError error) {
    }

    private final ObjectMapper json;

    FrameReader(ObjectMapper json) {
        this.json = json;
    }

    Read read(String frame) {
        JsonNode node;
        try {
            node = json.readTree(frame);
        } catch (JsonProcessingException e) {
            return error(ErrorCode.INVALID_JSON, "The frame is not valid JSON: " + e.getOriginalMessage(), null);
        }
        if (node == null || !node.isObject()) {
            return error(ErrorCode.INVALID_JSON, "The frame must be a JSON object.", null);
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            return error(ErrorCode.MISSING_TYPE, "Field 'type' is required and must be a string.", null);
        }
        if (!TYPES.contains(type.asText())) {
            return error(ErrorCode.UNKNOWN_TYPE, "Unknown frame type '" + type.asText()
                    + "'; this server accepts 'ask', 'cancel', 'partial' and 'feedback'.", null);
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return error(ErrorCode.MISSING_ID, "Field 'id' is required: a non-empty string the answer will reply to.", null);
        }
        String replyTo = id.asText();
        if (type.asText().equals("cancel")) {
            return new Read(new ClientFrame.Cancel(replyTo), null);
        }
        if (type.asText().equals("feedback")) {
            JsonNode helpful = node.get("helpful");
            if (helpful == null || !helpful.isBoolean()) {
                return error(ErrorCode.INVALID_FEEDBACK, "Field 'helpful' is required in feedback: true or false.", replyTo);
            }
            return new Read(new ClientFrame.Feedback(replyTo, helpful.asBoolean()), null);
        }
        if (type.asText().equals("partial")) {
            return new Read(new ClientFrame.Partial(replyTo), null);
        }
        JsonNode textNode = node.get("text");
        String text = textNode == null || !textNode.isTextual() ? "" : QuestionText.normalize(textNode.asText());
        if (text.isEmpty()) {
            return error(ErrorCode.MISSING_TEXT, "Field 'text' is required and must be a non-empty string"
                    + " (invisible and space characters alone do not count).", replyTo);
        }
        if (text.length() > Question.MAX_LENGTH) {
            return error(ErrorCode.TEXT_TOO_LONG, "Field 'text' has " + text.length()
                    + " characters; the limit is " + Question.MAX_LENGTH + ".", replyTo);
        }
        Lang lang = null;
        JsonNode langNode = node.get("lang");
        if (langNode != null && !langNode.isNull()) {
            if (!langNode.isTextual() || !(langNode.asText().equals("zh") || langNode.asText().equals("en"))) {
                return error(ErrorCode.INVALID_LANG, "Field 'lang' must be \"zh\" or \"en\" when present.", replyTo);
            }
            lang = Lang.fromCode(langNode.asText());
        }
        return new Read(new ClientFrame.Ask(replyTo, new Question(text, lang)), null);
    }

    private static Read error(ErrorCode code, String message, String replyTo) {
        return new Read(null, new FrameError(code, message, replyTo));
    }
}
