package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Lang;
import java.util.List;

/**
 * Options read out so a visitor can answer by voice: a lead that names the numbers to say ("请说一、二或三" /
 * "say one, two or three"), then each option after its number word.
 */
final class OptionSpeech {

    private OptionSpeech() {
    }

    /** The lead message takes the spoken list of numbers as its one argument. */
    static String read(Messages messages, String leadKey, List<AnswerOption> options, Lang lang) {
        String[] numbers = messages.get(lang, "speech.numbers").split(",");
        int count = Math.min(options.size(), numbers.length);
        StringBuilder spoken = new StringBuilder(messages.format(lang, leadKey, choices(messages, numbers, count, lang)));
        for (int i = 0; i < count; i++) {
            spoken.append(messages.format(lang, "speech.option", numbers[i].strip(), options.get(i).label()));
        }
        return Speech.of(spoken.toString(), lang);
    }

    private static String choices(Messages messages, String[] numbers, int count, Lang lang) {
        StringBuilder said = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                said.append(i == count - 1 ? messages.get(lang, "speech.or") : messages.get(lang, "list.and"));
            }
            said.append(numbers[i].strip());
        }
        return said.toString();
    }
}
