package vn.tiendo.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.common.Format;

@Schema(name = "Tier")
public record TierDto(
        @Schema(example = "3") long id,
        @Schema(example = "Cấp huyện và tương đương") String name,
        Activity activity,
        @Schema(example = "[\"huyen\"]") List<String> levelCodes,
        List<Long> organizationIds,
        @Nullable String audience,
        @Schema(example = "1") @Nullable BigDecimal durationDays,
        @Nullable String presenter,
        Format format,
        @Schema(example = "2020-12-10") LocalDate deadline,
        @Schema(
                        example = "2020-12-20",
                        description =
                                "Kế hoạch cụ thể hóa: hạn của kế hoạch cấp trên ràng buộc đợt này (không được muộn hơn); null nếu không có")
                @Nullable
                LocalDate parentDeadline) {

    static TierDto of(Tier t, LocalDate parentDeadline) {
        return new TierDto(
                t.id,
                t.name,
                t.activity,
                Arrays.asList(t.levelCodes),
                Arrays.asList(t.organizationIds),
                t.audience,
                t.durationDays,
                t.presenter,
                t.format,
                t.deadline,
                parentDeadline);
    }
}
