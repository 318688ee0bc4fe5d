package vn.tiendo.restructuring;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.restructuring.RestructuringResult.OrgRef;

/** An organisation's history of restructurings: who it came from, who took it over, by which decisions. */
@Schema(name = "OrganizationLineage")
public record Lineage(
        @Schema(description = "Tổ chức kế thừa (nếu đã sáp nhập/chia tách)") @Nullable OrgRef successor,
        @Schema(description = "Các tổ chức tiền thân") List<OrgRef> predecessors,
        List<Decision> decisions) {

    @Schema(name = "RestructuringDecision")
    public record Decision(
            long id,
            String kind,
            String decision,
            LocalDate effectiveOn,
            List<OrgRef> sources,
            List<OrgRef> successors) {}
}
