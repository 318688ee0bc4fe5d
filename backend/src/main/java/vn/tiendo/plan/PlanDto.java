package vn.tiendo.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan")
public record PlanDto(
        @Schema(example = "5") long id,
        @Schema(example = "01-KH/TU") String number,
        String title,
        @Schema(example = "1") long issuerOrgId,
        @Schema(example = "Tỉnh ủy Quảng Nam") String issuerOrgName,
        @Nullable String resolution,
        @Nullable LocalDate issuedOn,
        @Nullable String purpose,
        @Nullable String requirements,
        @Nullable String materials,
        @Nullable Long parentPlanId,
        @Schema(example = "01-KH/TU") @Nullable String parentPlanNumber,
        PlanStatus status,
        @Nullable Instant publishedAt,
        @Nullable Instant closedAt,
        @Schema(example = "0") int version,
        List<TierDto> tiers) {}
