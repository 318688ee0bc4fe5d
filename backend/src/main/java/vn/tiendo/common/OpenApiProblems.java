package vn.tiendo.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.RecordComponentInfo;

/**
 * Completes the spec from the code, at build time ({@code RunStage.BUILD}: SmallRye hands the class index to the
 * constructor), so the stored and the served spec are the same:
 * <ul>
 * <li>the problem answers of each operation, declared once under {@code components/responses} and referenced: 400
 * when it takes input, 401/403 when it needs a role ({@code @RolesAllowed}), 404 when it names an entity in its path
 * ({@code @PathParam}), 412 (and 409 for a race without it) when it takes {@code If-Match}, 413 when it takes a body, 428 on PUT/PATCH
 * ({@link IfMatchRequiredFilter}), 400/409/422 when it is {@link Idempotent} ({@link IdempotencyInterceptor}), and
 * whatever the method adds with {@link Fails};</li>
 * <li>the {@code Idempotency-Key} header on every {@link Idempotent} method;</li>
 * <li>the roles of {@code @RolesAllowed} as {@code x-roles} and in the description (bearer schemes take no scopes);</li>
 * <li>{@code required} on every component of a record the API only answers with (Jackson writes each one, null
 * included): a component that may be null is annotated {@code @jakarta.annotation.Nullable} and typed "or null".</li>
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiProblems implements OASFilter {
    static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    static final DotName PERMIT_ALL = DotName.createSimple("jakarta.annotation.security.PermitAll");
    static final DotName PATH_PARAM = DotName.createSimple("jakarta.ws.rs.PathParam");
    static final DotName HEADER_PARAM = DotName.createSimple("jakarta.ws.rs.HeaderParam");
    static final DotName PUT = DotName.createSimple("jakarta.ws.rs.PUT");
    static final DotName PATCH = DotName.createSimple("jakarta.ws.rs.PATCH");
    static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    static final DotName SCHEMA = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    static final DotName NULLABLE = DotName.createSimple("jakarta.annotation.Nullable");
    static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
    static final DotName IDEMPOTENT = DotName.createSimple(Idempotent.class.getName());
    static final DotName FAILS = DotName.createSimple(Fails.class.getName());
    static final DotName OPERATION = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");

    /** code → name under components/responses and its description. */
    static final Map<Integer, String[]> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put(400, new String[] {
            "BadRequest", "Dữ liệu không hợp lệ (trường sai, thiếu, không được phép, JSON hỏng, size > 1000)"
        });
        PROBLEMS.put(401, new String[] {"Unauthorized", "Chưa đăng nhập hoặc token không hợp lệ"});
        PROBLEMS.put(403, new String[] {"Forbidden", "Vai trò không được phép"});
        PROBLEMS.put(404, new String[] {"NotFound", "Không tồn tại hoặc nằm ngoài phạm vi tổ chức của bạn"});
        PROBLEMS.put(409, new String[] {"Conflict", "Xung đột trạng thái"});
        PROBLEMS.put(412, new String[] {"PreconditionFailed", "If-Match không khớp ETag hiện tại"});
        PROBLEMS.put(413, new String[] {"ContentTooLarge", "Nội dung quá lớn"});
        PROBLEMS.put(415, new String[] {"UnsupportedMediaType", "Kiểu nội dung không được hỗ trợ"});
        PROBLEMS.put(422, new String[] {"UnprocessableContent", "Vi phạm quy tắc nghiệp vụ"});
        PROBLEMS.put(
                428, new String[] {"PreconditionRequired", "Thiếu If-Match (bắt buộc khi cập nhật bằng khóa API)"});
        PROBLEMS.put(429, new String[] {"TooManyRequests", "Quá nhiều yêu cầu; thử lại sau Retry-After giây"});
    }

    private final IndexView index;

    public OpenApiProblems(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || index == null) {
            return;
        }
        registerSchemas(openAPI);
        openAPI.getComponents()
                .addSecurityScheme(
                        "apiKey",
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .name("X-API-Key")
                                .in(SecurityScheme.In.HEADER)
                                .description("Khóa API của cổng tích hợp (POST /api/v1/api-keys); thay cho Bearer"));
        openAPI.setServers(List.of(OASFactory.createServer().url("/").description("Cùng máy chủ phục vụ ứng dụng")));
        Map<String, MethodInfo> methods = resourceMethods();
        Set<Integer> used = new TreeSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((httpMethod, op) -> {
                    MethodInfo m = methods.get(op.getOperationId());
                    if (m == null) {
                        throw new IllegalStateException("no resource method for operation " + op.getOperationId() + " ("
                                + httpMethod + " " + path + ")");
                    }
                    used.addAll(describe(op, m));
                }));
        registerResponses(openAPI, used);
        markRequired(openAPI);
    }

    /** Completes one operation; answers the problem statuses it refers to under components/responses. */
    private Set<Integer> describe(Operation op, MethodInfo m) {
        boolean idempotent =
                m.hasDeclaredAnnotation(IDEMPOTENT) || m.declaringClass().hasDeclaredAnnotation(IDEMPOTENT);
        if (idempotent) {
            op.addParameter(OASFactory.createParameter()
                    .name("Idempotency-Key")
                    .in(Parameter.In.HEADER)
                    .description(
                            "Gửi lại cùng khóa và cùng nội dung sẽ nhận lại đúng phản hồi lần đầu mà không tạo thêm; giữ ít nhất 24 giờ")
                    .schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .minLength(1)
                            .maxLength(255))
                    .example("8b1f0c7e-portal-report-4711"));
        }
        List<String> roles = roles(m);
        Set<Integer> codes = new TreeSet<>();
        boolean hasInput = (op.getParameters() != null && !op.getParameters().isEmpty()) || op.getRequestBody() != null;
        if (hasInput) {
            codes.add(400);
        }
        if (roles != null) {
            codes.add(401);
            codes.add(403);
        }
        if (m.parameters().stream().anyMatch(p -> p.hasAnnotation(PATH_PARAM))) {
            codes.add(404);
        }
        if (m.parameters().stream()
                .anyMatch(p -> p.hasAnnotation(HEADER_PARAM)
                        && "If-Match"
                                .equalsIgnoreCase(
                                        p.annotation(HEADER_PARAM).value().asString()))) {
            codes.add(412);
            codes.add(409); // two updates raced without If-Match (ProblemMapper.concurrentUpdate)
        }
        if (op.getRequestBody() != null) {
            codes.add(413);
        }
        if (roles != null && (m.hasDeclaredAnnotation(PUT) || m.hasDeclaredAnnotation(PATCH))) {
            codes.add(428);
        }
        if (idempotent) {
            codes.add(409);
            codes.add(422);
        }
        AnnotationInstance fails = m.declaredAnnotation(FAILS);
        if (fails != null) {
            for (int code : fails.value().asIntArray()) {
                codes.add(code);
            }
        }
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        Set<Integer> referred = new TreeSet<>();
        for (int code : codes) {
            String key = String.valueOf(code);
            APIResponse declared = responses.getAPIResponse(key);
            // a response the method declares itself, with its own words and the problem body, is kept
            if (declared != null && declared.getContent() != null) {
                continue;
            }
            referred.add(code);
            String[] problem = PROBLEMS.get(code);
            if (problem == null) {
                throw new IllegalStateException("@Fails(" + code + ") on " + m + ": no problem answer for that status");
            }
            responses.removeAPIResponse(key);
            responses.addAPIResponse(key, OASFactory.createAPIResponse().ref(problem[0]));
        }
        if (op.getSecurity() != null) { // roles are no bearer scopes: the same requirements without them
            List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> unscoped = new ArrayList<>();
            op.getSecurity().forEach(r -> {
                var plain = OASFactory.createSecurityRequirement();
                r.getSchemes().keySet().forEach(plain::addScheme);
                unscoped.add(plain);
            });
            op.setSecurity(unscoped);
        }
        if (roles != null) {
            if (op.getSecurity() == null || op.getSecurity().stream().noneMatch(r -> r.hasScheme("bearer"))) {
                op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
            }
            if (op.getSecurity().stream().noneMatch(r -> r.hasScheme("apiKey"))) {
                op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("apiKey"));
            }
            op.addExtension("x-roles", roles);
        }
        String who = roles == null ? "Không cần đăng nhập." : "Vai trò được phép: " + String.join(", ", roles) + ".";
        op.setDescription(
                op.getDescription() == null ? op.getSummary() + "\n\n" + who : op.getDescription() + "\n\n" + who);
        return referred;
    }

    /** The roles a method allows (its own @RolesAllowed, else its class's), or null when it is open to anyone. */
    private static List<String> roles(MethodInfo m) {
        if (m.hasDeclaredAnnotation(PERMIT_ALL)) {
            return null;
        }
        AnnotationInstance rolesAllowed = m.declaredAnnotation(ROLES_ALLOWED);
        if (rolesAllowed == null) {
            rolesAllowed = m.declaringClass().declaredAnnotation(ROLES_ALLOWED);
        }
        return rolesAllowed == null ? null : List.of(rolesAllowed.value().asStringArray());
    }

    /** Resource methods by operation id: @Operation's, else the method's name (operation-id-strategy=METHOD). */
    private Map<String, MethodInfo> resourceMethods() {
        Map<String, MethodInfo> methods = new HashMap<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            for (MethodInfo m : path.target().asClass().methods()) {
                AnnotationInstance operation = m.declaredAnnotation(OPERATION);
                String id = operation != null && operation.value("operationId") != null
                        ? operation.value("operationId").asString()
                        : m.name();
                methods.putIfAbsent(id, m);
            }
        }
        return methods;
    }

    /**
     * Every component of a record that only answers carry is present (Jackson writes nulls too), so it is required;
     * a {@code @Nullable} one is also typed "or null". Records that requests take keep the validation's required.
     */
    private void markRequired(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> answered = new HashSet<>();
        Set<String> taken = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(op -> {
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> reach(resolve(openAPI, r).getContent(), schemas, answered));
                    }
                    if (op.getRequestBody() != null) {
                        reach(op.getRequestBody().getContent(), schemas, taken);
                    }
                }));
        for (ClassInfo record : records()) {
            String name = schemaName(record);
            Schema schema = schemas.get(name);
            if (schema == null || !answered.contains(name) || taken.contains(name) || schema.getProperties() == null) {
                continue;
            }
            AnnotationInstance include = record.declaredAnnotation(JSON_INCLUDE);
            boolean writesNulls =
                    include == null || "ALWAYS".equals(include.value().asEnum());
            List<String> required = new ArrayList<>();
            for (RecordComponentInfo c : record.recordComponents()) {
                Schema property = schema.getProperties().get(c.name());
                if (property == null) {
                    continue;
                }
                boolean nullable = c.hasAnnotation(NULLABLE)
                        || (record.field(c.name()) != null
                                && record.field(c.name()).hasAnnotation(NULLABLE));
                if (nullable) {
                    schema.addProperty(c.name(), orNull(property));
                }
                if (!nullable || writesNulls) {
                    required.add(c.name());
                }
            }
            schema.setRequired(required);
        }
    }

    private static Schema orNull(Schema property) {
        if (property.getRef() != null) {
            Schema wrapped = OASFactory.createSchema()
                    .description(property.getDescription())
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            if (property.getExamples() != null) {
                wrapped.setExamples(property.getExamples());
            }
            return wrapped;
        }
        if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }

    private static APIResponse resolve(OpenAPI openAPI, APIResponse r) {
        if (r.getRef() == null) {
            return r;
        }
        return openAPI.getComponents()
                .getResponses()
                .get(r.getRef().substring(r.getRef().lastIndexOf('/') + 1));
    }

    /** Adds every component schema a content refers to, transitively, to the set. */
    private static void reach(Content content, Map<String, Schema> schemas, Set<String> seen) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        content.getMediaTypes().values().forEach(mt -> {
            if (mt.getSchema() != null) {
                todo.add(mt.getSchema());
            }
        });
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null) {
                String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
                if (seen.add(name) && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
            }
            if (s.getItems() != null) {
                todo.add(s.getItems());
            }
            if (s.getProperties() != null) {
                todo.addAll(s.getProperties().values());
            }
            for (List<Schema> list : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
                if (list != null) {
                    todo.addAll(list);
                }
            }
        }
    }

    private List<ClassInfo> records() {
        return index.getKnownClasses().stream()
                .filter(c -> c.isRecord() && c.name().toString().startsWith("vn.tiendo."))
                .toList();
    }

    private static String schemaName(ClassInfo record) {
        AnnotationInstance schema = record.declaredAnnotation(SCHEMA);
        if (schema != null && schema.value("name") != null) {
            return schema.value("name").asString();
        }
        return record.simpleName();
    }

    private static void registerResponses(OpenAPI openAPI, Set<Integer> used) {
        PROBLEMS.entrySet().stream()
                .filter(p -> used.contains(p.getKey()))
                .forEach(p -> addResponse(openAPI, p.getKey(), p.getValue()));
    }

    private static void addResponse(OpenAPI openAPI, int code, String[] problem) {
        openAPI.getComponents()
                .addResponse(
                        problem[0],
                        OASFactory.createAPIResponse()
                                .description(problem[1])
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                ProblemMapper.PROBLEM_JSON,
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref("Problem"))
                                                        .example(example(code, problem[1])))));
    }

    private static Map<String, Object> example(int code, String title) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "about:blank");
        e.put("title", title);
        e.put("status", code);
        e.put("detail", title);
        Map<String, Object> fieldError = new LinkedHashMap<>();
        fieldError.put("field", "deadline");
        fieldError.put("message", "không được để trống");
        e.put("errors", code == 400 || code == 422 ? List.of(fieldError) : List.of());
        return e;
    }

    private static void registerSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
            components.addSchema(
                    "FieldError",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.OBJECT)
                            .addProperty(
                                    "field",
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.STRING)
                                            .examples(List.of("deadline")))
                            .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                            .required(List.of("field", "message")));
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema(
                    "Problem",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.OBJECT)
                            .description("RFC 9457 problem details")
                            .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                            .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                            .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                            .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                            .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                            .addProperty(
                                    "errors",
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.ARRAY)
                                            .items(OASFactory.createSchema().ref("FieldError")))
                            .addProperty(
                                    "requestId",
                                    OASFactory.createSchema()
                                            .addType(Schema.SchemaType.STRING)
                                            .description(
                                                    "Mã yêu cầu (X-Request-Id): gửi kèm khi báo lỗi để tra nhật ký"))
                            .required(List.of("type", "title", "status", "detail", "errors")));
        }
    }
}
