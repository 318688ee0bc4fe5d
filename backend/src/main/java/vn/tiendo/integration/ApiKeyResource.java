package vn.tiendo.integration;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Fails;
import vn.tiendo.common.Idempotent;
import vn.tiendo.common.Role;
import vn.tiendo.integration.ApiKeyDtos.ApiKeyDto;
import vn.tiendo.integration.ApiKeyDtos.ApiKeyInput;
import vn.tiendo.integration.ApiKeyDtos.CreatedApiKey;

@Path("/api/v1")
@Tag(name = "integration")
@RolesAllowed(Role.ADMIN_)
public class ApiKeyResource {
    @Inject
    ApiKeyService service;

    @POST
    @Path("/api-keys")
    @Idempotent
    @Operation(operationId = "createApiKey", summary = "Tạo khóa API cho một tổ chức (khóa chỉ hiện một lần)")
    @APIResponse(
            responseCode = "201",
            description = "Đã tạo",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedApiKey.class)))
    @Fails(422)
    public Response createApiKey(@Valid @NotNull ApiKeyInput in) {
        return Response.status(201).entity(service.create(in)).build();
    }

    @GET
    @Path("/api-keys")
    @Operation(operationId = "listApiKeys", summary = "Các khóa API trong phạm vi (không có khóa bí mật)")
    public List<ApiKeyDto> listApiKeys() {
        return service.list();
    }

    @DELETE
    @Path("/api-keys/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Thu hồi khóa API ngay lập tức")
    public ApiKeyDto revokeApiKey(@PathParam("id") long id) {
        return service.revoke(id);
    }
}
