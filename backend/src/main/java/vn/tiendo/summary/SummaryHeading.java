package vn.tiendo.summary;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Số, ký hiệu, địa danh, ngày of the summary: prefilled from the committee, edited by the office before download. */
@Schema(name = "SummaryHeading")
public record SummaryHeading(
        @Schema(example = "15", description = "Số văn bản (do văn thư cấp); null: để trống cho văn thư điền")
                @jakarta.annotation.Nullable
                String number,
        @Schema(example = "BC/TU", description = "Ký hiệu: loại văn bản / cơ quan ban hành") String symbol,
        @Schema(example = "Tam Kỳ", description = "Địa danh") String place,
        @Schema(example = "2026-12-01", description = "Ngày ban hành") LocalDate date) {}
