package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.kb.Lang;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A question with the entries that answer it (empty for one no entry may answer), as people asked it: what
 * the confidence model learns from besides the knowledge base's own phrasings.
 *
 * @param lang the language it is searched in; null for a question mixing both, searched in both
 */
public record LabelledQuestion(String text, Lang lang, Set<String> answeredBy) {

    /** The label of a question that no entry may answer. */
    public static final String REFUSE = "REFUSE";

    /** The languages the question is searched in. */
    public Set<Lang> searched() {
        return lang == null ? EnumSet.allOf(Lang.class) : EnumSet.of(lang);
    }

    /** The labelled questions the application learns from, shipped with it ({@code /calibration/questions.tsv}). */
    public static List<LabelledQuestion> shipped() {
        try (InputStream in = LabelledQuestion.class.getResourceAsStream("/calibration/questions.tsv")) {
            return in == null ? List.of() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped calibration questions", e);
        }
    }

    /**
     * Lines {@code expected<TAB>lang<TAB>question}; {@code expected} is entry ids joined by {@code |}, or
     * {@value #REFUSE}; {@code lang} is {@code zh}, {@code en} or {@code mixed}; {@code #} starts a comment line.
     */
    public static List<LabelledQuestion> read(InputStream in) throws IOException {
        List<LabelledQuestion> questions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                Set<String> ids = cells[0].equals(REFUSE) ? Set.of() : Set.of(cells[0].split("\\|"));
                questions.add(new LabelledQuestion(cells[2], cells[1].equals("mixed") ? null : Lang.fromCode(cells[1]),
                        ids));
            }
        }
        return questions;
    }
}
