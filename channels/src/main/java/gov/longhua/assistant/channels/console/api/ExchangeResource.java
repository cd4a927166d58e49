package gov.longhua.assistant.channels.console.api;

import gov.longhua.assistant.channels.console.ConsoleException;
import gov.longhua.assistant.channels.console.LiveKnowledgeBase;
import gov.longhua.assistant.channels.console.QuestionLog;
import gov.longhua.assistant.channels.console.RegressionSuites;
import gov.longhua.assistant.channels.console.SheetImport;
import gov.longhua.assistant.channels.console.StaffAccount;
import gov.longhua.assistant.channels.console.StaffAccounts;
import gov.longhua.assistant.channels.console.StaffRole;
import gov.longhua.assistant.channels.console.AuditLog;
import gov.longhua.assistant.core.conversation.PersonalData;
import gov.longhua.assistant.core.dialogue.Assistant;
import gov.longhua.assistant.core.insight.Asked;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.exchange.CatalogueSheet;
import gov.longhua.assistant.kb.exchange.FaqSheet;
import gov.longhua.assistant.kb.exchange.Tables;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Files in and out of the console: regression suites, sheet import and export, log export, and accounts. */
@jakarta.ws.rs.Path("/staff/api")
@RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME, StaffRole.ADMIN_NAME})
public class ExchangeResource {

    private static final List<String> QUESTION_COLUMNS = List.of("at", "channel", "lang", "session", "ask_id",
            "question", "kind", "entry", "topic", "confidence", "answer");

    private final RegressionSuites suites;
    private final SheetImport sheets;
    private final LiveKnowledgeBase live;
    private final QuestionLog questions;
    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final Assistant assistant;
    private final SecurityIdentity identity;

    ExchangeResource(RegressionSuites suites, SheetImport sheets, LiveKnowledgeBase live, QuestionLog questions,
            StaffAccounts accounts, AuditLog audit, Assistant assistant, SecurityIdentity identity) {
        this.suites = suites;
        this.sheets = sheets;
        this.live = live;
        this.questions = questions;
        this.accounts = accounts;
        this.audit = audit;
        this.assistant = assistant;
        this.identity = identity;
    }

    /** An uploaded file: its name (for its type and in problems) and its bytes, base64-encoded. */
    record Upload(String name, String fileName, String content, boolean removeMissing, boolean apply) {

        byte[] bytes() {
            if (content == null || content.isEmpty()) {
                throw new ConsoleException("content", "the file is empty");
            }
            try {
                return Base64.getDecoder().decode(content);
            } catch (IllegalArgumentException e) {
                throw new ConsoleException("content", "not base64: " + e.getMessage());
            }
        }
    }

    @GET
    @jakarta.ws.rs.Path("suites")
    public List<RegressionSuites.Suite> suites() {
        return suites.all();
    }

