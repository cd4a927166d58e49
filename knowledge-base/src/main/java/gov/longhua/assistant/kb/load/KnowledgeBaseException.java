package gov.longhua.assistant.kb.load;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge base could not be loaded; lists every problem found, each with its file, entry and field. */
public final class KnowledgeBaseException extends RuntimeException {

    private final List<Problem> problems;

    public KnowledgeBaseException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the knowledge base:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
