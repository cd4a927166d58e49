package gov.longhua.assistant.core.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which offered option a reply picks: by its number, its id, or its label (or enough of it). */
final class OptionChoice {

    private static final Pattern NUMBER = Pattern.compile("^(?:第|no\\.?\\s*|number\\s*|option\\s*)?(10|[1-9]|[一二三四五六七八九十])(?:个|项|条|号)?$");
    private static final List<String> WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    private static final List<String> CARDINALS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    /** What people say around a choice, spoken or typed: 我选…吧, …please. */
    private static final Pattern POLITENESS = Pattern.compile(
            "^(?:我要|我选|选|要|i want|i'll take|i choose)\\s*|\\s*(?:吧|please|thanks|thank you)$");
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";

    private OptionChoice() {
    }

    static Optional<String> pick(String reply, List<String> optionIds, Function<String, List<String>> labels) {
        String text = POLITENESS.matcher(reply.strip().replaceAll("[。？！.!?，,]+$", "")).replaceAll("").strip();
        if (optionIds.contains(text)) {
            return Optional.of(text);
        }
        Matcher number = NUMBER.matcher(text);
        int index = -1;
        if (number.matches()) {
            String digit = number.group(1);
            index = Character.isDigit(digit.charAt(0)) ? Integer.parseInt(digit) - 1 : CHINESE_DIGITS.indexOf(digit);
        } else {
            for (int i = 0; i < WORDS.size(); i++) {
                if (text.matches("(?:the )?" + WORDS.get(i) + "(?: one)?")
                        || text.matches("(?:number |option )?" + CARDINALS.get(i))) {
                    index = i;
                }
            }
        }
        if (index >= 0) {
            return index < optionIds.size() ? Optional.of(optionIds.get(index)) : Optional.empty();
        }
        if (text.codePointCount(0, text.length()) < 2) {
            return Optional.empty();
        }
        for (String id : optionIds) {
            for (String label : labels.apply(id)) {
                String bare = label.replaceAll("[。？！.!?]+$", "");
                if (bare.equals(text) || bare.contains(text) || text.contains(bare)) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }
}
