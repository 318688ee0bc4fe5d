package vn.tiendo.organization;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * Tổ chức đảng / đoàn thể. {@code path} is the materialized path "/rootId/.../id/": the subtree of an
 * organisation is every row whose path starts with its path. Never deleted, only deactivated.
 */
@Entity
public class Organization {
    /** Assigned from organization_id_seq before insert, because the path contains it. */
    @Id
    public Long id;

    public String code;
    public String name;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "level_code")
    public String levelCode;

    @Column(name = "member_count")
    public int memberCount;

    @Column(name = "secretary_name")
    public String secretaryName;

    public String phone;
    public String email;
    public boolean active = true;
    /** After a merger or split (sáp nhập, chia tách): the organisation that took over, the primary one of a split. */
    @Column(name = "successor_id")
    public Long successorId;
    /** Written on insert only; a move rewrites paths in bulk (OrganizationRepository.rewriteSubtreePaths), never the ORM. */
    @jakarta.persistence.Column(updatable = false)
    public String path;

    @jakarta.persistence.Column(updatable = false)
    public int depth;

    /** The deepest level (0 = a root): 21 levels, four times the party's own (Trung ương → chi bộ); deeper is refused (422). */
    public static final int MAX_DEPTH = 20;

    @Column(name = "search_key")
    public String searchKey;

    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
