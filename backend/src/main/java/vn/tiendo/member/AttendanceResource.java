package vn.tiendo.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "members")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class AttendanceResource {
    @Inject
    AttendanceService service;

    @GET
    @Path("/sessions/{id}/attendance")
    @Operation(
            operationId = "getAttendance",
            summary = "Điểm danh của hội nghị và danh sách đảng viên có thể điểm danh")
    public AttendanceDto getAttendance(@PathParam("id") long sessionId) {
        return service.get(sessionId);
    }

    @PUT
    @Path("/sessions/{id}/attendance")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_})
    @Operation(
            operationId = "recordAttendance",
            summary = "Ghi (thay thế) điểm danh của hội nghị đã bắt đầu; hội nghị được ghi nhận đã tổ chức")
    public AttendanceDto recordAttendance(@PathParam("id") long sessionId, @Valid @NotNull AttendanceInput in) {
        return service.put(sessionId, in);
    }
}
