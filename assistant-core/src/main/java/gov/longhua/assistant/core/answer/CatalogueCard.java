package gov.longhua.assistant.core.answer;

import java.util.List;

/**
 * A catalogue item laid out for a screen, every field in the asker's language: what is disclosed, by whom,
 * within what time limit, where, and on what basis.
 */
public record CatalogueCard(
        String title,
        String domain,
        List<String> content,
        String body,
        String timeLimit,
        List<String> channels,
        String mode,
        String audience,
        List<String> basis) {
}
