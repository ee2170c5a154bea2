package id.serasan.platform.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import id.serasan.platform.api.Page;
import id.serasan.platform.api.openapi.Field;
import id.serasan.platform.api.openapi.Returns;
import id.serasan.platform.api.openapi.Summary;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.RolesAllowed;
import id.serasan.platform.internal.model.Access;
import id.serasan.platform.internal.model.ResourceModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The description says what the annotations and types say: summaries, answers, required and nullable, limits. */
class OpenApiGeneratorTest {
    enum Colour { RED, GREEN }

    record Tag(@Field(required = true) String code) {
    }

    record Item(@Field(required = true, maxLength = 18, pattern = "\\d{18}") String id,
                @Field(maxLength = 40, description = "nama") String name, int count, LocalDate since, Colour colour,
                Item parent, @Field(required = true) Tag tag, Tag optionalTag) {
    }

    public static class NoteFilter {
        @QueryParam("colour")
        public Colour colour;

        @QueryParam("text")
        @Field(maxLength = 20)
        public String text;
    }

    @Public
    public static class Notes {
        @GET
        @Summary("Catatan / Notes")
        public List<String> list(@BeanParam NoteFilter filter, @QueryParam("page") Integer page) {
            return null;
        }
    }

    public static class Root {
        @Path("items/{id}/notes")
        public Notes notes(@PathParam("id") @Field(maxLength = 18) String id) {
            return null;
        }

        @GET
        @Path("items")
        @Public
        @Summary(value = "Daftar / List", description = "Semua butir / every item")
        public Page<Item> list(@QueryParam("q") @Field(maxLength = 50) String q, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size) {
            return null;
        }

        @POST
        @Path("items")
        @RolesAllowed(id.serasan.platform.api.security.Role.ADMIN)
        @Summary("Tambah / Add")
        @Returns(status = 201, type = Item.class, location = true)
        @Returns(status = 200, type = Item.class, array = true, description = "uji / dry run")
        public Response add(Item body) {
            return null;
        }

        @GET
        @Path("items/{id}/file")
        @Public
        @Summary("Berkas / File")
        @Produces("text/csv")
        public byte[] file(@PathParam("id") String id) {
            return null;
        }

        @GET
        @Path("legacy")
        @Public
        public Response legacy() {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... path) {
        Object o = node;
        for (String p : path) {
            o = o instanceof List<?> l ? l.get(Integer.parseInt(p)) : ((Map<String, Object>) o).get(p);
        }
        return (T) o;
    }

    private final Map<String, Object> doc = OpenApiGenerator.describe("1.2.3", ResourceModel.of(Root.class),
            Map.of());

    @Test
    void subResourcesGetTheLocatorsPathParametersTheirBeanParametersAndUniqueOperationIds() {
        Map<String, Object> op = at(doc, "paths", "/api/items/{id}/notes", "get");
        assertThat((String) at(op, "summary")).isEqualTo("Catatan / Notes");
        assertThat((String) at(op, "x-serasan-access")).isEqualTo(Access.PUBLIC.describe());
        List<Map<String, Object>> params = at(op, "parameters");
        assertThat(params).extracting(p -> p.get("name")).containsExactly("id", "colour", "text", "page");
        assertThat((String) at(params, "0", "in")).isEqualTo("path");
        assertThat((Integer) at(params, "0", "schema", "maxLength")).isEqualTo(18);
        assertThat((List<String>) at(params, "1", "schema", "enum")).containsExactly("RED", "GREEN");
        assertThat((Integer) at(params, "2", "schema", "maxLength")).isEqualTo(20);
        String rootList = at(doc, "paths", "/api/items", "get", "operationId");
        assertThat(rootList).endsWith("_list_get");
        assertThat((String) at(op, "operationId")).isEqualTo(rootList.replace("_list_get", "_notes_list_get"));
    }

    @Test
    void infoCarriesTheVersionAndLicence() {
        assertThat((String) at(doc, "info", "version")).isEqualTo("1.2.3");
        assertThat((String) at(doc, "info", "license", "name")).isEqualTo("Apache-2.0");
    }

    @Test
    void operationsHaveTheirSummaryAndDescription() {
        assertThat((String) at(doc, "paths", "/api/items", "get", "summary")).isEqualTo("Daftar / List");
        assertThat((String) at(doc, "paths", "/api/items", "get", "description")).isEqualTo("Semua butir / every item");
        assertThat((Object) at(doc, "paths", "/api/legacy", "get", "summary")).isNull();
    }

