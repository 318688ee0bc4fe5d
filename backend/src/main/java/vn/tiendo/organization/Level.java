package vn.tiendo.organization;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Cấp tổ chức: a configurable level of the tree (trung ương, tỉnh, cơ sở, chi bộ, đoàn thể, ...). Rank 0 is the
 * central level. A retired level (active = false) takes no new organisations; existing ones and old plans keep it.
 */
@Entity
public class Level {
    @Id
    public String code;

    public String name;
    public int rank;
    public boolean active = true;
    /** The last day the level was in use (the district level: 30/6/2025), or null while it is current. */
    @Column(name = "used_until")
    public LocalDate usedUntil;
}
