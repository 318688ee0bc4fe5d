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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Fails;
import vn.tiendo.common.Idempotent;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;
import vn.tiendo.integration.WebhookDtos.DeliveryPage;
import vn.tiendo.integration.WebhookDtos.FeedPage;
import vn.tiendo.integration.WebhookDtos.WebhookDto;
import vn.tiendo.integration.WebhookDtos.WebhookInput;

@Path("/api/v1")
@Tag(name = "integration")
@RolesAllowed(Role.ADMIN_)
public class IntegrationResource {
    @Inject
    WebhookService webhooks;

    @Inject
    ChangeFeed feed;

    @GET
    @Path("/webhooks")
    @Operation(operationId = "listWebhooks", summary = "Các webhook trong phạm vi (không có bí mật)")
    public List<WebhookDto> listWebhooks() {
        return webhooks.list();
    }

    @POST
    @Path("/webhooks")
    @Idempotent
    @Operation(
            operationId = "createWebhook",
            summary = "Đăng ký webhook: sự kiện được ký X-Tiendo-Signature: sha256=<HMAC>")
    @APIResponse(
            responseCode = "201",
            description = "Đã tạo",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookDto.class)))
    @Fails(422)
    public Response createWebhook(@Valid @NotNull WebhookInput in) {
        return Response.status(201).entity(webhooks.create(in)).build();
    }

    @DELETE
    @Path("/webhooks/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Hủy webhook (các lần gửi đang chờ dừng lại)")
    @APIResponse(responseCode = "204", description = "Đã hủy")
    public Response deleteWebhook(@PathParam("id") long id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/webhooks/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "Nhật ký gửi của webhook, mới nhất trước, kèm từng lần thử")
    public DeliveryPage listWebhookDeliveries(
            @PathParam("id") long id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return webhooks.deliveries(id, Paging.of(page, size));
    }

    @GET
    @Path("/events")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
    @Operation(
            operationId = "readEvents",
            summary = "Luồng thay đổi theo thứ tự, trong phạm vi của bạn; after = con trỏ 'next' lần trước")
    public FeedPage readEvents(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return feed.read(after, limit);
    }
}
