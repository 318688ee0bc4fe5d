package vn.tiendo.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan")
public record PlanDto(
        @Schema(example = "5") long id,
        @Schema(example = "01-KH/TU") String number,
        String title,
        @Schema(example = "1") long issuerOrgId,
        @Schema(example = "Tỉnh ủy Quảng Nam") String issuerOrgName,
        String resolution,
        LocalDate issuedOn,
        String purpose,
        String requirements,
        String materials,
        Long parentPlanId,
        @Schema(example = "01-KH/TU") String parentPlanNumber,
        PlanStatus status,
        Instant publishedAt,
        Instant closedAt,
        @Schema(example = "0") int version,
        List<TierDto> tiers) {
}
