package gov.longhua.assistant.core.language;

import gov.longhua.assistant.kb.Lang;

/**
 * What language a question is in.
 *
 * @param lang the supported language to answer in (the closest one when the question is in another language)
 * @param supported false when the question is in a language the assistant does not answer in
 * @param determined false when the text carries no letters to judge by (digits, punctuation)
 * @param iso6393 the ISO 639-3 code found, e.g. {@code zho}, {@code eng}, {@code fra}
 * @param codeSwitched true when the question mixes Chinese characters and English words
 */
public record LanguageGuess(Lang lang, boolean supported, boolean determined, String iso6393, boolean codeSwitched) {

    static LanguageGuess of(Lang lang, boolean codeSwitched) {
        return new LanguageGuess(lang, true, true, lang == Lang.ZH ? "zho" : "eng", codeSwitched);
    }

    static LanguageGuess undetermined(Lang fallback) {
        return new LanguageGuess(fallback, true, false, "und", false);
    }

    static LanguageGuess unsupported(String iso6393) {
        return new LanguageGuess(Lang.EN, false, true, iso6393, false);
    }
}
