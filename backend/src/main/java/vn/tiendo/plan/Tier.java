package vn.tiendo.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.tiendo.common.Format;

/** Một đợt / đối tượng của kế hoạch: ai học, bao lâu, ai trình bày, hạn khi nào. */
@Entity
public class Tier {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public int position;
    public String name;

    @Enumerated(EnumType.STRING)
    public Activity activity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "level_codes", columnDefinition = "varchar(32)[]")
    public String[] levelCodes = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "organization_ids", columnDefinition = "bigint[]")
    public Long[] organizationIds = new Long[0];

    public String audience;
    /** 0.5 = one "buổi". */
    @Column(name = "duration_days")
    public BigDecimal durationDays;

    public String presenter;

    @Enumerated(EnumType.STRING)
    public Format format;

    public LocalDate deadline;
}
