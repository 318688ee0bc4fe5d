package vn.tiendo.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.common.Format;
import vn.tiendo.plan.parse.ParsedPlan;
import vn.tiendo.plan.parse.ParsedTier;

/**
 * A plan read from a document: the same fields POST /plans takes, plus where each came from in the source text
 * and what the reader had to guess. Nothing is saved.
 */
@Schema(name = "PlanDraft")
public record PlanDraft(
        @Nullable String number,
        @Nullable String title,
        @Nullable Long issuerOrgId,
        @Nullable String resolution,
        @Nullable LocalDate issuedOn,
        @Nullable String purpose,
        @Nullable String requirements,
        @Nullable String materials,
        @Nullable Long parentPlanId,
        List<TierDraft> tiers,
        @Schema(
                        description =
                                "Vị trí trong văn bản nguồn của từng trường đã đọc được, khóa như 'number', 'tiers[0].deadline'")
                Map<String, SourceSpan> spans,
        @Schema(example = "[\"Hạn của đợt 2 không ghi năm; đã lấy năm 2021 từ ngữ cảnh\"]") List<String> warnings,
        @Schema(description = "Văn bản nguồn đã đọc (với .docx: văn bản trích ra), để hiển thị các vùng đánh dấu")
                String sourceText,
        @Schema(
                        description =
                                "Các cảnh báo trong 'warnings' liên quan đến một trường, theo khóa của trường như trong 'spans'")
                Map<String, List<String>> fieldWarnings,
        @Schema(description = "Đơn vị ban hành như văn bản ghi (ví dụ 'Tỉnh ủy Quảng Ngãi'), hoặc null") @Nullable
                String issuerName) {

    @Schema(name = "TierDraft")
    public record TierDraft(
            @Nullable String name,
            @Nullable Activity activity,
            List<String> levelCodes,
            List<Long> organizationIds,
            @Nullable String audience,
            @Nullable BigDecimal durationDays,
            @Nullable String presenter,
            @Nullable Format format,
            @Nullable LocalDate deadline) {}

    @Schema(name = "SourceSpan")
    public record SourceSpan(
            @Schema(example = "120") int start,
            @Schema(example = "135") int end,
            @Schema(example = "0.9") double confidence) {}

    static PlanDraft of(ParsedPlan p, String source, Long issuerOrgId) {
        List<TierDraft> tiers = p.tiers().stream().map(PlanDraft::tier).toList();
        Map<String, SourceSpan> spans = new java.util.LinkedHashMap<>();
        p.spans().forEach((k, s) -> spans.put(k, new SourceSpan(s.start(), s.end(), s.confidence())));
        return new PlanDraft(
                p.number(),
                p.title(),
                issuerOrgId,
                p.resolution(),
                p.issuedOn(),
                p.purpose(),
                p.requirements(),
                p.materials(),
                null,
                tiers,
                spans,
                p.warnings(),
                source,
                p.fieldWarnings(),
                p.issuerName());
    }

    private static TierDraft tier(ParsedTier t) {
        return new TierDraft(
                t.name(),
                t.activity() == null ? null : Activity.valueOf(t.activity()),
                t.levelCodes(),
                List.of(),
                t.audience(),
                t.durationDays(),
                t.presenter(),
                t.format() == null ? null : Format.valueOf(t.format()),
                t.deadline());
    }
}
