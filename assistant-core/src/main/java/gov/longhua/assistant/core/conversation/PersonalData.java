package gov.longhua.assistant.core.conversation;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text before it is stored: Chinese resident ID numbers, mobile and landline numbers
 * (with or without spaces or hyphens between the digits), passport and travel-permit numbers (mainland
 * passports {@code E12345678}, {@code EA1234567}; permits to Hong Kong and Macao {@code C12345678},
 * {@code CA1234567}; Home Return Permits {@code H12345678}, {@code M1234567890}), e-mail addresses, and names
 * where the text introduces one (我叫…, 我是…, 姓名…, "my name is …" in any case). Full-width letters, digits
 * and spaces are first folded to their NFKC forms (ASCII), so {@code １３８…} is found as {@code 138…}; other
 * characters, Chinese punctuation among them, are kept as written. Stored conversations, and everything built
 * from them (the staff inbox's missed requests, exports), hold only the masked text; a staff member handling a
 * conversation live sees what the visitor writes.
 */
public final class PersonalData {

    /** A run of digits with single separators between them, as numbers are written down and read out. */
    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![0-9A-Za-z])\\+?\\d(?:[ \\-‐‑–—]?\\d){5,20}(?:[ \\-]?[Xx])?(?![0-9A-Za-z])");
    private static final Pattern ID_DIGITS = Pattern.compile("\\d{17}[0-9Xx]|\\d{15}");
    private static final Pattern MOBILE_DIGITS = Pattern.compile("(?:86)?1[3-9]\\d{9}");
    private static final Pattern LANDLINE_DIGITS = Pattern.compile("0\\d{9,11}");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}[- ]\\d{7,8}(?!\\d)");
    private static final Pattern TRAVEL_DOCUMENT = Pattern.compile(
            "(?<![0-9A-Za-z])(?:[EGDSPCWHM]\\d{8}|[HM]\\d{10}|[EC][A-Z]\\d{7})(?![0-9A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern NAME_ZH = Pattern.compile("(我叫|我是|姓名[:：]?|名字[是叫:：]?)\\s*([\\p{IsHan}·]{2,4}?)"
            + "(?=想|要|问|请|咨询|申请|办|需|来|在|的|[，。,.!?！？、；;\\s]|$)");
    private static final String NOT_A_NAME = "(?!(?:and|but|or|i|im|from|here|to|with|please|want|would|need|have|"
            + "who|the|a|an|not|calling|living|in|at)\\b)";
    private static final Pattern NAME_EN = Pattern.compile("((?i:my name is|my name's|i am called))\\s+(" + NOT_A_NAME
            + "[A-Za-z][A-Za-z'-]*(?:\\s+" + NOT_A_NAME + "[A-Za-z][A-Za-z'-]*){0,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_THIS_IS = Pattern.compile("((?i:this is))\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2})");

    private PersonalData() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = numbers(folded(text));
        masked = LANDLINE.matcher(masked).replaceAll("[PHONE]");
        masked = TRAVEL_DOCUMENT.matcher(masked).replaceAll("[ID]");
        masked = EMAIL.matcher(masked).replaceAll("[EMAIL]");
        masked = NAME_ZH.matcher(masked).replaceAll("$1[NAME]");
        masked = NAME_EN.matcher(masked).replaceAll("$1 [NAME]");
        return NAME_THIS_IS.matcher(masked).replaceAll("$1 [NAME]");
    }

    /** Full-width letters, digits, plus, hyphen and the ideographic space as NFKC writes them; the rest as is. */
    static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean foldable = (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A)
                    || (cp >= 0xFF41 && cp <= 0xFF5A) || cp == 0xFF0B || cp == 0xFF0D || cp == 0x3000;
            out.append(foldable ? Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                    : new String(Character.toChars(cp)));
        });
        return out.toString();
    }

    /** Replaces every digit run that, its separators removed, is an ID number or a phone number. */
    private static String numbers(String text) {
        Matcher run = DIGIT_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (run.find()) {
            String digits = run.group().replaceAll("[^0-9Xx]", "");
            String replacement = ID_DIGITS.matcher(digits).matches() ? "[ID]"
                    : MOBILE_DIGITS.matcher(digits).matches() || LANDLINE_DIGITS.matcher(digits).matches() ? "[PHONE]"
                    : run.group();
            run.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        run.appendTail(out);
        return out.toString();
    }
}
