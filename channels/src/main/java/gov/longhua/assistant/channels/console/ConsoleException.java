package gov.longhua.assistant.channels.console;

import java.util.List;

/**
 * A staff request that cannot be carried out, with what was wrong and where: the field of the request (or the
 * file, row and column of an uploaded sheet), as the console shows it. Nothing was changed.
 */
public final class ConsoleException extends RuntimeException {

    /** One thing wrong: where, and what. */
    public record Problem(String where, String reason) {
    }

    private final List<Problem> problems;
    private final int status;

    public ConsoleException(String where, String reason) {
        this(400, List.of(new Problem(where, reason)));
    }

    public ConsoleException(int status, List<Problem> problems) {
        super(problems.stream().map(p -> p.where() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
        this.status = status;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The HTTP status: 400 for a bad request, 404 for something that does not exist, 409 for a conflict. */
    public int status() {
        return status;
    }
}
