package gov.longhua.assistant.core.language;

import gov.longhua.assistant.kb.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Decides whether a question is Chinese or English. A script rule settles what statistics cannot on short
 * text: any question with at least as many Han characters as Latin words is Chinese (so "谢谢", "低保" and
 * "我想查OGI申请" are Chinese, "How do I apply for 低保?" is English). Latin-script text long enough to judge
 * goes to OpenNLP's language detector, which tells English from the languages we do not answer in.
 */
public final class LanguageIdentifier {

    private static final String MODEL = "/langdetect-183.bin";
    /** Fewer words than this are too short for the statistical model: take them as English. */
    private static final int MIN_WORDS_FOR_MODEL = 4;
    /**
     * How many times likelier than English another language must be to count as not English. The model spreads
     * its confidence over 103 languages, so absolute values are small; the ratio is what separates them.
     */
    private static final double OTHER_LANGUAGE_RATIO = 2.0;

    private final LanguageDetectorModel model;

    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
            }
            this.model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP language model", e);
        }
    }

    public LanguageGuess identify(String text, Lang fallback) {
        ScriptCounts counts = ScriptCounts.of(text);
        if (counts.kana() > 0) {
            return LanguageGuess.unsupported("jpn");
        }
        if (counts.hangul() > 0 && counts.han() == 0) {
            return LanguageGuess.unsupported("kor");
        }
        boolean mixed = counts.han() > 0 && counts.latinWords() > 0;
        if (counts.han() > 0 && counts.han() >= counts.latinWords()) {
            return LanguageGuess.of(Lang.ZH, mixed);
        }
        if (counts.latinWords() == 0) {
            return counts.otherLetters() > 0 ? LanguageGuess.unsupported("und") : LanguageGuess.undetermined(fallback);
        }
        if (counts.latinWords() < MIN_WORDS_FOR_MODEL || mixed) {
            return LanguageGuess.of(Lang.EN, mixed);
        }
        // LanguageDetectorME is not thread-safe; it is cheap to create over a shared model.
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(text);
        Language best = ranked[0];
        double english = Arrays.stream(ranked).filter(l -> l.getLang().equals("eng"))
                .mapToDouble(Language::getConfidence).findFirst().orElse(0);
        if (best.getLang().equals("eng") || best.getConfidence() < OTHER_LANGUAGE_RATIO * english) {
            return LanguageGuess.of(Lang.EN, false);
        }
        return LanguageGuess.unsupported(best.getLang());
    }
}
