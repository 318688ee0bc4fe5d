package vn.tiendo.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in; bound to one organisation (null only for the bootstrap system administrator). */
@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "org_id")
    public Long orgId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(32)[]")
    public String[] roles;

    public boolean active = true;
    /** The identity of an API key: it writes like a user but can never log in. */
    public boolean service;
    /** Set for the bootstrap administrator with the default password: nothing but a new password until it changes. */
    @Column(name = "must_change_password")
    public boolean mustChangePassword;

    public String email;
    /** How notices reach this user by mail: IMMEDIATE, DAILY (a digest), NONE (the bell only). */
    @Column(name = "notice_mail")
    public String noticeMail = "IMMEDIATE";

    @Version
    public int version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
