package vn.tiendo.restructuring;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a restructuring did, or (dry run) would do: the same counts either way. */
@Schema(name = "RestructuringResult")
public record RestructuringResult(
        @Schema(description = "Số của quyết định đã thực hiện; null khi chạy thử") @Nullable Long id,
        @Schema(example = "MERGE") String kind,
        boolean dryRun,
        LocalDate effectiveOn,
        String decision,
        List<OrgRef> sources,
        List<OrgRef> successors,
        Effects effects) {

    @Schema(name = "RestructuringOrg")
    public record OrgRef(
            @Schema(description = "null trong lần chạy thử: tổ chức kế thừa mới chưa được tạo") @Nullable Long id,
            String code,
            String name,
            String levelCode,
            boolean created) {}

    @Schema(name = "RestructuringEffects", description = "Số lượng thay đổi")
    public record Effects(
            @Schema(description = "Tổ chức ngừng hoạt động (nguồn)") int sourcesDeactivated,
            @Schema(description = "Tổ chức được tạo mới (kế thừa)") int organizationsCreated,
            @Schema(description = "Tổ chức trực thuộc được chuyển") int childrenMoved,
            @Schema(description = "Người dùng được chuyển") int usersMoved,
            @Schema(description = "Đảng viên được chuyển") int membersMoved,
            @Schema(description = "Kế hoạch đang thực hiện bị ảnh hưởng") int openPlans,
            @Schema(description = "Nhiệm vụ của tổ chức nguồn chuyển sang trạng thái Đã sáp nhập")
                    int assignmentsMerged,
            @Schema(description = "Nhiệm vụ của tổ chức kế thừa được tạo hoặc tính lại") int successorAssignments,
            @Schema(description = "Trong đó: đã hoàn thành (mọi tổ chức nguồn đều đã hoàn thành)")
                    int successorAssignmentsCompleted) {

        public static final Effects NONE = new Effects(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Effects plus(Effects o) {
            return new Effects(
                    sourcesDeactivated + o.sourcesDeactivated,
                    organizationsCreated + o.organizationsCreated,
                    childrenMoved + o.childrenMoved,
                    usersMoved + o.usersMoved,
                    membersMoved + o.membersMoved,
                    openPlans + o.openPlans,
                    assignmentsMerged + o.assignmentsMerged,
                    successorAssignments + o.successorAssignments,
                    successorAssignmentsCompleted + o.successorAssignmentsCompleted);
        }
    }
}
