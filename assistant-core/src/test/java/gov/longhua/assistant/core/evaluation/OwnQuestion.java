package gov.longhua.assistant.core.evaluation;

import gov.longhua.assistant.kb.Lang;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One question of the project's own set: the entry that answers it, or {@code REFUSE} for a question the
 * assistant must not answer from the knowledge base (out of scope, abuse, injection, fraud).
 */
record OwnQuestion(String expected, Lang lang, String style, String text) {

    static final String REFUSE = "REFUSE";

    /** The parts of the set: the first was seen while tuning, the second was written before the last round. */
    static final List<String> PARTS = List.of("own-set.tsv", "own-set-unseen.tsv");

    boolean mustRefuse() {
        return expected.equals(REFUSE);
    }

    /** The entries that answer the question: one, or two written {@code a|b} when either does. */
    Set<String> answeredBy() {
        return Set.of(expected.split("\\|"));
    }

    static List<OwnQuestion> read(String part) throws IOException {
        List<OwnQuestion> questions = new ArrayList<>();
        java.nio.file.Path file = java.nio.file.Path.of(part);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(java.nio.file.Files.isRegularFile(file)
                ? java.nio.file.Files.newInputStream(file)
                : OwnQuestion.class.getResourceAsStream("/evaluation/" + part), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 4);
                questions.add(new OwnQuestion(cells[0], Lang.fromCode(cells[1]), cells[2], cells[3]));
            }
        }
        return questions;
    }
}
