package vn.tiendo.member;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Đảng viên: a party member on the roster of the organisation holding their membership (usually a cell). */
@Entity
@Table(name = "member")
public class Member {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The member's id in the national register (CSDL đảng viên); stable, unique. */
    public String code;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "org_id")
    public Long orgId;

    @Enumerated(EnumType.STRING)
    public MemberStatus status;
    /** Set = miễn sinh hoạt: the member leaves every denominator. */
    @Column(name = "exempt_reason")
    public String exemptReason;

    public boolean active = true;

    @Column(name = "search_key")
    public String searchKey;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
