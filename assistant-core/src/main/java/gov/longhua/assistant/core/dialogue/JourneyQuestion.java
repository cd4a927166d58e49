package gov.longhua.assistant.core.dialogue;

import java.util.regex.Pattern;

/**
 * Whether a question announces a life event rather than asking something particular: "我要开公司",
 * "我们准备生孩子", "I'm having a baby", "I want to start a business". Such a question starts a journey
 * through the stages of the matching life-cycle guide.
 */
final class JourneyQuestion {

    private static final Pattern ZH = Pattern.compile("^(?:我|我们|我家)?(?:要|想|准备|打算|计划|快要|马上要|刚)(?:去)?\\p{IsHan}{1,8}了?[。！!？?]*$");
    private static final Pattern EN = Pattern.compile(
            "^(?:i|we)(?:'m| am|'re| are)? (?:going to|about to|planning to|want to|would like to|having|expecting|starting|retiring|moving)\\b.{0,40}$");
    /** A short announcement, not a question with particulars. */
    private static final int MAX_EN_WORDS = 8;

    private JourneyQuestion() {
    }

    static boolean announcesALifeEvent(String normalized) {
        String text = normalized.strip();
        if (ZH.matcher(text).matches()) {
            return !text.matches(".*(怎么|如何|哪里|多久|什么|吗|几|多少|申请|办理|查询|咨询|投诉|举报).*");
        }
        return EN.matcher(text).matches() && text.split("\\s+").length <= MAX_EN_WORDS
                && !text.matches(".*\\b(how|where|when|what|which|who|apply|check|report|complain)\\b.*");
    }
}
