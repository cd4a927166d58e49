package gov.longhua.assistant.core.answer;

import java.util.regex.Pattern;

/** Turns display text into text a speech synthesiser can read: no web addresses, markup or list symbols. */
final class Speech {

    private static final Pattern URL = Pattern.compile(
            "(https?://)?(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(gov\\.cn|com|cn|org|net)(/[\\w./?=&%-]*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[（(]\\s*[）)]");
    private static final Pattern MARKUP = Pattern.compile("[*#_`|■□●〇【】<>\\[\\]]");

    private Speech() {
    }

    static String of(String text) {
        String spoken = URL.matcher(text).replaceAll("");
        spoken = EMPTY_BRACKETS.matcher(spoken).replaceAll("");
        spoken = MARKUP.matcher(spoken).replaceAll(" ");
        return spoken.replaceAll("\\s*\\n+\\s*", " ").replaceAll("\\s{2,}", " ").strip();
    }
}
