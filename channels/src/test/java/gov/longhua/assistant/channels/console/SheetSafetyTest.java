package gov.longhua.assistant.channels.console;

import static org.assertj.core.api.Assertions.assertThat;

import gov.longhua.assistant.channels.support.Readiness;
import gov.longhua.assistant.channels.support.StaffApi;
import gov.longhua.assistant.channels.support.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files in and out are safe: an upload over a configured limit is refused with a 400 naming the limit before
 * it is parsed, a sheet that repeats an id is reported, and exported CSV cells cannot run as formulas.
 */
@QuarkusTest
class SheetSafetyTest {

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void ready() {
        Readiness.awaitReady();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A 64 MB sheet part packed into about 64 KB. */
    private static byte[] bomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1024; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void should_refuse_an_xlsx_that_unpacks_too_far_with_a_400_naming_the_limit() throws Exception {
        Response response = StaffApi.EDITOR.post("import/faq", Map.of("fileName", "faq.xlsx", "content", base64(bomb())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("problems[0].where")).isEqualTo("faq.xlsx");
        assertThat(response.jsonPath().getString("problems[0].reason"))
                .contains("assistant.staff.sheets.max-compression-ratio = 100").contains("超出上传限制");
    }

    @Test
    void should_refuse_a_sheet_with_more_rows_than_allowed() {
        StringBuilder csv = new StringBuilder("id,topic\n");
        for (int i = 0; i <= 20_000; i++) {
            csv.append("faq.row-").append(i).append(",ogi\n");
        }

        Response response = StaffApi.EDITOR.post("suites", Map.of("name", "too-long", "fileName", "suite.csv",
                "content", base64(csv.toString().getBytes(StandardCharsets.UTF_8))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("problems[0].reason")).contains("assistant.staff.sheets.max-rows = 20000");
    }

    @Test
    void should_report_an_id_the_sheet_repeats() {
        String exported = StaffApi.EDITOR.request().accept("text/csv").get("/staff/api/export/faq.csv").asString();
        String[] lines = exported.split("\r\n");
        String repeated = exported + lines[1] + "\r\n";

        Response report = StaffApi.EDITOR.post("import/faq", Map.of("fileName", "faq.csv",
                "content", base64(repeated.getBytes(StandardCharsets.UTF_8))));

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.jsonPath().getString("problems[0].reason")).contains("重复的编号").contains("duplicate id")
                .endsWith("already in faq.csv, row 2");
        assertThat(report.jsonPath().getString("problems[0].where")).startsWith("faq.csv, row ").endsWith("column id");
        assertThat(report.jsonPath().getList("drafts")).isEmpty();
    }

    @Test
    void should_neutralise_a_question_that_looks_like_a_formula_in_the_csv_export() {
        try (WsClient visitor = WsClient.connect(URI.create(base.toString().replaceFirst("^http", "ws") + "ws/web"))) {
            visitor.next();
            visitor.ask("formula", "=HYPERLINK(\"http://evil.example\",\"低保\")");
            visitor.ask("fullwidth", "＠SUM(1+1) 怎么办");
        }

        String csv = StaffApi.ADMIN.request().accept("text/csv").get("/staff/api/export/questions.csv").asString();

        assertThat(csv).contains("\"'=HYPERLINK(").contains("'＠SUM(1+1) 怎么办").doesNotContain(",=HYPERLINK")
                .doesNotContain(",\"=HYPERLINK");
    }
}
