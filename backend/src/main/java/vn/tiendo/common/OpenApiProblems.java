package vn.tiendo.common;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Declares the error answers once: every operation gets its problem+json responses (with an example) by what it
 * can fail on, so the spec and the single ProblemMapper tell the same story.
 */
public class OpenApiProblems implements OASFilter {
    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("400", "Dữ liệu không hợp lệ (trường sai, thiếu, không được phép, JSON hỏng, size > 1000)");
        DESCRIPTIONS.put("401", "Chưa đăng nhập hoặc token không hợp lệ");
        DESCRIPTIONS.put("403", "Vai trò không được phép");
        DESCRIPTIONS.put("404", "Không tồn tại hoặc nằm ngoài phạm vi tổ chức của bạn");
        DESCRIPTIONS.put("409", "Xung đột trạng thái");
        DESCRIPTIONS.put("412", "If-Match không khớp ETag hiện tại");
        DESCRIPTIONS.put("413", "Nội dung quá lớn");
        DESCRIPTIONS.put("422", "Vi phạm quy tắc nghiệp vụ");
        DESCRIPTIONS.put("428", "Thiếu If-Match (bắt buộc khi cập nhật bằng khóa API)");
    }

    /** The creating POSTs that honour Idempotency-Key (methods annotated @Idempotent). */
    private static final java.util.Set<String> IDEMPOTENT = java.util.Set.of("createOrganization", "importOrganizations", "createUser",
            "createPlan", "publishPlan", "scheduleSession", "submitReport", "uploadAttachment", "createApiKey", "createWebhook", "createLevel");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        registerSchemas(openAPI);
        openAPI.getComponents().addSecurityScheme("apiKey", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.APIKEY).name("X-API-Key")
                .in(org.eclipse.microprofile.openapi.models.security.SecurityScheme.In.HEADER)
                .description("Khóa API của cổng tích hợp (POST /api/v1/api-keys); thay cho Bearer"));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            boolean publicOp = path.endsWith("/auth/login") || path.endsWith("/auth/logout");
            // login, refresh and logout take no bearer or key; refresh's credential is the refresh cookie
            boolean sessionOp = path.contains("/auth/");
            boolean hasBody = (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH)
                    && !(sessionOp && op.getRequestBody() == null);
            boolean hasId = path.contains("{");
            add(op, "400");
            if (!publicOp) {
                add(op, "401");
            }
            if (!sessionOp) {
                add(op, "403");
            }
            if (hasId || path.contains("/plans/") || path.contains("/organizations/")) {
                add(op, "404");
            }
            // signing in, refreshing and out have no state to conflict with and no business rule: no 409 or 422
            if (hasBody && !sessionOp) {
                add(op, "409");
            }
            if (hasBody) {
                add(op, "413");
            }
            if (hasBody && !sessionOp) {
                add(op, "422");
            }
            if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
                add(op, "428");
            }
            if (op.getOperationId() != null && IDEMPOTENT.contains(op.getOperationId())) {
                op.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                        .description("Gửi lại cùng khóa và cùng nội dung sẽ nhận lại đúng phản hồi lần đầu mà không tạo thêm; giữ ít nhất 24 giờ")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(255)).example("8b1f0c7e-portal-report-4711"));
            }
            if (!sessionOp) {
                boolean hasBearer = op.getSecurity() != null && op.getSecurity().stream().anyMatch(r -> r.hasScheme("bearer"));
                boolean hasKey = op.getSecurity() != null && op.getSecurity().stream().anyMatch(r -> r.hasScheme("apiKey"));
                if (!hasBearer) {
                    op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
                }
                if (!hasKey) {
                    op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("apiKey"));
                }
            }
            if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || path.endsWith("/publish")
                    || path.endsWith("/close") || path.endsWith("/exempt") || path.endsWith("/extend")) {
                add(op, "412");
            }
        }));
    }

    private static void add(Operation op, String code) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (responses.hasAPIResponse(code)) {
            return;
        }
        APIResponse r = OASFactory.createAPIResponse().description(DESCRIPTIONS.get(code))
                .content(OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                        .example(example(code))));
        responses.addAPIResponse(code, r);
    }

    private static Map<String, Object> example(String code) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "about:blank");
        e.put("title", DESCRIPTIONS.get(code));
        e.put("status", Integer.parseInt(code));
        e.put("detail", DESCRIPTIONS.get(code));
        Map<String, Object> fieldError = new LinkedHashMap<>();
        fieldError.put("field", "deadline");
        fieldError.put("message", "không được để trống");
        e.put("errors", code.equals("400") || code.equals("422") ? java.util.List.of(fieldError) : java.util.List.of());
        return e;
    }

    private static void registerSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
            components.addSchema("FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(java.util.List.of("deadline")))
                    .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details")
                    .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                    .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        }
    }
}