    @Test
    void declaredAnswersOfAResponseMethodAreListedWithTheirLocation() {
        Map<String, Object> responses = at(doc, "paths", "/api/items", "post", "responses");
        assertThat(responses).containsKeys("201", "200", "4XX").doesNotContainKey("default");
        assertThat((String) at(responses, "201", "headers", "Location", "schema", "format")).isEqualTo("uri");
        assertThat((String) at(responses, "201", "content", "application/json", "schema", "$ref"))
                .isEqualTo("#/components/schemas/Item");
        assertThat((String) at(responses, "200", "content", "application/json", "schema", "type")).isEqualTo("array");
        assertThat((String) at(responses, "200", "description")).isEqualTo("uji / dry run");
        assertThat((Object) at(responses, "200", "headers")).isNull();
        assertThat((Map<String, Object>) at(doc, "paths", "/api/legacy", "get", "responses")).containsKey("default");
    }

    @Test
    void aNonJsonAnswerIsBinary() {
        assertThat((String) at(doc, "paths", "/api/items/{id}/file", "get", "responses", "200", "content", "text/csv",
                "schema", "format")).isEqualTo("binary");
    }

    @Test
    void recordsSayWhatIsRequiredWhatMayBeNullAndTheirLimits() {
        Map<String, Object> item = at(doc, "components", "schemas", "Item");
        assertThat((List<String>) at(item, "required")).containsExactly("id", "count", "tag");
        assertThat((Object) at(item, "properties", "id", "nullable")).isNull();
        assertThat((Integer) at(item, "properties", "id", "maxLength")).isEqualTo(18);
        assertThat((String) at(item, "properties", "id", "pattern")).isEqualTo("\\d{18}");
        assertThat((Boolean) at(item, "properties", "name", "nullable")).isTrue();
        assertThat((String) at(item, "properties", "name", "description")).isEqualTo("nama");
        assertThat((String) at(item, "properties", "since", "format")).isEqualTo("date");
        assertThat((List<String>) at(item, "properties", "colour", "enum")).containsExactly("RED", "GREEN");
        assertThat((Boolean) at(item, "properties", "colour", "nullable")).isTrue();
        // a nullable reference is inlined with nullable (validators refuse null for nullable + allOf[$ref]) ...
        assertThat((String) at(item, "properties", "tag", "$ref")).isEqualTo("#/components/schemas/Tag");
        assertThat((Boolean) at(item, "properties", "optionalTag", "nullable")).isTrue();
        assertThat((Object) at(item, "properties", "optionalTag", "$ref")).isNull();
        assertThat((List<String>) at(item, "properties", "optionalTag", "required")).containsExactly("code");
        assertThat((Boolean) at(doc, "components", "schemas", "Tag", "nullable")).isNull();
        assertThat((Map<String, Object>) at(doc, "components", "schemas")).as("only reached schemas")
                .containsOnlyKeys("Item", "Tag", "Problem");
        // ... except a record that contains itself: nullable beside allOf, still valid OpenAPI 3.0
        assertThat((Boolean) at(item, "properties", "parent", "nullable")).isTrue();
        assertThat((String) at(item, "properties", "parent", "allOf", "0", "$ref")).isEqualTo("#/components/schemas/Item");
    }

    @Test
    void pagesAreInlinedWithTheirItemTypeAndPagingParametersHaveLimits() {
        Map<String, Object> page = at(doc, "paths", "/api/items", "get", "responses", "200", "content",
                "application/json", "schema");
        assertThat((List<String>) at(page, "required")).containsExactly("page", "size", "total");
        assertThat((String) at(page, "properties", "items", "items", "$ref")).isEqualTo("#/components/schemas/Item");
        List<Map<String, Object>> params = at(doc, "paths", "/api/items", "get", "parameters");
        assertThat(params).extracting(p -> p.get("name")).containsExactly("q", "page", "size");
        assertThat((Integer) at(params, "0", "schema", "maxLength")).isEqualTo(50);
        assertThat((Integer) at(params, "1", "schema", "minimum")).isZero();
        assertThat((Integer) at(params, "2", "schema", "maximum")).isEqualTo(Page.MAX_SIZE);
        assertThat((Integer) at(params, "2", "schema", "minimum")).isEqualTo(1);
    }

    @Test
    void problemsRequireTypeTitleAndStatus() {
        assertThat((List<String>) at(doc, "components", "schemas", "Problem", "required"))
                .containsExactly("type", "title", "status");
        assertThat((Boolean) at(doc, "components", "schemas", "Problem", "properties", "errors", "nullable")).isTrue();
    }
}
