package vn.tiendo.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Thông báo trong ứng dụng, cho một người dùng. */
@Entity
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "notice_id")
    public Long noticeId;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "assignment_id")
    public Long assignmentId;

    @Enumerated(EnumType.STRING)
    public Stage kind;

    public String title;
    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
