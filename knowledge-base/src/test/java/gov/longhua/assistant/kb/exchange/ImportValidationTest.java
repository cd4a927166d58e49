package gov.longhua.assistant.kb.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.catalogue.DisclosureMode;
import gov.longhua.assistant.kb.catalogue.TimeLimitKind;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import gov.longhua.assistant.kb.load.Problem;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets written by hand, as staff write them, in the official column layout. */
class ImportValidationTest {

    private static final List<String> HEADERS = List.of("编号", "领域", "一级事项", "一级事项（英文）", "二级事项",
            "二级事项（英文）", "公开内容（要素）", "公开内容（要素）（英文）", "公开依据", "公开依据（英文）", "公开时限",
            "公开时限（英文）", "公开主体", "公开主体（英文）", "公开渠道和载体", "公开对象", "公开方式", "公开层级",
            "目录层级", "街道", "核实日期", "来源", "状态");

    private static List<String> row(String id, String domain, String timeLimit, String channels, String mode,
            String tier, String street, String bodyEn) {
        return List.of(id, domain, "就业信息服务", "Employment information", "岗位信息发布", "Job vacancies",
                "●用人单位；●岗位要求；〇薪酬待遇", "●employer; ●requirements; 〇pay and benefits",
                "《中华人民共和国就业促进法》", "Employment Promotion Law of the PRC",
                timeLimit, "within 20 working days of the information being created or changed",
                "区人力资源部门", bodyEn, channels, "全社会", mode, "区级、街道级", tier, street, "2026-11-26",
                "S06", "已确认");
    }

    private static void writeXlsx(Path file, List<List<String>> rows) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "staff", "1.0");
            Worksheet sheet = workbook.newWorksheet("就业");
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.value(0, c, HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        }
    }

    @Test
    void should_import_a_hand_written_sheet_in_the_official_layout(@TempDir Path dir) throws Exception {
        // given
        Path kb = KbFolder.copyOfDefault(dir);
        KnowledgeBase before = new KnowledgeBaseLoader().load(KbLocation.directory(kb));
        CatalogueSheet layout = new CatalogueSheet(before.reference());
        Path existing = dir.resolve("existing.xlsx");
        Tables.write(existing, "目录", layout.headers(), layout.rows(before.items()));
        Path file = dir.resolve("employment.xlsx");
        writeXlsx(file, List.of(
                row("test.vacancies", "就业", "信息形成或变更之日起20个工作日内", "■政府网站 □政务服务中心", "主动",
                        "区", "", "district human-resources department"),
                row("test.vacancies-minzhi", "Employment", "实时公开", "■政府网站", "依申请公开", "街道", "民治街道",
                        "Minzhi Street office")));

        // when: the employment rows are added to the existing catalogue and imported
        Table merged = merge(Tables.read(existing), Tables.read(file));
        Path combined = dir.resolve("combined.csv");
        Tables.write(combined, "目录", merged.headers(), merged.rows().stream().map(Table.Row::cells).toList());
        new KnowledgeBaseImport(line -> { }).importCatalogue(combined, kb);

        // then
        KnowledgeBase after = new KnowledgeBaseLoader().load(KbLocation.directory(kb));
        assertThat(after.items()).hasSize(before.items().size() + 2);
        CatalogueItem vacancies = (CatalogueItem) after.entry("test.vacancies").orElseThrow();
        assertThat(vacancies.domain()).isEqualTo("employment");
        assertThat(vacancies.content()).extracting(e -> e.mandatory()).containsExactly(true, true, false);
        assertThat(vacancies.channels()).extracting(c -> c.id() + ":" + c.required())
                .containsExactly("website:true", "service-centre:false");
        assertThat(vacancies.timeLimit().kind()).isEqualTo(TimeLimitKind.WORKING_DAYS);
        CatalogueItem minzhi = (CatalogueItem) after.entry("test.vacancies-minzhi").orElseThrow();
        assertThat(minzhi.street()).isEqualTo("minzhi");
        assertThat(minzhi.mode()).isEqualTo(DisclosureMode.ON_APPLICATION);
        assertThat(minzhi.timeLimit().kind()).isEqualTo(TimeLimitKind.REAL_TIME);
    }

    @Test
    void should_reject_a_broken_sheet_whole_with_every_problem_located_and_change_nothing(@TempDir Path dir)
            throws Exception {
        // given
        Path kb = KbFolder.copyOfDefault(dir);
        Map<String, String> before = KbFolder.fingerprint(kb);
        Path file = dir.resolve("broken.xlsx");
        writeXlsx(file, List.of(
                row("emp.ok", "就业", "信息形成或变更之日起20个工作日内", "■政府网站", "主动", "区", "", "HR department"),
                row("emp.bad-mode", "就业", "20个工作日", "■政府网站", "偶尔", "区", "", "HR department"),
                row("emp.bad-domain", "天气", "20个工作日", "■政府网站", "主动", "区", "", "HR department"),
                row("emp.bad-street", "就业", "20个工作日", "■政府网站", "主动", "街道", "深圳湾街道", "HR department"),
                row("emp.bad-limit", "就业", "尽快", "■政府网站", "主动", "区", "", "HR department"),
                row("emp.no-english", "就业", "20个工作日", "■政府网站", "主动", "区", "", ""),
                row("emp.ok", "就业", "20个工作日", "■政府网站", "主动", "区", "", "HR department"),
                row("", "就业", "20个工作日", "■政府网站", "主动", "区", "", "HR department")));

        // when / then
        assertThatThrownBy(() -> new KnowledgeBaseImport(line -> { }).importCatalogue(file, kb))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> {
                    List<String> problems = new ArrayList<>(e.problems().stream().map(Problem::toString).toList());
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("broken.xlsx, sheet 就业",
                            "row 3 ('emp.bad-mode')", "column Q (公开方式)", "'偶尔' is not understood"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("row 4 ('emp.bad-domain')",
                            "column B (领域)", "'天气' is not understood"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("row 5 ('emp.bad-street')",
                            "column T (街道)", "'深圳湾街道' is not understood"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("row 6 ('emp.bad-limit')",
                            "column K (公开时限)", "not understood"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("row 7 ('emp.no-english')",
                            "column N (公开主体（英文）)", "English text is missing"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("row 8", "column A (编号)",
                            "duplicate id"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("row 9", "column A (编号)",
                            "required"));
                });
        assertThat(KbFolder.fingerprint(kb)).isEqualTo(before);
    }

    @Test
    void should_name_missing_and_unknown_columns(@TempDir Path dir) throws Exception {
        Path kb = KbFolder.copyOfDefault(dir);
        Path file = dir.resolve("columns.csv");
        Files.writeString(file, "编号,领域,一级事项,颜色\nemp.x,就业,就业信息服务,红\n");

        assertThatThrownBy(() -> new KnowledgeBaseImport(line -> { }).importCatalogue(file, kb))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("columns.csv, row 1, column D: unknown column '颜色'")
                .hasMessageContaining("required column '公开方式' (Mode) is missing");
    }

    private static Table merge(Table first, Table second) {
        List<String> headers = first.headers();
        List<Table.Row> rows = new ArrayList<>(first.rows());
        for (Table.Row row : second.rows()) {
            List<String> cells = new ArrayList<>();
            for (String header : headers) {
                int index = second.headers().indexOf(header);
                cells.add(index < 0 ? "" : row.cell(index));
            }
            rows.add(new Table.Row(rows.size() + 2, cells));
        }
        return new Table(first.source(), headers, rows);
    }
}