    /** Reads a suite from a CSV or XLSX file, keeps it and runs it against the live assistant. */
    @POST
    @jakarta.ws.rs.Path("suites")
    @RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME})
    public RegressionSuites.Report upload(Upload upload) {
        if (upload == null) {
            throw new ConsoleException("body", "send name, fileName and content");
        }
        RegressionSuites.Suite suite = suites.parse(upload.name(), upload.fileName(), upload.bytes(),
                live.published(), user());
        suites.save(suite);
        return RegressionSuites.run(suite, engine());
    }

    @POST
    @jakarta.ws.rs.Path("suites/{name}/run")
    public RegressionSuites.Report run(@PathParam("name") String name) {
        RegressionSuites.Suite suite = suites.all().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new ConsoleException(404, List.of(new ConsoleException.Problem("name", "no suite '" + name + "'"))));
        return RegressionSuites.run(suite, engine());
    }

    @DELETE
    @jakarta.ws.rs.Path("suites/{name}")
    @RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME})
    public void removeSuite(@PathParam("name") String name) {
        suites.remove(name, user());
    }

    /** Checks a sheet ({@code apply=false}: the report only) or turns it into drafts ({@code apply=true}). */
    @POST
    @jakarta.ws.rs.Path("import/{part}")
    @RolesAllowed({StaffRole.EDITOR_NAME, StaffRole.REVIEWER_NAME})
    public SheetImport.Report importSheet(@PathParam("part") String part, Upload upload) {
        if (upload == null) {
            throw new ConsoleException("body", "send fileName and content");
        }
        return sheets.run(part, upload.fileName(), upload.bytes(), upload.removeMissing(), upload.apply(), user());
    }

    /** The published FAQ or catalogue as a sheet: {@code faq.xlsx}, {@code faq.csv}, {@code catalogue.xlsx}, {@code catalogue.csv}. */
    @GET
    @jakarta.ws.rs.Path("export/{file: (faq|catalogue)\\.(xlsx|csv)}")
    public Response exportSheet(@PathParam("file") String file) {
        KnowledgeBase kb = live.published();
        try {
            Path folder = Files.createTempDirectory("export");
            Path target = folder.resolve(file);
            if (file.startsWith("faq")) {
                FaqSheet sheet = new FaqSheet();
                Tables.write(target, FaqSheet.SHEET, sheet.headers(), sheet.rows(kb.faqs()));
            } else {
                CatalogueSheet sheet = new CatalogueSheet(kb.reference());
                Tables.write(target, CatalogueSheet.SHEET, sheet.headers(), sheet.rows(kb.items()));
            }
            byte[] bytes = Files.readAllBytes(target);
            Files.delete(target);
            Files.delete(folder);
            audit.record(user(), "exported", file, "release " + live.applied());
            return Response.ok(bytes, file.endsWith("xlsx")
                            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question log with personal data masked, as CSV or JSON; admins only. */
    @GET
    @jakarta.ws.rs.Path("export/questions.{format: (csv|json)}")
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public Response exportQuestions(@PathParam("format") String format) {
        List<Asked> asked = questions.asked().stream().map(a -> new Asked(a.at(), a.session(), a.askId(), a.channel(),
                a.lang(), PersonalData.mask(a.question()), a.kind(), a.entryId(), a.topic(), a.confidence(),
                a.answer())).toList();
        audit.record(user(), "exported", "questions." + format, asked.size() + " questions");
        if (format.equals("json")) {
            return Response.ok(asked, "application/json")
                    .header("Content-Disposition", "attachment; filename=\"questions.json\"").build();
        }
        List<List<String>> rows = asked.stream().map(a -> java.util.Arrays.asList(a.at().toString(), a.channel(),
                a.lang().code(), a.session(), a.askId(), a.question(), a.kind().code(), a.entryId(), a.topic(),
                String.format(java.util.Locale.ROOT, "%.3f", a.confidence()), a.answer())).toList();
        StringBuilder csv = new StringBuilder("\uFEFF");
        try {
            Tables.writeCsv(csv, QUESTION_COLUMNS, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"questions.csv\"").build();
    }

    @GET
    @jakarta.ws.rs.Path("accounts")
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public List<StaffAccount.View> accounts() {
        return accounts.all().stream().map(StaffAccount::view).toList();
    }

    record AccountRequest(String name, String password, List<String> roles) {
    }

    @POST
    @jakarta.ws.rs.Path("accounts")
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public StaffAccount.View saveAccount(AccountRequest request) {
        if (request == null) {
            throw new ConsoleException("body", "send name, password and roles");
        }
        Set<StaffRole> roles;
        try {
            roles = request.roles() == null ? Set.of()
                    : request.roles().stream().map(StaffRole::of).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new ConsoleException("roles", e.getMessage());
        }
        return accounts.put(request.name(), request.password(), roles, user()).view();
    }

    @DELETE
    @jakarta.ws.rs.Path("accounts/{name}")
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public void removeAccount(@PathParam("name") String name) {
        accounts.remove(name, user());
    }

    private gov.longhua.assistant.core.dialogue.AnswerEngine engine() {
        return assistant.engine().orElseThrow(() -> new ConsoleException(503,
                List.of(new ConsoleException.Problem("knowledge base", "still loading"))));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
