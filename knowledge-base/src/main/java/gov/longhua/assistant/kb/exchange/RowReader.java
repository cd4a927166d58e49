package gov.longhua.assistant.kb.exchange;

import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.load.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the cells of one row, adding a problem (sheet, row, column, reason) for every cell that is wrong
 * instead of stopping at the first, so that one import lists everything to fix.
 */
final class RowReader {

    private final Table table;
    private final Table.Row row;
    private final HeaderMap headers;
    private final List<Problem> problems;
    private final int problemsBefore;
    private String entry;

    RowReader(Table table, Table.Row row, HeaderMap headers, List<Problem> problems) {
        this.table = table;
        this.row = row;
        this.headers = headers;
        this.problems = problems;
        this.problemsBefore = problems.size();
        this.entry = "row " + row.number();
    }

    /** Names the row by its entry id too, once known. */
    void identify(String id) {
        if (!id.isEmpty()) {
            entry = "row " + row.number() + " ('" + id + "')";
        }
    }

    String entry() {
        return entry;
    }

    boolean hasProblems() {
        return problems.size() > problemsBefore;
    }

    void problem(Column column, String reason) {
        problems.add(new Problem(table.source(), entry, headers.describe(column), reason));
    }

    String text(Column column) {
        int index = headers.indexOf(column);
        return index < 0 ? "" : row.cell(index);
    }

    String required(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            problem(column, "empty; this field is required");
        }
        return value;
    }

    /** A bilingual text from a Chinese and an English column; both or neither must be filled. */
    Optional<LocalizedText> bilingual(Column zh, Column en, boolean required) {
        String zhText = text(zh);
        String enText = text(en);
        if (zhText.isEmpty() && enText.isEmpty()) {
            if (required) {
                problem(zh, "empty; this field is required in Chinese and English");
            }
            return Optional.empty();
        }
        if (zhText.isEmpty()) {
            problem(zh, "the Chinese text is missing (the English column has one)");
            return Optional.empty();
        }
        if (enText.isEmpty()) {
            problem(en, "the English text is missing (the Chinese column has one)");
            return Optional.empty();
        }
        return Optional.of(new LocalizedText(zhText, enText));
    }

    /**
     * A list cell: one item per line; a cell on one line is split at semicolons, and failing those at
     * enumeration commas (、), the way catalogues list elements.
     */
    List<String> list(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return List.of();
        }
        String separator = value.contains("\n") ? "\n" : value.matches("(?s).*[；;].*") ? "[；;]" : "、";
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A list of identifiers split at commas, white space and the list separators. */
    List<String> ids(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split("[\\s,，；;、]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Pairs the items of a Chinese list cell with those of its English twin. */
    List<String[]> pairedLists(Column zh, Column en, boolean required) {
        List<String> zhItems = list(zh);
        List<String> enItems = list(en);
        // A one-line cell may be one item that itself contains a separator (《条例》第二十条、第二十一条;
        // "the 7th plan; the 8th plan"): when the other language has a single item, take it whole.
        if (zhItems.size() != enItems.size() && enItems.size() == 1 && !text(zh).contains("\n")) {
            zhItems = List.of(text(zh));
        } else if (zhItems.size() != enItems.size() && zhItems.size() == 1 && !text(en).contains("\n")) {
            enItems = List.of(text(en));
        }
        if (zhItems.isEmpty() && enItems.isEmpty()) {
            if (required) {
                problem(zh, "empty; this field is required in Chinese and English");
            }
            return List.of();
        }
        if (zhItems.size() != enItems.size()) {
            problem(en, "has " + enItems.size() + " item(s) but the Chinese column has " + zhItems.size()
                    + "; every item needs both languages");
            return List.of();
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < zhItems.size(); i++) {
            pairs.add(new String[] {zhItems.get(i), enItems.get(i)});
        }
        return pairs;
    }

    /** A value from a vocabulary (Chinese or English words, or the code). */
    <E> Optional<E> term(Column column, Map<String, E> vocabulary, boolean required) {
        String value = required ? required(column) : text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        E found = vocabulary.get(Vocabulary.key(value));
        if (found == null) {
            problem(column, "'" + value + "' is not understood; use one of: " + Vocabulary.describe(vocabulary));
        }
        return Optional.ofNullable(found);
    }

    Optional<LocalDate> date(Column column) {
        String value = required(column);
        return value.isEmpty() ? Optional.empty() : parseDate(column, value);
    }

    /** A date the row may leave empty. */
    Optional<LocalDate> optionalDate(Column column) {
        String value = text(column);
        return value.isEmpty() ? Optional.empty() : parseDate(column, value);
    }

    private Optional<LocalDate> parseDate(Column column, String value) {
        try {
            return Optional.of(LocalDate.parse(value.replace('/', '-').replace('.', '-')));
        } catch (DateTimeParseException e) {
            problem(column, "'" + value + "' is not a date; write it as YYYY-MM-DD");
            return Optional.empty();
        }
    }
}
