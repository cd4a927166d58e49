package gov.longhua.assistant.core.conversation;

import java.util.regex.Pattern;

/**
 * Masks personal data in text before it is stored: Chinese resident ID numbers, mobile and landline numbers,
 * e-mail addresses, and names where the text introduces one (我叫…, 我是…, 姓名…, "my name is …"). Stored
 * conversations, and everything built from them (the staff inbox's missed requests, exports), hold only the
 * masked text; a staff member handling a conversation live sees what the visitor writes.
 */
public final class PersonalData {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}[- ]\\d{7,8}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern NAME_ZH = Pattern.compile("(我叫|我是|姓名[:：]?|名字[是叫:：]?)\\s*([\\p{IsHan}·]{2,4})(?=[，。,.!?！？\\s]|$)");
    private static final Pattern NAME_EN = Pattern.compile("((?i:my name is|i am called|this is))\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2})");

    private PersonalData() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = ID_NUMBER.matcher(text).replaceAll("[ID]");
        masked = MOBILE.matcher(masked).replaceAll("[PHONE]");
        masked = LANDLINE.matcher(masked).replaceAll("[PHONE]");
        masked = EMAIL.matcher(masked).replaceAll("[EMAIL]");
        masked = NAME_ZH.matcher(masked).replaceAll("$1[NAME]");
        return NAME_EN.matcher(masked).replaceAll("$1 [NAME]");
    }
}
