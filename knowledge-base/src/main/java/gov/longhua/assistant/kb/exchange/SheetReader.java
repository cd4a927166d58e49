package gov.longhua.assistant.kb.exchange;

import gov.longhua.assistant.kb.load.Problem;
import gov.longhua.assistant.kb.load.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What the catalogue and FAQ sheets share: reading every row with a row parser, and naming columns in problems. */
final class SheetReader {

    private SheetReader() {
    }

    /** Every non-blank row parsed; a row with problems adds them and yields nothing. */
    static <T> List<Sourced<T>> read(Table table, List<Column> layout, List<Problem> problems,
            Function<RowReader, Optional<T>> parser) {
        HeaderMap headers = new HeaderMap(table, layout, problems);
        List<Sourced<T>> values = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (!row.isBlank()) {
                parser.apply(new RowReader(table, row, headers, problems))
                        .ifPresent(value -> values.add(new Sourced<>(table.source() + ", row " + row.number(), value)));
            }
        }
        return values;
    }

    /** A cross-reference problem with its field name translated into the sheet's column. */
    static Problem locate(Problem problem, Table table, List<Column> layout, Map<String, Column> fieldColumns) {
        Column column = fieldColumns.get(problem.field());
        if (column == null) {
            return problem;
        }
        HeaderMap headers = new HeaderMap(table, layout, new ArrayList<>());
        return new Problem(problem.file(), problem.entry(), headers.describe(column), problem.reason());
    }
}
