package vn.tiendo.notification;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "follow-up")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class NotificationResource {
    @Inject
    NotificationService service;

    @Schema(name = "NotificationPage")
    public record NotificationPage(
            List<NotificationDto> items,
            int page,
            int size,
            long total,
            @Schema(example = "3", description = "Số thông báo chưa đọc") long unread) {}

    @GET
    @Path("/notifications")
    @Operation(operationId = "listNotifications", summary = "Thông báo của tôi, mới nhất trước, kèm số chưa đọc")
    public NotificationPage listNotifications(
            @QueryParam("unread") boolean unreadOnly,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var inbox = service.inbox(unreadOnly, Paging.of(page, size));
        return new NotificationPage(inbox.items(), inbox.page(), inbox.size(), inbox.total(), inbox.unread());
    }

    @POST
    @Path("/notifications/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Đánh dấu một thông báo của tôi là đã đọc")
    public NotificationDto markNotificationRead(@PathParam("id") long id) {
        return service.markRead(id);
    }
}
