package gov.longhua.assistant.core.dialogue;

import java.util.regex.Pattern;

/** Whether a visitor asks for a person: 转人工, 人工客服, 找工作人员, talk to a person, a human agent. */
final class HandoffRequest {

    /** The id of the option offered after repeated failures. */
    static final String OPTION = "handoff";

    private static final Pattern ZH = Pattern.compile("(转|找|要|接)?人工(客服|服务)?|(找|联系|转)(真人|工作人员|客服)|真人客服");
    private static final Pattern EN = Pattern.compile(
            "\\b(talk|speak|chat) (to|with) (a |an |the |some )?(human|person|real person|someone|agent|staff|officer|operator)\\b"
            + "|\\b(human|live) (agent|operator|support|being)\\b|^(a )?(human|agent|operator)[.!?]*$"
            + "|\\b(transfer|connect|put) me (to|through to|with) (a |an |the )?(human|person|someone|agent|staff|operator)\\b"
            + "|\\bi (want|need|would like) (a |to talk to a |to speak to a )?(human|real person|person|agent)\\b");
    private static final int MAX_ZH = 12;
    private static final int MAX_EN_WORDS = 10;

    private HandoffRequest() {
    }

    static boolean asksForAPerson(String normalized) {
        String text = normalized.strip();
        long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        if (han > 0) {
            return han <= MAX_ZH && ZH.matcher(text).find() && !text.contains("人工智能");
        }
        return text.split("\\s+").length <= MAX_EN_WORDS && EN.matcher(text).find();
    }
}
