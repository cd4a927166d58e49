package gov.longhua.assistant.core.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a long message asks: residents write a greeting, their situation and thanks around the question ("你好，
 * 我是外地来的，孩子明年上小学。想问一下积分怎么算？谢谢"), and the robot hears it all. The message is cut into
 * sentences and clauses; greetings and thanks are dropped; the clauses that ask something (a question word or
 * mark, 想问/请问, "how/what/can I …") are the focus, and the sentences that ask are the questions (two of them:
 * a message asking two things).
 *
 * @param text the clauses that ask, or every clause but greetings when none does
 * @param questions the sentences that ask something, in order
 * @param narrower whether {@code text} leaves out part of the message
 */
record QuestionFocus(String text, List<String> questions, boolean narrower) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;\\n])|(?<=\\.)\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，,、：:])");
    private static final Pattern COURTESY = Pattern.compile(
            "^(你好|您好|大家好|喂|嗨|在吗|谢谢|谢谢你|谢谢您|多谢|感谢|非常感谢|麻烦你了|麻烦您了|麻烦了|打扰了|辛苦了"
            + "|hi|hello|hey|good (morning|afternoon|evening)|dear( sir| madam)?|thanks( a lot)?|thank you( very much)?"
            + "|many thanks|cheers|sorry to bother you)(\\s*(there|sir|madam))?[\\s\\p{Punct}，。！？、~～]*$");
    private static final Pattern ASKS_ZH = Pattern.compile(
            "[吗呢么嘛?？]|怎么|怎样|如何|什么|啥|哪|谁|多久|多长|多少|几(个|天|年|月)|是否|能不能|能否|可不可以|可以不|有没有|要不要|是不是|"
            + "请问|想问|想知道|咨询|问一下|问下|求助");
    private static final Pattern ASKS_EN = Pattern.compile(
            "\\?|^(so |and |but |also |um |uh )*(how|what|when|where|who|whom|which|why|can|could|do|does|did|is|are|was|"
            + "should|will|would|may|must|any|tell me|please|i (want|would like|need) to (know|ask)|i'd like to know|"
            + "i wonder|wondering)\\b");
    /** Below this many characters a message is read whole. */
    private static final int SHORT = 12;

    static QuestionFocus of(String normalized) {
        String whole = normalized.strip();
        if (whole.length() < SHORT) {
            return new QuestionFocus(whole, List.of(whole), false);
        }
        List<String> kept = new ArrayList<>();
        List<String> asking = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(whole)) {
            boolean sentenceAsks = false;
            StringBuilder asked = new StringBuilder();
            for (String clause : CLAUSE_END.split(sentence)) {
                String c = clause.strip();
                if (c.isEmpty() || COURTESY.matcher(c).matches()) {
                    continue;
                }
                kept.add(c);
                if (asks(c)) {
                    asking.add(c);
                    sentenceAsks = true;
                    asked.append(c);
                }
            }
            if (sentenceAsks) {
                questions.add(asked.toString());
            }
        }
        String text = String.join(" ", asking.isEmpty() ? kept : asking).strip();
        if (text.isEmpty()) {
            return new QuestionFocus(whole, List.of(whole), false);
        }
        return new QuestionFocus(text, questions.isEmpty() ? List.of(text) : questions,
                text.length() < whole.length() - 2);
    }

    private static boolean asks(String clause) {
        return ASKS_ZH.matcher(clause).find() || ASKS_EN.matcher(clause).find();
    }
}
