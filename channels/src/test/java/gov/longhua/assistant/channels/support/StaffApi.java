package gov.longhua.assistant.channels.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The staff console's HTTP API as one signed-in staff member calls it (the accounts of the test profile). */
public final class StaffApi {

    public static final StaffApi EDITOR = new StaffApi("editor", "test-editor-password");
    public static final StaffApi REVIEWER = new StaffApi("reviewer", "test-reviewer-password");
    public static final StaffApi ADMIN = new StaffApi("admin", "test-admin-password");

    private final String user;
    private final String password;

    public StaffApi(String user, String password) {
        this.user = user;
        this.password = password;
    }

    public RequestSpecification request() {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public Response get(String path) {
        return request().get("/staff/api/" + path);
    }

    public Response post(String path, Object body) {
        return request().body(body).post("/staff/api/" + path);
    }

    public Response delete(String path) {
        return request().delete("/staff/api/" + path);
    }
}
