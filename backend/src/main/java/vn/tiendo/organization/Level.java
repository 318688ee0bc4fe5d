package vn.tiendo.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Cấp tổ chức: a configurable level of the tree (tỉnh, huyện, cơ sở, chi bộ, đoàn thể, ...). */
@Entity
public class Level {
    @Id
    public String code;
    public String name;
    public int rank;
}
