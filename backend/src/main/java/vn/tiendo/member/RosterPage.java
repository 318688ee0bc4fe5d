package vn.tiendo.member;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a roster, with what the caller may do on it (the SPA shows the buttons from these). */
@Schema(name = "RosterPage")
public record RosterPage(
        List<MemberDto> items,
        int page,
        int size,
        long total,
        @Schema(description = "Người gọi được nhập, sửa, miễn, chuyển đảng viên của tổ chức này") boolean canEdit) {}
