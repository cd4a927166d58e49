package gov.longhua.assistant.core.evaluation;

import gov.longhua.assistant.kb.Lang;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One question of the project's own set: the entry that answers it, or {@code REFUSE} for a question the
 * assistant must not answer from the knowledge base (out of scope, abuse, injection, fraud).
 */
record OwnQuestion(String expected, Lang lang, String style, String text) {

    static final String REFUSE = "REFUSE";

    boolean mustRefuse() {
        return expected.equals(REFUSE);
    }

    static List<OwnQuestion> read() throws IOException {
        List<OwnQuestion> questions = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                OwnQuestion.class.getResourceAsStream("/evaluation/own-set.tsv"), StandardCharsets.UTF_8))) {
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
