package vn.tiendo.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/** Kế hoạch học tập, quán triệt, tuyên truyền một nghị quyết. */
@Entity
public class Plan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String number;
    public String title;

    @Column(name = "issuer_org_id")
    public Long issuerOrgId;

    public String resolution;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String purpose;
    public String requirements;
    public String materials;
    /** Number and title without diacritics, lower case, for search. */
    @Column(name = "search_key")
    public String searchKey;

    @Column(name = "parent_plan_id")
    public Long parentPlanId;

    @Enumerated(EnumType.STRING)
    public PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Tier> tiers = new ArrayList<>();
}
